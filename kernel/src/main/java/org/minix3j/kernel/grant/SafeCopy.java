package org.minix3j.kernel.grant;

import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.kernel.memory.AddressSpaces;
import org.minix3j.kernel.memory.UserMemory;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessTable;

/**
 * The copy path of {@link Grants}: SYS_SAFECOPYFROM, SYS_SAFECOPYTO and SYS_MEMSET through a
 * grant. Decode and check first, then perform (seL4's split): nothing is copied until every
 * check has passed, so a refused copy changes nothing.
 *
 * <p>Checks, in this order, each with its own error: offset and length not negative ({@link
 * Errno#EINVAL}); the granter is a process endpoint ({@link Errno#EBADSRCDST}) that is alive
 * now, generation included ({@link Errno#EDEADSRCDST}); the id names a grant ({@link
 * Errno#ENXIO}) that was not revoked ({@link Errno#ENOENT}); the caller is the grantee, exactly
 * ({@link Errno#EPERM}); the access allows the direction ({@link Errno#EACCES}); {@code offset +
 * length} is within the grant, computed without overflow ({@link Errno#ERANGE}); a magic grant's
 * target is alive ({@link Errno#EDEADSRCDST}); then both sides' addresses ({@link
 * Errno#EFAULT}): the caller's array range, or its user range and the granted user range, every
 * page present, user, and writable where written. Allocates nothing.
 */
final class SafeCopy {
  private static final int NO_DIRECTORY = 0;

  private final ProcessTable processes;
  private final AddressSpaces spaces;
  private final UserMemory memory;
  private final GrantTable[] tables;

  SafeCopy(ProcessTable processes, AddressSpaces spaces, UserMemory memory, GrantTable[] tables) {
    this.processes = processes;
    this.spaces = spaces;
    this.memory = memory;
    this.tables = tables;
  }

  /**
   * Copies between grant bytes {@code offset..offset+length} and the caller's side: {@code
   * local} from {@code localStart} if given, else the caller's user memory at address {@code
   * localStart}. {@code toGrant}: SAFECOPYTO; else SAFECOPYFROM.
   */
  int copy(
      ProcessSlot caller,
      int granter,
      int grantId,
      int offset,
      byte @Nullable [] local,
      int localStart,
      int length,
      boolean toGrant) {
    int found = find(caller, granter, grantId, offset, length, toGrant);
    if (found < 0) {
      return found;
    }
    GrantEntry grant = tables[Endpoint.slot(granter)].entry(found);
    int grantDirectory = NO_DIRECTORY;
    byte[] grantBuffer = grant.buffer();
    if (grant.kind() != GrantKind.BUFFER) {
      int owner = grant.kind() == GrantKind.MAGIC ? grant.target() : granter;
      int result = checkOwner(owner);
      if (result != Errno.OK_VALUE) {
        return result;
      }
      grantDirectory = spaces.pageDirectory(Endpoint.slot(owner));
    }
    int grantStart = grant.start() + offset;
    int localDirectory = NO_DIRECTORY;
    if (local == null) {
      if (!spaces.isUser(caller.slot())) {
        return Errno.EFAULT.wireValue();
      }
      localDirectory = spaces.pageDirectory(caller.slot());
    }
    return toGrant
        ? transfer(localDirectory, local, localStart, grantDirectory, grantBuffer, grantStart, length)
        : transfer(grantDirectory, grantBuffer, grantStart, localDirectory, local, localStart, length);
  }

  /** Fills grant bytes {@code offset..offset+length} with the low byte of {@code value}. */
  int memset(ProcessSlot caller, int granter, int grantId, int offset, int value, int length) {
    int found = find(caller, granter, grantId, offset, length, true);
    if (found < 0) {
      return found;
    }
    GrantEntry grant = tables[Endpoint.slot(granter)].entry(found);
    int start = grant.start() + offset;
    byte[] buffer = grant.buffer();
    if (buffer != null) {
      Arrays.fill(buffer, start, start + length, (byte) value);
      return Errno.OK_VALUE;
    }
    int owner = grant.kind() == GrantKind.MAGIC ? grant.target() : granter;
    int result = checkOwner(owner);
    if (result != Errno.OK_VALUE) {
      return result;
    }
    return memory.fill(spaces.pageDirectory(Endpoint.slot(owner)), start, value, length);
  }

  /** The checks up to and including bounds: the grant's entry index, or a negative error. */
  private int find(
      ProcessSlot caller, int granter, int grantId, int offset, int length, boolean write) {
    if (offset < 0 || length < 0) {
      return Errno.EINVAL.wireValue();
    }
    if (!processes.inRange(granter)) {
      return Errno.EBADSRCDST.wireValue();
    }
    if (processes.current(granter) == null) {
      return Errno.EDEADSRCDST.wireValue();
    }
    GrantTable table = tables[Endpoint.slot(granter)];
    int index = table.find(grantId);
    if (index < 0) {
      return index;
    }
    GrantEntry grant = table.entry(index);
    if (grant.grantee() != caller.endpoint()) {
      return Errno.EPERM.wireValue();
    }
    if (write ? !grant.access().allowsWrite() : !grant.access().allowsRead()) {
      return Errno.EACCES.wireValue();
    }
    if ((long) offset + length > grant.length()) {
      return Errno.ERANGE.wireValue();
    }
    return index;
  }

  /** OK if the process owning granted user memory is alive and has user memory. */
  private int checkOwner(int owner) {
    if (processes.current(owner) == null) {
      return Errno.EDEADSRCDST.wireValue();
    }
    return spaces.isUser(Endpoint.slot(owner)) ? Errno.OK_VALUE : Errno.EFAULT.wireValue();
  }

  /** Copies between an array range or a user range (array null) on each side; checks both first. */
  private int transfer(
      int fromDirectory,
      byte @Nullable [] from,
      int fromStart,
      int toDirectory,
      byte @Nullable [] to,
      int toStart,
      int length) {
    if (from != null && to != null) {
      int result = UserMemory.checkBuffer(from, fromStart, length);
      if (result == Errno.OK_VALUE) {
        result = UserMemory.checkBuffer(to, toStart, length);
      }
      if (result == Errno.OK_VALUE) {
        System.arraycopy(from, fromStart, to, toStart, length);
      }
      return result;
    }
    if (from != null) {
      return memory.copyOut(from, fromStart, toDirectory, toStart, length);
    }
    if (to != null) {
      return memory.copyIn(fromDirectory, fromStart, to, toStart, length);
    }
    return memory.copyBetween(fromDirectory, fromStart, toDirectory, toStart, length);
  }
}

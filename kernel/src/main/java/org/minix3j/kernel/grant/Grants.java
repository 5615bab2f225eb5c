package org.minix3j.kernel.grant;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.kernel.memory.AddressSpaces;
import org.minix3j.kernel.memory.UserMemory;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessTable;

/**
 * The kernel's grants: one {@link GrantTable} per process-table slot, and the calls on them.
 *
 * <p>Entry points: {@link #grantUser}, {@link #grantBuffer} and {@link #grantMagic} (SYS_GRANT:
 * create; each returns the new grant id, non-negative, or a negative error), {@link #revoke}
 * (the granter's own grants only), {@link #copyFrom} (SYS_SAFECOPYFROM), {@link #copyTo}
 * (SYS_SAFECOPYTO), {@link #memset} (SYS_MEMSET through a write grant), {@link #clear} (the
 * slot's process exited). The copy calls come in two forms: the caller's side is a byte array of
 * its own (a Java system process) or an address in its own user memory (an i386 process).
 *
 * <p>Creation checks, in order: length and range ({@link Errno#EINVAL} negative, {@link
 * Errno#EFAULT} beyond 4 GiB or beyond the array); for magic grants the right ({@link
 * Errno#EPERM}); the grantee (and a magic grant's target) is a process endpoint ({@link
 * Errno#EBADSRCDST}) that is alive now ({@link Errno#EDEADSRCDST}); a user range belongs to a
 * process with user memory ({@link Errno#EFAULT}); a free entry ({@link Errno#ENOSPC}). Whether
 * the range is mapped is checked at copy time, as in MINIX. A refused call changes nothing.
 * Allocates nothing after construction.
 */
public final class Grants {
  private final ProcessTable processes;
  private final AddressSpaces spaces;
  private final MagicGrantRight magicRight;
  private final GrantTable[] tables;
  private final SafeCopy safeCopy;

  /**
   * Grants for every slot of {@code processes}, {@code capacity} per process.
   *
   * @param spaces which slots are user processes; must have as many slots as {@code processes}
   */
  public Grants(
      ProcessTable processes,
      AddressSpaces spaces,
      UserMemory memory,
      MagicGrantRight magicRight,
      int capacity) {
    if (spaces.size() != processes.size()) {
      throw new IllegalArgumentException("address spaces and process table differ in size");
    }
    this.processes = processes;
    this.spaces = spaces;
    this.magicRight = magicRight;
    this.tables = new GrantTable[processes.size()];
    for (int slot = 0; slot < tables.length; slot++) {
      tables[slot] = new GrantTable(capacity);
    }
    this.safeCopy = new SafeCopy(processes, spaces, memory, tables);
  }

  /** The grant table of {@code slot} (for inspection and audits; callers must not change it). */
  public GrantTable table(int slot) {
    return tables[slot];
  }

  /** Grants {@code grantee} access to {@code length} bytes of the granter's user memory at {@code address}. */
  public int grantUser(ProcessSlot granter, int grantee, GrantAccess access, int address, int length) {
    int result = UserMemory.checkRange(address, length);
    if (result == Errno.OK_VALUE) {
      result = checkLive(grantee);
    }
    if (result == Errno.OK_VALUE && !spaces.isUser(granter.slot())) {
      result = Errno.EFAULT.wireValue();
    }
    return result == Errno.OK_VALUE
        ? add(granter, GrantKind.USER, access, grantee, Endpoint.NONE, null, address, length)
        : result;
  }

  /**
   * Grants {@code grantee} access to {@code length} bytes of {@code buffer} from {@code offset}.
   * The kernel keeps the array until the grant is revoked; the grantee never sees it.
   */
  public int grantBuffer(
      ProcessSlot granter, int grantee, GrantAccess access, byte[] buffer, int offset, int length) {
    int result = UserMemory.checkBuffer(buffer, offset, length);
    if (result == Errno.OK_VALUE) {
      result = checkLive(grantee);
    }
    return result == Errno.OK_VALUE
        ? add(granter, GrantKind.BUFFER, access, grantee, Endpoint.NONE, buffer, offset, length)
        : result;
  }

  /** Grants {@code grantee} access to {@code length} bytes of {@code target}'s user memory at {@code address}. */
  public int grantMagic(
      ProcessSlot granter, int grantee, GrantAccess access, int target, int address, int length) {
    int result = UserMemory.checkRange(address, length);
    if (result == Errno.OK_VALUE && !magicRight.allows(granter.slot())) {
      result = Errno.EPERM.wireValue();
    }
    if (result == Errno.OK_VALUE) {
      result = checkLive(grantee);
    }
    if (result == Errno.OK_VALUE) {
      result = checkLive(target);
    }
    if (result == Errno.OK_VALUE && !spaces.isUser(Endpoint.slot(target))) {
      result = Errno.EFAULT.wireValue();
    }
    return result == Errno.OK_VALUE
        ? add(granter, GrantKind.MAGIC, access, grantee, target, null, address, length)
        : result;
  }

  /** Revokes the granter's grant {@code grantId}: later copies fail with {@link Errno#ENOENT}. */
  public int revoke(ProcessSlot granter, int grantId) {
    return tables[granter.slot()].revoke(grantId);
  }

  /** Drops every grant of {@code slot}, whose process exited. */
  public void clear(int slot) {
    tables[slot].clear();
  }

  /** SYS_SAFECOPYFROM into the caller's array: bytes {@code offset..} of the grant to {@code destination}. */
  // spec: none yet (no TLA+ spec of grants)
  public int copyFrom(
      ProcessSlot caller,
      int granter,
      int grantId,
      int offset,
      byte[] destination,
      int destinationOffset,
      int length) {
    return safeCopy.copy(caller, granter, grantId, offset, destination, destinationOffset, length, false);
  }

  /** SYS_SAFECOPYFROM into the caller's user memory at {@code destinationAddress}. */
  public int copyFrom(
      ProcessSlot caller, int granter, int grantId, int offset, int destinationAddress, int length) {
    return safeCopy.copy(caller, granter, grantId, offset, null, destinationAddress, length, false);
  }

  /** SYS_SAFECOPYTO from the caller's array: {@code source} to bytes {@code offset..} of the grant. */
  public int copyTo(
      ProcessSlot caller,
      int granter,
      int grantId,
      int offset,
      byte[] source,
      int sourceOffset,
      int length) {
    return safeCopy.copy(caller, granter, grantId, offset, source, sourceOffset, length, true);
  }

  /** SYS_SAFECOPYTO from the caller's user memory at {@code sourceAddress}. */
  public int copyTo(
      ProcessSlot caller, int granter, int grantId, int offset, int sourceAddress, int length) {
    return safeCopy.copy(caller, granter, grantId, offset, null, sourceAddress, length, true);
  }

  /** SYS_MEMSET: sets bytes {@code offset..offset+length} of a write grant to the low byte of {@code value}. */
  public int memset(ProcessSlot caller, int granter, int grantId, int offset, int value, int length) {
    return safeCopy.memset(caller, granter, grantId, offset, value, length);
  }

  private int add(
      ProcessSlot granter,
      GrantKind kind,
      GrantAccess access,
      int grantee,
      int target,
      byte @Nullable [] buffer,
      int start,
      int length) {
    int id = tables[granter.slot()].add(kind, access, grantee, target, buffer, start, length);
    return id < 0 ? Errno.ENOSPC.wireValue() : id;
  }

  /** OK if {@code endpoint} names a live process now, else EBADSRCDST or EDEADSRCDST. */
  private int checkLive(int endpoint) {
    if (!processes.inRange(endpoint)) {
      return Errno.EBADSRCDST.wireValue();
    }
    return processes.current(endpoint) == null ? Errno.EDEADSRCDST.wireValue() : Errno.OK_VALUE;
  }
}

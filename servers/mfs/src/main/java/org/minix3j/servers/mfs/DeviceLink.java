package org.minix3j.servers.mfs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.protocol.BlockDevice;

/**
 * MFS's side of the block-device protocol: one driver, one minor, and the standing READ_WRITE
 * grant over the buffer-cache array that every READ and WRITE names with an offset. A short or
 * failed transfer is {@code EIO}.
 *
 * <p>Transparent recovery: when a transfer (or GETSIZE, FLUSH) fails because the driver died,
 * before or while it held the request (EDEADSRCDST from the SENDREC, or as the reply), the
 * request is not failed: {@link DriverRecovery} finds the driver's new instance through DS,
 * {@link #follow} grants the cache to it and opens the device there, and the same request is
 * sent again. Block requests may be repeated: a read or a write of the same bytes to the same
 * place has the same effect twice. Only a driver that stays gone past the recovery's bound, or
 * keeps dying ({@link #MAX_FOLLOWS} new instances for one request), ends the request with EIO.
 * NEWDRIVER from VFS moves the link with the same {@link #follow}; naming the instance the link
 * already follows changes nothing.
 *
 * <p>Replies are checked: a READ or WRITE must answer exactly the bytes asked for, GETSIZE OK.
 * One that is neither that nor an error the ABI knows is a garbled reply, a fault of the
 * driver: the same request is sent again, up to {@link #MAX_REISSUES} times, before it ends
 * with EIO.
 */
final class DeviceLink {
  /** New instances followed for one request before it ends with EIO. */
  static final int MAX_FOLLOWS = 8;

  /** Garbled replies to one transfer before it ends with EIO. */
  static final int MAX_REISSUES = 4;

  private static final int DEAD = Errno.EDEADSRCDST.wireValue();

  private final SystemCalls sys;
  private final byte[] memory;
  private final DriverRecovery recovery;
  private final MfsMutant mutant;
  private int driver;
  private final int minor;
  private int grant;
  private int access = 3;
  private int follows;
  private final Message message = new Message();

  DeviceLink(SystemCalls sys, int driver, int minor, byte[] memory, int grant,
      DriverRecovery recovery, MfsMutant mutant) {
    this.mutant = mutant;
    this.sys = sys;
    this.driver = driver;
    this.minor = minor;
    this.memory = memory;
    this.grant = grant;
    this.recovery = recovery;
  }

  int grant() {
    return grant;
  }

  int driver() {
    return driver;
  }

  /** How many new instances of the driver the link has followed, by itself or by NEWDRIVER. */
  int follows() {
    return follows;
  }

  /**
   * From now on the link talks to {@code newDriver}: the cache is granted to it, the old grant
   * revoked, and the device opened there. Returns OPEN's result (EDEADSRCDST if the new one is
   * gone already, before the grant or at OPEN); a grant that cannot be made for another reason
   * is ENOMEM, and the link stays as it was.
   */
  int follow(int newDriver) {
    if (newDriver == driver) {
      return Errno.OK_VALUE;
    }
    int newGrant = sys.grant(newDriver, GrantAccess.READ_WRITE, memory, 0, memory.length);
    if (newGrant == DEAD) {
      driver = newDriver; // gone already: the caller waits for the one after it
      follows++;
      return DEAD;
    }
    if (newGrant < 0) {
      return Errno.ENOMEM.wireValue();
    }
    sys.revokeGrant(grant);
    driver = newDriver;
    grant = newGrant;
    follows++;
    int result = call(BlockDevice.OPEN, minor, access);
    return result == Errno.ENOSYS.wireValue() ? Errno.OK_VALUE : result;
  }

  /** A request kept while the link waited for its driver, into {@code into}; false if none. */
  boolean takeDeferred(Message into) {
    return recovery.takeDeferred(into);
  }

  /** DS NOTIFYed MFS of a change to the driver's label: its changes are taken. */
  void driverNews() {
    recovery.takeChanges();
  }

  /** BlockDevice.OPEN; a driver that does not know OPEN (ENOSYS) is taken as open. */
  void open(boolean readOnly) throws FsError {
    access = readOnly ? 1 : 3;
    int result = call(BlockDevice.OPEN, minor, access);
    if (result < 0 && result != Errno.ENOSYS.wireValue()) {
      throw new FsError(Errno.ENXIO, "driver refused to open minor " + minor + ": " + result);
    }
  }

  void close() {
    call(BlockDevice.CLOSE, minor);
  }

  /** The device's size in bytes. */
  long size() throws FsError {
    int result = surviving(BlockDevice.GETSIZE, minor);
    for (int garbled = 0; result > 0 && garbled < MAX_REISSUES; garbled++) {
      result = surviving(BlockDevice.GETSIZE, minor); // anything but OK is garbled
    }
    if (result != Errno.OK_VALUE) {
      throw FsError.corrupt("GETSIZE failed: " + result);
    }
    return (message.payload(0) & 0xffffffffL) | ((long) message.payload(1) << 32);
  }

  /**
   * BlockDevice.FLUSH: what was written reaches the medium (the disk's write cache is emptied)
   * before this returns. A driver without a cache to flush (ENOSYS) has nothing to do.
   */
  void flush() throws FsError {
    int result = surviving(BlockDevice.FLUSH, minor);
    if (result < 0 && result != Errno.ENOSYS.wireValue()) {
      throw new FsError(Errno.EIO, "flush of minor " + minor + " failed: " + result);
    }
  }

  /** Reads {@code count} bytes at {@code position} into the cache array at {@code offset}. */
  void read(long position, int offset, int count) throws FsError {
    transfer(BlockDevice.READ, position, offset, count);
  }

  /** Writes {@code count} bytes of the cache array at {@code offset} to {@code position}. */
  void write(long position, int offset, int count) throws FsError {
    transfer(BlockDevice.WRITE, position, offset, count);
  }

  private void transfer(int type, long position, int offset, int count) throws FsError {
    int result = surviving(type, minor, (int) position, (int) (position >>> 32), grant, offset,
        count);
    for (int garbled = 0; result != count && garbled < MAX_REISSUES && isGarbled(result);
        garbled++) {
      result = surviving(type, minor, (int) position, (int) (position >>> 32), grant, offset,
          count);
    }
    if (result != count) {
      throw FsError.corrupt((type == BlockDevice.READ ? "read" : "write") + " of " + count
          + " bytes at " + position + " gave " + result);
    }
  }

  /** Whether {@code result} is no answer a driver gives: neither a count nor a known error. */
  private static boolean isGarbled(int result) {
    return result >= 0 || Errno.fromValue(result) == null;
  }

  /**
   * Sends the request and, while the driver turns out dead, follows its next instance and sends
   * it again there (a READ's or WRITE's grant word then names the grant made for it).
   */
  // spec: Recovery!FSSend (and, after FsPeerDied left it "waitingDriver", the re-issue)
  private int surviving(int type, int... payload) throws FsError {
    int result = call(type, payload);
    int followed = 0;
    while (result == DEAD) {
      // a block request waits for the new instance instead of failing (FailsWithEIO is FALSE)
      if (++followed > MAX_FOLLOWS) {
        throw FsError.corrupt("driver " + recovery.label() + " keeps dying");
      }
      int next = recovery.awaitNewInstance(driver);
      if (next == Endpoint.NONE) {
        throw FsError.corrupt("driver " + recovery.label() + " at "
            + Endpoint.describe(driver) + " died and did not come back");
      }
      int opened = follow(next);
      if (opened == DEAD) {
        continue; // gone again already: wait for the one after it
      }
      if (opened < 0) {
        throw new FsError(Errno.ENXIO, "new driver refused to open minor " + minor + ": "
            + opened);
      }
      if (type == BlockDevice.READ || type == BlockDevice.WRITE) {
        if (mutant == MfsMutant.FORGET_PENDING) {
          return payload[5]; // the bug: the request in flight is dropped, as if done
        }
        payload[3] = grant;
      }
      result = call(type, payload);
    }
    return result;
  }

  private int call(int type, int... payload) {
    message.clear();
    message.setType(type);
    for (int i = 0; i < payload.length; i++) {
      message.setPayload(i, payload[i]);
    }
    int status = sys.sendrec(driver, message);
    return status < 0 ? status : message.type();
  }
}

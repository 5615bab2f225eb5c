package org.minix3j.servers.mfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.protocol.BlockDevice;

/**
 * MFS's side of the block-device protocol: one driver, one minor, and the standing READ_WRITE
 * grant over the buffer-cache array that every READ and WRITE names with an offset. A short or
 * failed transfer is {@code EIO}. When the driver is restarted, {@link #retarget} moves the link
 * to the new endpoint with a grant made for it.
 */
final class DeviceLink {
  private final SystemCalls sys;
  private int driver;
  private final int minor;
  private int grant;
  private final Message message = new Message();

  DeviceLink(SystemCalls sys, int driver, int minor, int grant) {
    this.sys = sys;
    this.driver = driver;
    this.minor = minor;
    this.grant = grant;
  }

  int grant() {
    return grant;
  }

  int driver() {
    return driver;
  }

  /** From now on the link talks to {@code newDriver} through {@code newGrant}. */
  void retarget(int newDriver, int newGrant) {
    driver = newDriver;
    grant = newGrant;
  }

  /** BlockDevice.OPEN; a driver that does not know OPEN (ENOSYS) is taken as open. */
  void open(boolean readOnly) throws FsError {
    int result = call(BlockDevice.OPEN, minor, readOnly ? 1 : 3);
    if (result < 0 && result != Errno.ENOSYS.wireValue()) {
      throw new FsError(Errno.ENXIO, "driver refused to open minor " + minor + ": " + result);
    }
  }

  void close() {
    call(BlockDevice.CLOSE, minor);
  }

  /** The device's size in bytes. */
  long size() throws FsError {
    int result = call(BlockDevice.GETSIZE, minor);
    if (result < 0) {
      throw FsError.corrupt("GETSIZE failed: " + result);
    }
    return (message.payload(0) & 0xffffffffL) | ((long) message.payload(1) << 32);
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
    int result = call(type, minor, (int) position, (int) (position >>> 32), grant, offset, count);
    if (result != count) {
      throw FsError.corrupt((type == BlockDevice.READ ? "read" : "write") + " of " + count
          + " bytes at " + position + " gave " + result);
    }
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

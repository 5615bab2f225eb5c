package org.minix3j.drivers.memory;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.protocol.BlockDevice;

/**
 * The RAM disk ({@link Devices#RAMDISK_MINOR}): the BlockDevice protocol over a range of
 * physical memory. Data goes physical memory to the caller's grant (and back) through one
 * bounce buffer, with SYS_PHYSCOPY on one side and a safecopy on the other. Positions and
 * counts are whole sectors (EINVAL otherwise); a transfer that runs past the end is cut there
 * (a short count), one that starts at or past the end moves nothing.
 */
final class RamDisk {
  /** Bytes moved per SYS_PHYSCOPY and safecopy. */
  static final int CHUNK = 16 * 1024;

  private final SystemCalls sys;
  private final MemoryConfig config;
  private final byte[] bounce = new byte[CHUNK];

  RamDisk(SystemCalls sys, MemoryConfig config) {
    this.sys = sys;
    this.config = config;
  }

  /** in: w0 minor, w1 access. */
  int open(int caller, Message request, Message reply) {
    int access = request.payload(1);
    if (request.payload(0) != Devices.RAMDISK_MINOR) {
      return Errno.ENXIO.wireValue();
    }
    return access < 1 || access > 3 ? Errno.EINVAL.wireValue() : Errno.OK_VALUE;
  }

  /** in: w0 minor. */
  int close(int caller, Message request, Message reply) {
    return request.payload(0) == Devices.RAMDISK_MINOR ? Errno.OK_VALUE : Errno.ENXIO.wireValue();
  }

  /** in: w0 minor. out: w0-w1 the size. */
  int size(int caller, Message request, Message reply) {
    if (request.payload(0) != Devices.RAMDISK_MINOR) {
      return Errno.ENXIO.wireValue();
    }
    reply.setPayload(0, (int) config.ramdiskSize()).setPayload(1, (int) (config.ramdiskSize() >>> 32));
    return Errno.OK_VALUE;
  }

  /** in: w0 minor. Memory has no cache to write back. */
  int flush(int caller, Message request, Message reply) {
    return close(caller, request, reply);
  }

  int read(int caller, Message request, Message reply) {
    return transfer(caller, request, false);
  }

  int write(int caller, Message request, Message reply) {
    return transfer(caller, request, true);
  }

  /** in: w0 minor, w1-w2 position, w3 grant, w4 offset in the grant, w5 count. */
  private int transfer(int caller, Message request, boolean toDisk) {
    if (request.payload(0) != Devices.RAMDISK_MINOR) {
      return Errno.ENXIO.wireValue();
    }
    long position = (request.payload(1) & 0xFFFF_FFFFL) | ((long) request.payload(2) << 32);
    int grant = request.payload(3);
    int grantOffset = request.payload(4);
    int count = request.payload(5);
    if (position < 0 || count < 0 || grantOffset < 0
        || position % BlockDevice.SECTOR_SIZE != 0 || count % BlockDevice.SECTOR_SIZE != 0) {
      return Errno.EINVAL.wireValue();
    }
    if (position >= config.ramdiskSize()) {
      return 0;
    }
    int total = (int) Math.min(count, config.ramdiskSize() - position);
    for (int done = 0; done < total; ) {
      int chunk = Math.min(CHUNK, total - done);
      long address = config.ramdiskBase() + position + done;
      int result;
      if (toDisk) {
        result = sys.safecopyFrom(caller, grant, grantOffset + done, bounce, 0, chunk);
        if (result >= 0) {
          result = sys.physWrite(address, bounce, 0, chunk);
        }
      } else {
        result = sys.physRead(address, bounce, 0, chunk);
        if (result >= 0) {
          result = sys.safecopyTo(caller, grant, grantOffset + done, bounce, 0, chunk);
        }
      }
      if (result < 0) {
        return result;
      }
      done += chunk;
    }
    return total;
  }
}

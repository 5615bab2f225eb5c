package org.minix3j.servers.vfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.protocol.BlockDevice;

/**
 * Block special files (/dev/ram): read and write straight to the block driver of the file's
 * major with the BlockDevice protocol. The driver moves whole sectors, so VFS goes through a
 * bounce buffer of its own: the sectors a request touches are read, the user's bytes copied
 * out of or into them, and for a write the sectors written back. Positions past the device's
 * end read as the end of file; a write there is ENOSPC.
 */
final class BlockDevices {
  /** Bytes moved per driver request: a multiple of the sector size. */
  static final int CHUNK = 16 * BlockDevice.SECTOR_SIZE;

  private final byte[] bounce = new byte[CHUNK];
  private final Message message = new Message();

  /** The size in bytes of {@code device}, or ENXIO if its driver does not know it. */
  long size(Context ctx, int device) {
    message.clear();
    message.setType(BlockDevice.GETSIZE).setPayload(0, Devices.minor(device));
    int status = ctx.sys.sendrec(ctx.driver(Devices.major(device)), message);
    if (status != Errno.OK_VALUE || message.type() < 0) {
      throw new FsError(Errno.ENXIO);
    }
    return (message.payload(0) & 0xFFFF_FFFFL) | ((long) message.payload(1) << 32);
  }

  /** READ or WRITE of {@code count} bytes at the file position of {@code filp}. */
  Reply io(Context ctx, Proc proc, Filp filp, boolean write, int address, int count) {
    int device = filp.device;
    int driver = ctx.driver(Devices.major(device));
    long end = size(ctx, device);
    if (count == 0) {
      return Reply.of(0);
    }
    if (filp.position >= end) {
      if (write) {
        throw new FsError(Errno.ENOSPC);
      }
      return Reply.of(0);
    }
    int total = (int) Math.min(count, end - filp.position);
    int grant = ctx.sys.grant(driver, GrantAccess.READ_WRITE, bounce, 0, bounce.length);
    if (grant < 0) {
      throw new FsError(Errno.ENOMEM);
    }
    try {
      int done = 0;
      while (done < total) {
        long position = (long) filp.position + done;
        long first = position & ~(long) (BlockDevice.SECTOR_SIZE - 1);
        int skip = (int) (position - first);
        int piece = Math.min(total - done, CHUNK - skip);
        int span = (int) Math.min(CHUNK, roundUp(skip + piece));
        transfer(ctx, driver, device, BlockDevice.READ, first, grant, span);
        if (write) {
          ctx.user.copyInto(proc.endpoint, address + done, bounce, skip, piece);
          transfer(ctx, driver, device, BlockDevice.WRITE, first, grant, span);
        } else {
          ctx.user.copyOut(proc.endpoint, address + done, bounce, skip, piece);
        }
        done += piece;
      }
      filp.position += done;
      return Reply.of(done);
    } finally {
      ctx.sys.revokeGrant(grant);
    }
  }

  private void transfer(Context ctx, int driver, int device, int type, long position, int grant,
      int length) {
    message.clear();
    message.setType(type)
        .setPayload(0, Devices.minor(device))
        .setPayload(1, (int) position)
        .setPayload(2, (int) (position >>> 32))
        .setPayload(3, grant)
        .setPayload(4, 0)
        .setPayload(5, length);
    int status = ctx.sys.sendrec(driver, message);
    if (status != Errno.OK_VALUE) {
      throw new FsError(Errno.EIO);
    }
    if (message.type() < 0) {
      Errno errno = Errno.fromValue(message.type());
      throw new FsError(errno == null ? Errno.EIO : errno);
    }
    if (message.type() < length) {
      throw new FsError(Errno.EIO);
    }
  }

  private static long roundUp(long bytes) {
    return (bytes + BlockDevice.SECTOR_SIZE - 1) & ~(long) (BlockDevice.SECTOR_SIZE - 1);
  }
}

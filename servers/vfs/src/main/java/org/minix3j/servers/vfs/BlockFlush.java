package org.minix3j.servers.vfs;

import java.util.ArrayList;
import java.util.List;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.protocol.BlockDevice;

/**
 * fsync and sync for block special files: VFS writes them through to the driver (no cache of
 * its own), but the device may keep written sectors in a cache of its own (the ATA disk's write
 * cache), so these send the driver BlockDevice.FLUSH, which answers once the data is on the
 * medium (the ATA driver's FLUSH CACHE; the image file on the host). VFS remembers the block
 * devices written since their last flush ({@link Context#unflushed}); sync flushes them all,
 * fsync the descriptor's device.
 *
 * <p>A driver found dead is asked again at its next instance, as DS names it: what a flush
 * makes durable sits in the device, not in the driver, so the new instance flushes it as well.
 */
final class BlockFlush {
  /** New instances tried for one flush before it fails with EIO. */
  static final int MAX_FOLLOWS = 8;

  private BlockFlush() {}

  /** A write of {@code device} went to its driver: the next sync flushes it. */
  static void written(Context ctx, int device) {
    ctx.unflushed.add(device);
  }

  /** FLUSH of every block device written since its last flush; the first error is thrown. */
  static void flushAll(Context ctx) {
    List<Integer> devices = new ArrayList<>(ctx.unflushed);
    FsError failure = null;
    for (int device : devices) {
      try {
        flush(ctx, device);
      } catch (FsError e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** FLUSH of {@code device}: returns once its driver says the data is on the medium. */
  static void flush(Context ctx, int device) {
    int major = Devices.major(device);
    Message message = new Message();
    for (int attempt = 0; attempt <= MAX_FOLLOWS; attempt++) {
      int driver = ctx.driver(major);
      message.clear();
      message.setType(BlockDevice.FLUSH).setPayload(0, Devices.minor(device));
      int status = ctx.sys.sendrec(driver, message);
      if (status == Errno.EDEADSRCDST.wireValue()) {
        DataStore ds = ctx.dataStore;
        if (ds != null) {
          ds.update(ctx); // a new instance may be named by now
        }
        continue;
      }
      if (status != Errno.OK_VALUE) {
        throw new FsError(Errno.EIO);
      }
      int result = message.type();
      if (result < 0 && result != Errno.ENOSYS.wireValue()) { // ENOSYS: nothing to flush
        Errno errno = Errno.fromValue(result);
        throw new FsError(errno == null ? Errno.EIO : errno);
      }
      ctx.unflushed.remove(device);
      return;
    }
    throw new FsError(Errno.EIO);
  }
}

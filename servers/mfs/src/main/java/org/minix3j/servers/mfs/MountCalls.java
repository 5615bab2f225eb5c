package org.minix3j.servers.mfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.Devices;
import org.minix3j.servers.mfs.format.DiskInode;
import org.minix3j.servers.mfs.format.MinixFormat;
import org.minix3j.servers.mfs.format.Superblock;

/**
 * MOUNT, UNMOUNT, SYNC, STATFS, NEWDRIVER and the periodic write-back (MINIX's mount.c,
 * super.c and misc.c's fs_new_driver).
 *
 * <p>MOUNT checks before it trusts: the superblock's magic, block size and zone size, that the
 * bitmaps cover the inodes and zones, that the data zones follow the inode table and that the
 * volume fits the device (GETSIZE); and that the root inode is an in-use directory. Anything
 * wrong is EINVAL (EIO if the device cannot be read) and nothing stays mounted.
 */
final class MountCalls {
  private MountCalls() {}

  /** in: w0 device, w1 driver, w2 1 for read-only, w3 the name grant. out: the root's attributes. */
  static int mount(FsContext context, Message in, Message out) throws FsError {
    if (context.mounted()) {
      throw FsError.of(Errno.EBUSY);
    }
    int deviceNumber = in.payload(0);
    int driver = in.payload(1);
    boolean readOnly = in.payload(2) == 1;
    byte[] memory = context.cacheMemory;
    int grant = context.sys.grant(driver, GrantAccess.READ_WRITE, memory, 0, memory.length);
    if (grant < 0) {
      throw new FsError(Errno.ENOMEM, "cache grant: " + grant);
    }
    DriverRecovery recovery = new DriverRecovery(context.sys, context.config.dsEndpoint(),
        (long) context.config.syncSeconds() * context.sys.ticksPerSecond());
    recovery.learnLabel(driver); // unknown: a dead driver's requests end with EIO
    DeviceLink device =
        new DeviceLink(context.sys, driver, Devices.minor(deviceNumber), memory, grant, recovery,
            context.config.mutant());
    boolean opened = false;
    try {
      device.open(readOnly);
      opened = true;
      Volume volume = open(context, device, readOnly, deviceNumber);
      DiskInode root = volume.readInode(MinixFormat.ROOT_INODE);
      context.mount(volume, in.payload(3));
      volume.reference(root.number);
      context.learnBootTime();
      armAlarm(context);
      FsContext.attributes(out, root);
      return Errno.OK_VALUE;
    } catch (FsError e) {
      if (opened) {
        device.close();
      }
      context.sys.revokeGrant(grant);
      throw e;
    }
  }

  private static Volume open(FsContext context, DeviceLink device, boolean readOnly,
      int deviceNumber) throws FsError {
    long deviceBytes = device.size();
    if (deviceBytes < MinixFormat.SUPERBLOCK_OFFSET + MinixFormat.SUPERBLOCK_BYTES) {
      throw new FsError(Errno.EINVAL, "device of " + deviceBytes + " bytes");
    }
    device.read(MinixFormat.SUPERBLOCK_OFFSET, 0, MinixFormat.SUPERBLOCK_BYTES);
    Superblock superblock = Superblock.decode(context.cacheMemory, 0);
    String problem = superblock.problem(deviceBytes);
    if (problem != null) {
      throw new FsError(Errno.EINVAL, problem);
    }
    int slots = context.cacheMemory.length / superblock.blockSize();
    BlockCache cache = new BlockCache(context.cacheMemory, superblock.blockSize(), slots, device);
    Volume volume = new Volume(superblock, cache, device, readOnly, deviceNumber);
    DiskInode root;
    try {
      root = volume.directory(MinixFormat.ROOT_INODE);
    } catch (FsError e) {
      throw new FsError(Errno.EINVAL, "root inode: " + e.getMessage());
    }
    if (root.links == 0 || root.size % MinixFormat.DIRENT_SIZE != 0) {
      throw new FsError(Errno.EINVAL, "root directory of " + root.size + " bytes, "
          + root.links + " links");
    }
    return volume;
  }

  /** Writes back, frees what was only kept for VFS's references, lets go of the device. */
  static int unmount(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    FsError failure = null;
    try {
      volume.releaseAll();
      volume.cache.flush();
      volume.device.flush();
    } catch (FsError e) {
      failure = e;
    }
    volume.cache.clear();
    volume.device.close();
    context.sys.revokeGrant(volume.device.grant());
    context.sys.setAlarm(0, false);
    context.unmount();
    if (failure != null) {
      throw failure;
    }
    return Errno.OK_VALUE;
  }

  /**
   * in: w0 device, w1 the endpoint of its new driver. The cache is granted to the new driver,
   * the device opened there, and the old grant revoked; the cached blocks stay valid (the
   * device's contents did not change with its driver). MFS may have followed that instance by
   * itself already (a request found the old one dead and asked DS): then nothing changes. A
   * driver gone again by now is EDEADSRCDST; the next block request looks for its successor.
   */
  // spec: Recovery!FSCheckDS (VFS passes on DS's change)
  static int newDriver(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    if (in.payload(0) != volume.deviceNumber) {
      throw new FsError(Errno.EINVAL, "device " + in.payload(0) + " is not mounted");
    }
    int result = volume.device.follow(in.payload(1));
    if (result == Errno.ENOMEM.wireValue()) {
      throw new FsError(Errno.ENOMEM, "cache grant for the new driver");
    }
    if (result < 0 && result != Errno.EDEADSRCDST.wireValue()) {
      throw new FsError(Errno.ENXIO, "new driver refused to open the device: " + result);
    }
    return result < 0 ? result : Errno.OK_VALUE;
  }

  /**
   * DS NOTIFYed MFS that the driver's label changed: the change is taken. VFS passes the new
   * instance on with NEWDRIVER, or the next request that finds the driver dead follows it.
   */
  static void driverNews(FsContext context) {
    if (context.mounted()) {
      try {
        context.volume().device.driverNews();
      } catch (FsError e) {
        // unmounted meanwhile: nothing to follow
      }
    }
  }

  /** A request that came while MFS waited for its driver, into {@code into}; false if none. */
  static boolean takeDeferred(FsContext context, Message into) {
    if (!context.mounted()) {
      return false;
    }
    try {
      return context.volume().device.takeDeferred(into);
    } catch (FsError e) {
      return false;
    }
  }

  /** Writes every dirty block, then has the driver flush the device (BlockDevice.FLUSH). */
  static int sync(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    volume.cache.flush();
    volume.device.flush();
    return Errno.OK_VALUE;
  }

  /** out: w0 block size, w1 blocks, w2 free blocks, w3 inodes, w4 free inodes, w5 name maximum. */
  static int statfs(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    out.setPayload(0, volume.blockSize);
    out.setPayload(1, (int) volume.superblock.zones());
    out.setPayload(2, (int) volume.allocator.freeZones());
    out.setPayload(3, (int) volume.superblock.inodes());
    out.setPayload(4, (int) volume.allocator.freeInodes());
    out.setPayload(5, MinixFormat.NAME_MAX);
    return Errno.OK_VALUE;
  }

  /** The CLOCK notification: write back dirty data, learn the boot time if still unknown. */
  static void periodicSync(FsContext context) {
    if (!context.mounted()) {
      return;
    }
    try {
      context.volume().cache.flush();
    } catch (FsError e) {
      // the blocks stay dirty; the next sync tries again
    }
    context.learnBootTime();
    armAlarm(context);
  }

  private static void armAlarm(FsContext context) {
    if (context.config.syncSeconds() > 0) {
      context.sys.setAlarm((long) context.config.syncSeconds() * context.sys.ticksPerSecond(),
          false);
    }
  }
}

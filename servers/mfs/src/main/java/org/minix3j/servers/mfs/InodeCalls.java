package org.minix3j.servers.mfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.servers.mfs.format.DiskInode;
import org.minix3j.servers.mfs.format.FileTypes;

/** PUTNODE, STAT, CHMOD, CHOWN, UTIME: calls on one inode VFS holds (MINIX's stadir.c, protect.c). */
final class InodeCalls {
  private InodeCalls() {}

  /** in: w0 inode, w1 references to drop. */
  static int putnode(FsContext context, Message in, Message out) throws FsError {
    context.volume().release(in.payload(0), in.payload(1));
    return Errno.OK_VALUE;
  }

  /**
   * in: w0 inode. out: w0 mode, w1 links, w2 uid, w3 gid, w4 size, w5 device, w6-w8 times, w9
   * blocks of 512 bytes, w10 block size.
   */
  static int stat(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    DiskInode inode = volume.liveInode(in.payload(0));
    out.setPayload(0, inode.mode);
    out.setPayload(1, inode.links);
    out.setPayload(2, inode.uid);
    out.setPayload(3, inode.gid);
    out.setPayload(4, (int) inode.size);
    out.setPayload(5, inode.device());
    out.setPayload(6, inode.accessTime);
    out.setPayload(7, inode.modifyTime);
    out.setPayload(8, inode.changeTime);
    long blocks = inode.hasZones() ? (inode.size + volume.blockSize - 1) / volume.blockSize : 0;
    out.setPayload(9, (int) (blocks * (volume.blockSize / 512)));
    out.setPayload(10, volume.blockSize);
    return Errno.OK_VALUE;
  }

  /** in: w0 inode, w1 permission bits. */
  static int chmod(FsContext context, Message in, Message out) throws FsError {
    DiskInode inode = writable(context, in.payload(0));
    inode.mode = (inode.mode & FileTypes.S_IFMT) | (in.payload(1) & FileTypes.PERMISSIONS);
    inode.changeTime = context.now();
    context.volume().writeInode(inode);
    return Errno.OK_VALUE;
  }

  /** in: w0 inode, w1 uid, w2 gid (each 0..65535). */
  static int chown(FsContext context, Message in, Message out) throws FsError {
    int uid = in.payload(1);
    int gid = in.payload(2);
    if (uid < 0 || uid > 0xffff || gid < 0 || gid > 0xffff) {
      throw FsError.of(Errno.EINVAL);
    }
    DiskInode inode = writable(context, in.payload(0));
    inode.uid = uid;
    inode.gid = gid;
    inode.changeTime = context.now();
    context.volume().writeInode(inode);
    return Errno.OK_VALUE;
  }

  /** in: w0 inode, w1 access time, w2 modification time. */
  static int utime(FsContext context, Message in, Message out) throws FsError {
    DiskInode inode = writable(context, in.payload(0));
    inode.accessTime = in.payload(1);
    inode.modifyTime = in.payload(2);
    inode.changeTime = context.now();
    context.volume().writeInode(inode);
    return Errno.OK_VALUE;
  }

  private static DiskInode writable(FsContext context, int number) throws FsError {
    Volume volume = context.volume();
    volume.checkWritable();
    return volume.liveInode(number);
  }
}

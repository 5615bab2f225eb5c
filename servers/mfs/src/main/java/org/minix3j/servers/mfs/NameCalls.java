package org.minix3j.servers.mfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.servers.mfs.format.DiskInode;
import org.minix3j.servers.mfs.format.FileTypes;
import org.minix3j.servers.mfs.format.MinixFormat;

/**
 * The calls on one name in one directory (MINIX's open.c, link.c): LOOKUP, CREATE, MKDIR, MKNOD,
 * SYMLINK, LINK, UNLINK, RMDIR. Names come from VFS's standing name grant. A new node takes its
 * inode (and zone) before its entry is added; if adding fails, they are given back.
 */
final class NameCalls {
  private NameCalls() {}

  /** in: w0 directory, w1 name offset, w2 name length. out: the entry's attributes (+1 reference). */
  static int lookup(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    DiskInode directory = volume.directory(in.payload(0));
    byte[] name = context.name(in.payload(1), in.payload(2));
    if (directory.links == 0) {
      throw FsError.of(Errno.ENOENT);
    }
    int number = volume.directories.lookup(directory, name);
    if (number == 0) {
      throw FsError.of(Errno.ENOENT);
    }
    DiskInode inode = volume.liveInode(number & 0xffffffffL);
    volume.reference(inode.number);
    FsContext.attributes(out, inode);
    return Errno.OK_VALUE;
  }

  /** in: w0 directory, w1-w2 name, w3 mode (S_IFREG or S_IFIFO), w4 uid, w5 gid. +1 reference. */
  static int create(FsContext context, Message in, Message out) throws FsError {
    int mode = in.payload(3);
    int type = mode & FileTypes.S_IFMT;
    if (type == 0) {
      type = FileTypes.S_IFREG;
    }
    if (type != FileTypes.S_IFREG && type != FileTypes.S_IFIFO) {
      throw FsError.of(Errno.EINVAL);
    }
    DiskInode inode = newNode(context, in, type | (mode & FileTypes.PERMISSIONS), 0);
    context.volume().reference(inode.number);
    FsContext.attributes(out, inode);
    return Errno.OK_VALUE;
  }

  /** in: as CREATE, w6 device number; the mode carries the type. No reference. */
  static int mknod(FsContext context, Message in, Message out) throws FsError {
    int mode = in.payload(3);
    int type = mode & FileTypes.S_IFMT;
    if (type != FileTypes.S_IFCHR && type != FileTypes.S_IFBLK && type != FileTypes.S_IFIFO
        && type != FileTypes.S_IFSOCK && type != FileTypes.S_IFREG) {
      throw FsError.of(Errno.EINVAL);
    }
    boolean device = type == FileTypes.S_IFCHR || type == FileTypes.S_IFBLK;
    DiskInode inode = newNode(context, in, type | (mode & FileTypes.PERMISSIONS),
        device ? in.payload(6) : 0);
    FsContext.attributes(out, inode);
    return Errno.OK_VALUE;
  }

  /** in: as CREATE, the mode without type. out: the new directory's attributes (+1 reference). */
  static int mkdir(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    volume.checkWritable();
    DiskInode parent = volume.directory(in.payload(0));
    byte[] name = context.name(in.payload(1), in.payload(2));
    checkAbsent(volume, parent, name);
    if (parent.links >= MinixFormat.LINK_MAX) {
      throw FsError.of(Errno.EMLINK);
    }
    if (volume.allocator.freeZones() < 1) {
      throw FsError.of(Errno.ENOSPC);
    }
    int now = context.now();
    DiskInode inode = allocateInode(volume, FileTypes.S_IFDIR
        | (in.payload(3) & FileTypes.PERMISSIONS), in.payload(4), in.payload(5), now);
    long zone = volume.allocator.allocateZone();
    volume.directories.initialize(zone, inode.number, parent.number);
    inode.zones[0] = (int) zone;
    inode.size = 2L * MinixFormat.DIRENT_SIZE;
    inode.links = 2;
    volume.writeInode(inode);
    try {
      volume.directories.add(parent, name, inode.number, now, volume.superblock.fileSizeLimit());
    } catch (FsError e) {
      volume.allocator.freeZone(zone);
      discard(volume, inode);
      throw e;
    }
    parent.links++;
    volume.writeInode(parent);
    volume.reference(inode.number);
    FsContext.attributes(out, inode);
    return Errno.OK_VALUE;
  }

  /** in: w0 directory, w1-w2 name, w3 target offset, w4 target length, w5 uid, w6 gid. */
  static int symlink(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    volume.checkWritable();
    DiskInode parent = volume.directory(in.payload(0));
    byte[] name = context.name(in.payload(1), in.payload(2));
    int targetLength = in.payload(4);
    if (targetLength >= volume.blockSize) {
      throw FsError.of(Errno.ENAMETOOLONG);
    }
    if (targetLength < 1) {
      throw FsError.of(Errno.ENOENT);
    }
    byte[] target = context.copyName(in.payload(3), targetLength);
    checkAbsent(volume, parent, name);
    if (volume.allocator.freeZones() < 1) {
      throw FsError.of(Errno.ENOSPC);
    }
    int now = context.now();
    DiskInode inode = allocateInode(volume, FileTypes.S_IFLNK | 0777, in.payload(5),
        in.payload(6), now);
    long zone = volume.allocator.allocateZone();
    BlockCache.Buffer buffer = volume.cache.getZeroed(zone);
    System.arraycopy(target, 0, volume.cache.memory(), buffer.offset, target.length);
    volume.cache.writeThrough(buffer);
    inode.zones[0] = (int) zone;
    inode.size = target.length;
    volume.writeInode(inode);
    try {
      volume.directories.add(parent, name, inode.number, now, volume.superblock.fileSizeLimit());
    } catch (FsError e) {
      volume.allocator.freeZone(zone);
      discard(volume, inode);
      throw e;
    }
    FsContext.attributes(out, inode);
    return Errno.OK_VALUE;
  }

  /** in: w0 directory, w1-w2 name, w3 the inode to link. EPERM for a directory. */
  static int link(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    volume.checkWritable();
    DiskInode parent = volume.directory(in.payload(0));
    byte[] name = context.name(in.payload(1), in.payload(2));
    DiskInode inode = volume.liveInode(in.payload(3));
    if (inode.isDirectory()) {
      throw FsError.of(Errno.EPERM);
    }
    if (inode.links >= MinixFormat.LINK_MAX) {
      throw FsError.of(Errno.EMLINK);
    }
    checkAbsent(volume, parent, name);
    int now = context.now();
    volume.directories.add(parent, name, inode.number, now, volume.superblock.fileSizeLimit());
    inode.links++;
    inode.changeTime = now;
    volume.writeInode(inode);
    return Errno.OK_VALUE;
  }

  /** in: w0 directory, w1-w2 name. EISDIR for a directory. */
  static int unlink(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    volume.checkWritable();
    DiskInode parent = volume.directory(in.payload(0));
    byte[] name = context.name(in.payload(1), in.payload(2));
    long position = volume.directories.find(parent, name);
    if (position < 0) {
      throw FsError.of(Errno.ENOENT);
    }
    DiskInode inode = volume.liveInode(volume.directories.entryInode(parent, position) & 0xffffffffL);
    if (inode.isDirectory()) {
      throw FsError.of(Errno.EISDIR);
    }
    if (inode.links == 0) {
      throw FsError.corrupt("inode " + inode.number + " has an entry but no links");
    }
    int now = context.now();
    volume.directories.setEntry(parent, position, 0);
    parent.modifyTime = now;
    parent.changeTime = now;
    volume.writeInode(parent);
    inode.links--;
    inode.changeTime = now;
    volume.destroyIfUnused(inode);
    return Errno.OK_VALUE;
  }

  /** in: w0 directory, w1-w2 name. ENOTEMPTY unless empty; EINVAL for . and .. */
  static int rmdir(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    volume.checkWritable();
    DiskInode parent = volume.directory(in.payload(0));
    byte[] name = context.name(in.payload(1), in.payload(2));
    if (Directories.isDot(name) || Directories.isDotDot(name)) {
      throw FsError.of(Errno.EINVAL);
    }
    long position = volume.directories.find(parent, name);
    if (position < 0) {
      throw FsError.of(Errno.ENOENT);
    }
    DiskInode inode = volume.liveInode(volume.directories.entryInode(parent, position) & 0xffffffffL);
    if (!inode.isDirectory()) {
      throw FsError.of(Errno.ENOTDIR);
    }
    if (inode.number == MinixFormat.ROOT_INODE) {
      throw FsError.of(Errno.EBUSY);
    }
    if (!volume.directories.isEmpty(inode)) {
      throw FsError.of(Errno.ENOTEMPTY);
    }
    int now = context.now();
    volume.directories.setEntry(parent, position, 0);
    parent.links = Math.max(0, parent.links - 1);
    parent.modifyTime = now;
    parent.changeTime = now;
    volume.writeInode(parent);
    inode.links = 0;
    inode.changeTime = now;
    volume.destroyIfUnused(inode);
    return Errno.OK_VALUE;
  }

  /** Makes a node without zones (file, fifo, device) named by the request's w0-w2. */
  private static DiskInode newNode(FsContext context, Message in, int mode, int device)
      throws FsError {
    Volume volume = context.volume();
    volume.checkWritable();
    DiskInode parent = volume.directory(in.payload(0));
    byte[] name = context.name(in.payload(1), in.payload(2));
    checkAbsent(volume, parent, name);
    int now = context.now();
    DiskInode inode = allocateInode(volume, mode, in.payload(4), in.payload(5), now);
    inode.zones[0] = device;
    volume.writeInode(inode);
    try {
      volume.directories.add(parent, name, inode.number, now, volume.superblock.fileSizeLimit());
    } catch (FsError e) {
      discard(volume, inode);
      throw e;
    }
    return inode;
  }

  /** EEXIST if {@code name} is in {@code parent}; ENOENT if the directory was removed. */
  static void checkAbsent(Volume volume, DiskInode parent, byte[] name) throws FsError {
    if (parent.links == 0) {
      throw FsError.of(Errno.ENOENT);
    }
    if (volume.directories.find(parent, name) >= 0) {
      throw FsError.of(Errno.EEXIST);
    }
  }

  private static DiskInode allocateInode(Volume volume, int mode, int uid, int gid, int now)
      throws FsError {
    if (uid < 0 || uid > 0xffff || gid < 0 || gid > 0xffff) {
      throw FsError.of(Errno.EINVAL);
    }
    int number = volume.allocator.allocateInode();
    if (volume.readInode(number).mode != 0) {
      throw FsError.corrupt("inode " + number + " marked free but has a type");
    }
    DiskInode inode = new DiskInode(number);
    inode.mode = mode;
    inode.links = 1;
    inode.uid = uid;
    inode.gid = gid;
    inode.touchAll(now);
    return inode;
  }

  /** Gives back an inode whose entry could not be added. */
  private static void discard(Volume volume, DiskInode inode) throws FsError {
    DiskInode cleared = new DiskInode(inode.number);
    volume.writeInode(cleared);
    volume.allocator.freeInode(inode.number);
  }
}

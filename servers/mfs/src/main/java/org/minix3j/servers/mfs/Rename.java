package org.minix3j.servers.mfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.servers.mfs.format.DiskInode;
import org.minix3j.servers.mfs.format.MinixFormat;

/**
 * RENAME (MINIX's link.c do_rename): moves an entry, replacing an existing target as POSIX says
 * (a file by a file, an empty directory by a directory). A directory moved to another parent gets
 * its {@code ..} changed and the link counts of both parents follow. Moving a directory into its
 * own subtree is EINVAL. The new entry is made before the old one goes, so a failure (ENOSPC)
 * loses nothing.
 */
final class Rename {
  private Rename() {}

  /** in: w0 old directory, w1-w2 old name, w3 new directory, w4-w5 new name. */
  static int rename(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    volume.checkWritable();
    DiskInode oldParent = volume.directory(in.payload(0));
    byte[] oldName = context.name(in.payload(1), in.payload(2));
    DiskInode newParent = volume.directory(in.payload(3));
    byte[] newName = context.name(in.payload(4), in.payload(5));
    if (isDotOrDotDot(oldName) || isDotOrDotDot(newName)) {
      throw FsError.of(Errno.EINVAL);
    }
    long oldPosition = volume.directories.find(oldParent, oldName);
    if (oldPosition < 0) {
      throw FsError.of(Errno.ENOENT);
    }
    if (newParent.links == 0) {
      throw FsError.of(Errno.ENOENT);
    }
    DiskInode moving =
        volume.liveInode(volume.directories.entryInode(oldParent, oldPosition) & 0xffffffffL);
    boolean directory = moving.isDirectory();
    boolean sameParent = oldParent.number == newParent.number;
    if (directory && !sameParent) {
      checkNotAncestor(volume, moving.number, newParent);
      if (newParent.links >= MinixFormat.LINK_MAX) {
        throw FsError.of(Errno.EMLINK);
      }
    }
    int now = context.now();
    long newPosition = volume.directories.find(newParent, newName);
    if (newPosition >= 0) {
      DiskInode replaced =
          volume.liveInode(volume.directories.entryInode(newParent, newPosition) & 0xffffffffL);
      if (replaced.number == moving.number) {
        return Errno.OK_VALUE;
      }
      if (directory && !replaced.isDirectory()) {
        throw FsError.of(Errno.ENOTDIR);
      }
      if (!directory && replaced.isDirectory()) {
        throw FsError.of(Errno.EISDIR);
      }
      if (replaced.isDirectory() && !volume.directories.isEmpty(replaced)) {
        throw FsError.of(Errno.ENOTEMPTY);
      }
      volume.directories.setEntry(newParent, newPosition, moving.number);
      if (replaced.isDirectory()) {
        replaced.links = 0;
        newParent.links = Math.max(0, newParent.links - 1);
      } else {
        replaced.links = Math.max(0, replaced.links - 1);
      }
      replaced.changeTime = now;
      volume.destroyIfUnused(replaced);
      newParent.modifyTime = now;
      newParent.changeTime = now;
      volume.writeInode(newParent);
    } else {
      volume.directories.add(newParent, newName, moving.number, now,
          volume.superblock.fileSizeLimit());
    }
    if (sameParent) {
      oldParent = newParent;
    }
    // find the old entry again: with one parent, adding may have reused a slot before it
    long position = volume.directories.find(oldParent, oldName);
    if (position >= 0) {
      volume.directories.setEntry(oldParent, position, 0);
    }
    oldParent.modifyTime = now;
    oldParent.changeTime = now;
    if (directory && !sameParent) {
      long dotDot = volume.directories.find(moving, dotDot());
      if (dotDot < 0) {
        throw FsError.corrupt("directory " + moving.number + " without ..");
      }
      volume.directories.setEntry(moving, dotDot, newParent.number);
      oldParent.links = Math.max(0, oldParent.links - 1);
      DiskInode target = volume.readInode(newParent.number);
      target.links++;
      volume.writeInode(target);
    }
    volume.writeInode(oldParent);
    DiskInode moved = volume.readInode(moving.number);
    moved.changeTime = now;
    volume.writeInode(moved);
    return Errno.OK_VALUE;
  }

  /** EINVAL if directory {@code moving} is {@code target} or one of its ancestors. */
  private static void checkNotAncestor(Volume volume, int moving, DiskInode target)
      throws FsError {
    DiskInode walk = target;
    long steps = 0;
    while (true) {
      if (walk.number == moving) {
        throw FsError.of(Errno.EINVAL);
      }
      if (walk.number == MinixFormat.ROOT_INODE) {
        return;
      }
      if (++steps > volume.superblock.inodes()) {
        throw FsError.corrupt("loop in the .. chain above directory " + target.number);
      }
      int parent = volume.directories.lookup(walk, dotDot());
      if (parent == 0) {
        throw FsError.corrupt("directory " + walk.number + " without ..");
      }
      walk = volume.directory(parent & 0xffffffffL);
    }
  }

  private static byte[] dotDot() {
    return new byte[] {'.', '.'};
  }

  private static boolean isDotOrDotDot(byte[] name) {
    return Directories.isDot(name) || Directories.isDotDot(name);
  }
}

package org.minix3j.servers.vfs;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.posix.FileFlags;

/**
 * One inode of a file server that VFS holds: the server's endpoint and the inode number, the
 * attributes last seen, VFS's own reference count ({@code refs}: working directories, open
 * files, walks in progress) and the references the file server counts for VFS ({@code
 * fsRefs}, one per LOOKUP/CREATE/MKDIR/MOUNT answer), all dropped with one PUTNODE when {@code
 * refs} reaches zero. Compared by identity: {@link Vnodes} keeps one per inode.
 */
final class Vnode {
  final int fsEndpoint;
  final int inode;
  int mode;
  int size;
  int uid;
  int gid;
  int rdev;
  int links;
  int refs;
  int fsRefs;

  /** The pipe of a FIFO while some descriptor has it open. */
  @Nullable Pipe fifo;

  Vnode(int fsEndpoint, int inode) {
    this.fsEndpoint = fsEndpoint;
    this.inode = inode;
  }

  void update(Attributes attributes) {
    mode = attributes.mode();
    size = attributes.size();
    uid = attributes.uid();
    gid = attributes.gid();
    rdev = attributes.rdev();
    links = attributes.links();
  }

  int type() {
    return mode & FileFlags.S_IFMT;
  }

  boolean isDirectory() {
    return type() == FileFlags.S_IFDIR;
  }

  boolean isRegular() {
    return type() == FileFlags.S_IFREG;
  }

  boolean isSymlink() {
    return type() == FileFlags.S_IFLNK;
  }
}

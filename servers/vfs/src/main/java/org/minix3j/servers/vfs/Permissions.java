package org.minix3j.servers.vfs;

import org.minix3j.abi.posix.FileFlags;

/**
 * Permission checks against a vnode's mode bits, POSIX style: the owner's bits if the uid
 * matches, else the group's if the gid matches, else the others'. Root (uid 0) may read and
 * write anything, and execute a file with at least one execute bit (and search any directory).
 */
final class Permissions {
  static final int READ = FileFlags.R_OK;
  static final int WRITE = FileFlags.W_OK;
  static final int EXECUTE = FileFlags.X_OK;

  private Permissions() {}

  static boolean allowed(Vnode vnode, int wanted, int uid, int gid) {
    if (uid == 0) {
      return (wanted & EXECUTE) == 0
          || vnode.isDirectory()
          || (vnode.mode & (FileFlags.S_IXUSR | FileFlags.S_IXGRP | FileFlags.S_IXOTH)) != 0;
    }
    int bits;
    if (uid == vnode.uid) {
      bits = vnode.mode >> 6;
    } else if (gid == vnode.gid) {
      bits = vnode.mode >> 3;
    } else {
      bits = vnode.mode;
    }
    return (bits & wanted & 7) == (wanted & 7);
  }

  /** With the effective ids, as every call but access(2) checks. */
  static void check(Proc proc, Vnode vnode, int wanted) {
    if (!allowed(vnode, wanted, proc.effectiveUid, proc.effectiveGid)) {
      throw new FsError(org.minix3j.abi.Errno.EACCES);
    }
  }
}

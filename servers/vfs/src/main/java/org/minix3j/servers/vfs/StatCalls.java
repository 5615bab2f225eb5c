package org.minix3j.servers.vfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.posix.StatLayout;
import org.minix3j.abi.posix.StatfsLayout;
import org.minix3j.abi.protocol.FsRequests;

/**
 * The attribute calls (MINIX's stadir.c, protect.c, time.c, link.c's truncate): stat, fstat,
 * lstat, statfs, chmod, fchmod, chown, umask, access, utime, truncate, ftruncate, sync, fsync.
 *
 * <p>A stat structure is built in VFS (device and inode number from VFS, the rest from the file
 * server's STAT) and copied to the user; an anonymous pipe is described by VFS alone. chmod
 * needs the owner or root (EPERM); chown needs root, except an owner "changing" to its own ids;
 * access checks with the real ids; utime with explicit times needs the owner or root, with the
 * current time write permission too; truncating needs write permission (EISDIR on a directory).
 */
final class StatCalls {
  private StatCalls() {}

  /** STAT and LSTAT: w0-w1 path, w2 buffer. */
  static Reply stat(Context ctx, Proc proc, Message request, boolean follow) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    Vnode vnode = PathWalker.resolve(ctx, proc, path, follow);
    try {
      byte[] stat = describe(ctx, vnode);
      ctx.user.copyOut(proc.endpoint, request.payload(2), stat, 0, stat.length);
      return Reply.ok();
    } finally {
      ctx.vnodes().put(vnode);
    }
  }

  /** FSTAT: w0 fd, w1 buffer. */
  static Reply fstat(Context ctx, Proc proc, Message request) {
    Filp filp = proc.filp(request.payload(0));
    Vnode vnode = filp.vnode;
    Pipe pipe = filp.pipe;
    byte[] stat;
    if (vnode != null) {
      stat = describe(ctx, vnode);
    } else if (pipe != null) {
      stat = new byte[StatLayout.BYTES];
      put(stat, StatLayout.INO, pipe.id);
      put(stat, StatLayout.MODE, FileFlags.S_IFIFO | FileFlags.S_IRUSR | FileFlags.S_IWUSR);
      put(stat, StatLayout.NLINK, 1);
      put(stat, StatLayout.UID, proc.effectiveUid);
      put(stat, StatLayout.GID, proc.effectiveGid);
      put(stat, StatLayout.SIZE, pipe.available());
      put(stat, StatLayout.BLKSIZE, Limits.PIPE_BUF);
    } else {
      throw new FsError(Errno.EBADF);
    }
    ctx.user.copyOut(proc.endpoint, request.payload(1), stat, 0, stat.length);
    return Reply.ok();
  }

  /** The struct stat of {@code vnode}. */
  static byte[] describe(Context ctx, Vnode vnode) {
    Message status = ctx.fs().stat(vnode.inode);
    byte[] stat = new byte[StatLayout.BYTES];
    put(stat, StatLayout.DEV, ctx.config.rootDevice());
    put(stat, StatLayout.INO, vnode.inode);
    put(stat, StatLayout.MODE, status.payload(0));
    put(stat, StatLayout.NLINK, status.payload(1));
    put(stat, StatLayout.UID, status.payload(2));
    put(stat, StatLayout.GID, status.payload(3));
    put(stat, StatLayout.SIZE, status.payload(4));
    put(stat, StatLayout.RDEV, status.payload(5));
    put(stat, StatLayout.ATIME, status.payload(6));
    put(stat, StatLayout.MTIME, status.payload(7));
    put(stat, StatLayout.CTIME, status.payload(8));
    put(stat, StatLayout.BLOCKS, status.payload(9));
    put(stat, StatLayout.BLKSIZE, status.payload(10));
    vnode.mode = status.payload(0);
    vnode.uid = status.payload(2);
    vnode.gid = status.payload(3);
    vnode.size = status.payload(4);
    return stat;
  }

  /** STATFS: w0-w1 path, w2 buffer. */
  static Reply statfs(Context ctx, Proc proc, Message request) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    Vnode vnode = PathWalker.resolve(ctx, proc, path, true);
    ctx.vnodes().put(vnode);
    Message reply = ctx.fs().call(FsRequests.STATFS);
    byte[] statfs = new byte[StatfsLayout.BYTES];
    put(statfs, StatfsLayout.BSIZE, reply.payload(0));
    put(statfs, StatfsLayout.BLOCKS, reply.payload(1));
    put(statfs, StatfsLayout.BFREE, reply.payload(2));
    put(statfs, StatfsLayout.FILES, reply.payload(3));
    put(statfs, StatfsLayout.FFREE, reply.payload(4));
    put(statfs, StatfsLayout.NAMEMAX, reply.payload(5));
    put(statfs, StatfsLayout.DEV, ctx.config.rootDevice());
    ctx.user.copyOut(proc.endpoint, request.payload(2), statfs, 0, statfs.length);
    return Reply.ok();
  }

  /** CHMOD: w0-w1 path, w2 mode. */
  static Reply chmod(Context ctx, Proc proc, Message request) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    Vnode vnode = PathWalker.resolve(ctx, proc, path, true);
    try {
      return changeMode(ctx, proc, vnode, request.payload(2));
    } finally {
      ctx.vnodes().put(vnode);
    }
  }

  /** FCHMOD: w0 fd, w1 mode. */
  static Reply fchmod(Context ctx, Proc proc, Message request) {
    Vnode vnode = proc.filp(request.payload(0)).vnode;
    if (vnode == null) {
      throw new FsError(Errno.EINVAL);
    }
    return changeMode(ctx, proc, vnode, request.payload(1));
  }

  private static Reply changeMode(Context ctx, Proc proc, Vnode vnode, int mode) {
    if (proc.effectiveUid != 0 && proc.effectiveUid != vnode.uid) {
      throw new FsError(Errno.EPERM);
    }
    int bits = mode & 07777;
    if (proc.effectiveUid != 0 && proc.effectiveGid != vnode.gid) {
      bits &= ~FileFlags.S_ISGID;
    }
    ctx.fs().call(FsRequests.CHMOD, vnode.inode, bits);
    vnode.mode = (vnode.mode & FileFlags.S_IFMT) | bits;
    return Reply.ok();
  }

  /** CHOWN: w0-w1 path, w2 uid (-1 keeps), w3 gid (-1 keeps). */
  static Reply chown(Context ctx, Proc proc, Message request) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    Vnode vnode = PathWalker.resolve(ctx, proc, path, true);
    try {
      int uid = request.payload(2) == -1 ? vnode.uid : request.payload(2);
      int gid = request.payload(3) == -1 ? vnode.gid : request.payload(3);
      boolean unchanged = uid == vnode.uid && gid == vnode.gid;
      if (proc.effectiveUid != 0 && !(unchanged && proc.effectiveUid == vnode.uid)) {
        throw new FsError(Errno.EPERM);
      }
      ctx.fs().call(FsRequests.CHOWN, vnode.inode, uid, gid);
      vnode.uid = uid;
      vnode.gid = gid;
      return Reply.ok();
    } finally {
      ctx.vnodes().put(vnode);
    }
  }

  /** UMASK: w0 the new mask; the old one. */
  static Reply umask(Context ctx, Proc proc, Message request) {
    int old = proc.umask;
    proc.umask = request.payload(0) & 0777;
    return Reply.of(old);
  }

  /** ACCESS: w0-w1 path, w2 mode; with the real ids. */
  static Reply access(Context ctx, Proc proc, Message request) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    int mode = request.payload(2);
    if ((mode & ~(FileFlags.R_OK | FileFlags.W_OK | FileFlags.X_OK)) != 0) {
      throw new FsError(Errno.EINVAL);
    }
    int savedUid = proc.effectiveUid;
    int savedGid = proc.effectiveGid;
    proc.effectiveUid = proc.realUid;
    proc.effectiveGid = proc.realGid;
    try {
      Vnode vnode = PathWalker.resolve(ctx, proc, path, true);
      try {
        if (mode != FileFlags.F_OK) {
          Permissions.check(proc, vnode, mode);
        }
      } finally {
        ctx.vnodes().put(vnode);
      }
    } finally {
      proc.effectiveUid = savedUid;
      proc.effectiveGid = savedGid;
    }
    return Reply.ok();
  }

  /** UTIME: w0-w1 path, w2 1 if times are given, w3 access time, w4 modification time. */
  static Reply utime(Context ctx, Proc proc, Message request) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    Vnode vnode = PathWalker.resolve(ctx, proc, path, true);
    try {
      boolean given = request.payload(2) == 1;
      boolean owner = proc.effectiveUid == 0 || proc.effectiveUid == vnode.uid;
      if (given && !owner) {
        throw new FsError(Errno.EPERM);
      }
      if (!given && !owner) {
        Permissions.check(proc, vnode, Permissions.WRITE);
      }
      int now = ctx.now();
      int accessed = given ? request.payload(3) : now;
      int modified = given ? request.payload(4) : now;
      ctx.fs().call(FsRequests.UTIME, vnode.inode, accessed, modified);
      return Reply.ok();
    } finally {
      ctx.vnodes().put(vnode);
    }
  }

  /** TRUNCATE: w0-w1 path, w2 length. */
  static Reply truncate(Context ctx, Proc proc, Message request) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    int length = request.payload(2);
    if (length < 0) {
      throw new FsError(Errno.EINVAL);
    }
    Vnode vnode = PathWalker.resolve(ctx, proc, path, true);
    try {
      if (vnode.isDirectory()) {
        throw new FsError(Errno.EISDIR);
      }
      Permissions.check(proc, vnode, Permissions.WRITE);
      if (!vnode.isRegular()) {
        throw new FsError(Errno.EINVAL);
      }
      ctx.fs().call(FsRequests.TRUNCATE, vnode.inode, length);
      return Reply.ok();
    } finally {
      ctx.vnodes().put(vnode);
    }
  }

  /** FTRUNCATE: w0 fd, w1 length; the descriptor must be a regular file open for writing. */
  static Reply ftruncate(Context ctx, Proc proc, Message request) {
    Filp filp = proc.filp(request.payload(0));
    int length = request.payload(1);
    Vnode vnode = filp.vnode;
    if (length < 0 || !filp.writable() || filp.kind != Filp.Kind.REGULAR || vnode == null) {
      throw new FsError(Errno.EINVAL);
    }
    ctx.fs().call(FsRequests.TRUNCATE, vnode.inode, length);
    return Reply.ok();
  }

  /** SYNC: the file server writes back (and flushes its device), then the block special files. */
  static Reply sync(Context ctx, Proc proc, Message request) {
    ctx.fs().call(FsRequests.SYNC);
    BlockFlush.flushAll(ctx);
    return Reply.ok();
  }

  /** FSYNC: w0 fd. A block special file: its device is flushed; else the file server syncs. */
  static Reply fsync(Context ctx, Proc proc, Message request) {
    Filp filp = proc.filp(request.payload(0));
    if (filp.kind == Filp.Kind.BLOCK_DEVICE) {
      BlockFlush.flush(ctx, filp.device);
      return Reply.ok();
    }
    ctx.fs().call(FsRequests.SYNC);
    return Reply.ok();
  }

  /** Writes {@code value} little-endian at {@code offset}. */
  static void put(byte[] into, int offset, int value) {
    into[offset] = (byte) value;
    into[offset + 1] = (byte) (value >>> 8);
    into[offset + 2] = (byte) (value >>> 16);
    into[offset + 3] = (byte) (value >>> 24);
  }
}

package org.minix3j.servers.vfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.FileFlags;

/**
 * read, write, lseek and getdents (MINIX's read.c and the seek of open.c). Regular files go to
 * the file server with a magic grant of the user's buffer made for it; pipes to {@link Pipes};
 * character devices to {@link CharDevices}; block devices to {@link BlockDevices}; a directory
 * read is EISDIR (getdents reads directories). The descriptor must be open for the direction
 * (EBADF); a negative count is EINVAL; O_APPEND writes at the end, found by a STAT before the
 * write.
 */
final class ReadWrite {
  private ReadWrite() {}

  /** READ or WRITE: w0 fd, w1 buffer, w2 count. */
  static Reply io(Context ctx, Proc proc, Message request, boolean write) {
    Filp filp = proc.filp(request.payload(0));
    int address = request.payload(1);
    int count = request.payload(2);
    if (write ? !filp.writable() : !filp.readable()) {
      throw new FsError(Errno.EBADF);
    }
    if (count < 0) {
      throw new FsError(Errno.EINVAL);
    }
    return switch (filp.kind) {
      case DIRECTORY -> throw new FsError(Errno.EISDIR);
      case PIPE -> Pipes.io(ctx, proc, filp, write, address, count);
      case CHAR_DEVICE -> CharDevices.io(ctx, proc, filp, write, address, count);
      case BLOCK_DEVICE -> {
        if (write) {
          BlockFlush.written(ctx, filp.device);
        }
        yield ctx.blockDevices.io(ctx, proc, filp, write, address, count);
      }
      case REGULAR -> regular(ctx, proc, filp, write, address, count);
    };
  }

  private static Reply regular(Context ctx, Proc proc, Filp filp, boolean write, int address, int count) {
    Vnode vnode = filp.vnode;
    if (vnode == null) {
      throw new FsError(Errno.EBADF);
    }
    if (write && (filp.flags & FileFlags.O_APPEND) != 0) {
      filp.position = ctx.fs().stat(vnode.inode).payload(4);
    }
    if (count == 0) {
      return Reply.of(0);
    }
    if ((long) filp.position + count > Integer.MAX_VALUE) {
      if (write) {
        throw new FsError(Errno.EFBIG);
      }
      count = Integer.MAX_VALUE - filp.position;
    }
    FileServer fs = ctx.fs();
    int grant = ctx.sys.grantMagic(
        fs.endpoint, write ? GrantAccess.READ : GrantAccess.WRITE, proc.endpoint, address, count);
    if (grant < 0) {
      throw new FsError(Errno.EFAULT);
    }
    try {
      int moved = fs.io(write, vnode.inode, filp.position, grant, count);
      filp.position += moved;
      return Reply.of(moved);
    } finally {
      ctx.sys.revokeGrant(grant);
    }
  }

  /** LSEEK: w0 fd, w1 offset, w2 whence. ESPIPE on pipes, EINVAL for a bad whence or result. */
  static Reply lseek(Context ctx, Proc proc, Message request) {
    Filp filp = proc.filp(request.payload(0));
    int offset = request.payload(1);
    int whence = request.payload(2);
    if (filp.kind == Filp.Kind.PIPE) {
      throw new FsError(Errno.ESPIPE);
    }
    long base;
    switch (whence) {
      case FileFlags.SEEK_SET -> base = 0;
      case FileFlags.SEEK_CUR -> base = filp.position;
      case FileFlags.SEEK_END -> {
        Vnode vnode = filp.vnode;
        if (filp.kind == Filp.Kind.BLOCK_DEVICE) {
          base = ctx.blockDevices.size(ctx, filp.device);
        } else {
          base = vnode == null || filp.kind != Filp.Kind.REGULAR ? 0 : ctx.fs().stat(vnode.inode).payload(4);
        }
      }
      default -> throw new FsError(Errno.EINVAL);
    }
    long position = base + offset;
    if (position < 0 || position > Integer.MAX_VALUE) {
      throw new FsError(Errno.EINVAL);
    }
    filp.position = (int) position;
    return Reply.of(filp.position);
  }

  /** GETDENTS: w0 fd of a directory, w1 buffer, w2 size. The position is the server's cookie. */
  static Reply getdents(Context ctx, Proc proc, Message request) {
    Filp filp = proc.filp(request.payload(0));
    int address = request.payload(1);
    int size = request.payload(2);
    Vnode vnode = filp.vnode;
    if (filp.kind != Filp.Kind.DIRECTORY || vnode == null) {
      throw new FsError(Errno.ENOTDIR);
    }
    if (size <= 0) {
      throw new FsError(Errno.EINVAL);
    }
    FileServer fs = ctx.fs();
    int grant = ctx.sys.grantMagic(fs.endpoint, GrantAccess.WRITE, proc.endpoint, address, size);
    if (grant < 0) {
      throw new FsError(Errno.EFAULT);
    }
    try {
      int[] next = new int[1];
      int bytes = fs.getdents(vnode.inode, filp.position, grant, size, next);
      filp.position = next[0];
      return Reply.of(bytes);
    } finally {
      ctx.sys.revokeGrant(grant);
    }
  }
}

package org.minix3j.servers.vfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.protocol.FsRequests;

/**
 * Names in directories (MINIX's link.c): unlink, rmdir, link, symlink, readlink, rename. Every
 * change needs write and search permission on the directory (EACCES). The root cannot be
 * removed or renamed (EBUSY); "." and ".." cannot be removed (EINVAL, ENOTEMPTY) or renamed
 * (EINVAL); a directory cannot be hard-linked (EPERM) nor moved into itself (EINVAL); names on
 * different file servers cannot be linked or renamed (EXDEV).
 */
final class Links {
  private Links() {}

  /** UNLINK: w0-w1 path. */
  static Reply unlink(Context ctx, Proc proc, Message request) {
    return remove(ctx, proc, request, FsRequests.UNLINK);
  }

  /** RMDIR: w0-w1 path. */
  static Reply rmdir(Context ctx, Proc proc, Message request) {
    return remove(ctx, proc, request, FsRequests.RMDIR);
  }

  private static Reply remove(Context ctx, Proc proc, Message request, int call) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    PathWalker.Parent parent = PathWalker.parent(ctx, proc, path);
    try {
      boolean directoryCall = call == FsRequests.RMDIR;
      if (parent.name.isEmpty()) {
        throw new FsError(directoryCall ? Errno.EBUSY : Errno.EISDIR);
      }
      if (parent.name.equals(".") || parent.name.equals("..")) {
        throw new FsError(
            !directoryCall ? Errno.EISDIR : parent.name.equals(".") ? Errno.EINVAL : Errno.ENOTEMPTY);
      }
      Vnode target = PathWalker.step(ctx, proc, parent.directory, parent.name);
      try {
        if (directoryCall && !target.isDirectory()) {
          throw new FsError(Errno.ENOTDIR);
        }
        if (!directoryCall && parent.trailingSlash && !target.isDirectory()) {
          throw new FsError(Errno.ENOTDIR);
        }
        if (!directoryCall && target.isDirectory()) {
          throw new FsError(Errno.EISDIR);
        }
        if (target == ctx.rootVnode || target == proc.root) {
          throw new FsError(Errno.EBUSY);
        }
        Permissions.check(proc, parent.directory, Permissions.WRITE | Permissions.EXECUTE);
      } finally {
        ctx.vnodes().put(target);
      }
      ctx.fs().remove(call, parent.directory.inode, parent.name);
      return Reply.ok();
    } finally {
      ctx.vnodes().put(parent.directory);
    }
  }

  /** LINK: w0-w1 existing path, w2-w3 new path. */
  static Reply link(Context ctx, Proc proc, Message request) {
    String existingPath = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    String newPath = ctx.user.path(proc.endpoint, request.payload(2), request.payload(3));
    Vnode existing = PathWalker.resolve(ctx, proc, existingPath, false);
    try {
      if (existing.isDirectory()) {
        throw new FsError(Errno.EPERM);
      }
      PathWalker.Parent parent = PathWalker.parent(ctx, proc, newPath);
      try {
        checkNewName(ctx, proc, parent);
        if (parent.directory.fsEndpoint != existing.fsEndpoint) {
          throw new FsError(Errno.EXDEV);
        }
        ctx.fs().link(parent.directory.inode, parent.name, existing.inode);
        return Reply.ok();
      } finally {
        ctx.vnodes().put(parent.directory);
      }
    } finally {
      ctx.vnodes().put(existing);
    }
  }

  /** SYMLINK: w0-w1 the link's contents, w2-w3 the new link's path. */
  static Reply symlink(Context ctx, Proc proc, Message request) {
    String target = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    String path = ctx.user.path(proc.endpoint, request.payload(2), request.payload(3));
    if (target.isEmpty()) {
      throw new FsError(Errno.ENOENT);
    }
    PathWalker.Parent parent = PathWalker.parent(ctx, proc, path);
    try {
      checkNewName(ctx, proc, parent);
      ctx.fs().symlink(parent.directory.inode, parent.name, target, proc.effectiveUid, proc.effectiveGid);
      return Reply.ok();
    } finally {
      ctx.vnodes().put(parent.directory);
    }
  }

  /** The new name must not exist (EEXIST); write and search permission on its directory. */
  private static void checkNewName(Context ctx, Proc proc, PathWalker.Parent parent) {
    if (parent.name.isEmpty() || parent.name.equals(".") || parent.name.equals("..")) {
      throw new FsError(Errno.EEXIST);
    }
    Vnode clash = PathWalker.lookup(ctx, proc, parent.directory, parent.name);
    if (clash != null) {
      ctx.vnodes().put(clash);
      throw new FsError(Errno.EEXIST);
    }
    Permissions.check(proc, parent.directory, Permissions.WRITE | Permissions.EXECUTE);
  }

  /** READLINK: w0-w1 path, w2 buffer, w3 size. EINVAL unless a symbolic link. */
  static Reply readlink(Context ctx, Proc proc, Message request) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    int address = request.payload(2);
    int size = request.payload(3);
    if (size <= 0) {
      throw new FsError(Errno.EINVAL);
    }
    Vnode vnode = PathWalker.resolve(ctx, proc, path, false);
    try {
      if (!vnode.isSymlink()) {
        throw new FsError(Errno.EINVAL);
      }
      FileServer fs = ctx.fs();
      int length = Math.min(size, Limits.PATH_MAX);
      int grant = ctx.sys.grantMagic(fs.endpoint, GrantAccess.WRITE, proc.endpoint, address, length);
      if (grant < 0) {
        throw new FsError(Errno.EFAULT);
      }
      try {
        return Reply.of(fs.readlink(vnode.inode, grant, length));
      } finally {
        ctx.sys.revokeGrant(grant);
      }
    } finally {
      ctx.vnodes().put(vnode);
    }
  }

  /** RENAME: w0-w1 old path, w2-w3 new path. */
  static Reply rename(Context ctx, Proc proc, Message request) {
    String oldPath = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    String newPath = ctx.user.path(proc.endpoint, request.payload(2), request.payload(3));
    PathWalker.Parent from = PathWalker.parent(ctx, proc, oldPath);
    try {
      PathWalker.Parent to = PathWalker.parent(ctx, proc, newPath);
      try {
        rename(ctx, proc, from, to);
        return Reply.ok();
      } finally {
        ctx.vnodes().put(to.directory);
      }
    } finally {
      ctx.vnodes().put(from.directory);
    }
  }

  private static void rename(Context ctx, Proc proc, PathWalker.Parent from, PathWalker.Parent to) {
    if (from.name.isEmpty() || to.name.isEmpty()) {
      throw new FsError(Errno.EBUSY);
    }
    if (isDot(from.name) || isDot(to.name)) {
      throw new FsError(Errno.EINVAL);
    }
    Vnode moving = PathWalker.step(ctx, proc, from.directory, from.name);
    try {
      if (moving == ctx.rootVnode || moving == proc.root) {
        throw new FsError(Errno.EBUSY);
      }
      if (from.directory.fsEndpoint != to.directory.fsEndpoint) {
        throw new FsError(Errno.EXDEV);
      }
      if ((from.trailingSlash || to.trailingSlash) && !moving.isDirectory()) {
        throw new FsError(Errno.ENOTDIR);
      }
      Vnode replaced = PathWalker.lookup(ctx, proc, to.directory, to.name);
      if (replaced != null) {
        try {
          if (replaced == moving) {
            return;
          }
          if (moving.isDirectory() && !replaced.isDirectory()) {
            throw new FsError(Errno.ENOTDIR);
          }
          if (!moving.isDirectory() && replaced.isDirectory()) {
            throw new FsError(Errno.EISDIR);
          }
          if (replaced == ctx.rootVnode) {
            throw new FsError(Errno.EBUSY);
          }
        } finally {
          ctx.vnodes().put(replaced);
        }
      }
      Permissions.check(proc, from.directory, Permissions.WRITE | Permissions.EXECUTE);
      Permissions.check(proc, to.directory, Permissions.WRITE | Permissions.EXECUTE);
      if (moving.isDirectory() && isInside(ctx, to.directory, moving)) {
        throw new FsError(Errno.EINVAL);
      }
      ctx.fs().rename(from.directory.inode, from.name, to.directory.inode, to.name);
    } finally {
      ctx.vnodes().put(moving);
    }
  }

  private static boolean isDot(String name) {
    return name.equals(".") || name.equals("..");
  }

  /** Whether {@code directory} is {@code ancestor} or below it (walking ".." up to the root). */
  private static boolean isInside(Context ctx, Vnode directory, Vnode ancestor) {
    Vnodes vnodes = ctx.vnodes();
    Vnode current = vnodes.dup(directory);
    try {
      for (int depth = 0; depth < Limits.PATH_MAX; depth++) {
        if (current == ancestor) {
          return true;
        }
        if (current == ctx.rootVnode) {
          return false;
        }
        Vnode parent = vnodes.get(ctx.fs().lookup(current.inode, ".."));
        vnodes.put(current);
        current = parent;
      }
      return false;
    } finally {
      vnodes.put(current);
    }
  }
}

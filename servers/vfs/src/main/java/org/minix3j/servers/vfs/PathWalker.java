package org.minix3j.servers.vfs;

import java.util.ArrayDeque;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.Limits;

/**
 * Path-name resolution, one component at a time with FsRequests.LOOKUP (VFS walks, the file
 * server only looks up names in one directory).
 *
 * <p>Rules: an empty path is ENOENT; a path starting with '/' starts at the process's root,
 * else at its working directory; every directory searched needs execute (search) permission
 * (EACCES) and must be a directory (ENOTDIR); a component longer than NAME_MAX is ENAMETOOLONG;
 * "." stays, ".." at the process's root stays; a symbolic link is replaced by its contents
 * (absolute ones restart at the root) unless it is the last component and the caller asked not
 * to follow; more than SYMLOOP_MAX links in one walk is ELOOP; a trailing slash means the result
 * must be a directory (and links are followed to get there).
 *
 * <p>Every vnode returned carries one reference the caller must {@link Vnodes#put}; on an error
 * everything taken on the way has been put back.
 */
final class PathWalker {
  /** The parent directory of a path's last component, and that component. */
  static final class Parent {
    final Vnode directory;
    final String name;
    final boolean trailingSlash;

    Parent(Vnode directory, String name, boolean trailingSlash) {
      this.directory = directory;
      this.name = name;
      this.trailingSlash = trailingSlash;
    }
  }

  private PathWalker() {}

  /** The vnode {@code path} names for {@code proc}; the last link followed if {@code follow}. */
  static Vnode resolve(Context ctx, Proc proc, String path, boolean follow) {
    if (path.isEmpty()) {
      throw new FsError(Errno.ENOENT);
    }
    Vnodes vnodes = ctx.vnodes();
    Vnode current = vnodes.dup(path.charAt(0) == '/' ? proc.root : proc.cwd);
    ArrayDeque<String> parts = components(path);
    boolean directoryRequired = path.charAt(path.length() - 1) == '/';
    int links = 0;
    try {
      while (!parts.isEmpty()) {
        String name = parts.removeFirst();
        boolean last = parts.isEmpty();
        Vnode next = step(ctx, proc, current, name);
        if (next == current) {
          vnodes.put(next);
          continue;
        }
        if (next.isSymlink() && (!last || follow || directoryRequired)) {
          String target;
          try {
            if (++links > Limits.SYMLOOP_MAX) {
              throw new FsError(Errno.ELOOP);
            }
            target = ctx.fs().readlink(next.inode);
          } finally {
            vnodes.put(next);
          }
          if (target.isEmpty()) {
            throw new FsError(Errno.ENOENT);
          }
          ArrayDeque<String> expanded = components(target);
          while (!expanded.isEmpty()) {
            parts.addFirst(expanded.removeLast());
          }
          if (last && target.charAt(target.length() - 1) == '/') {
            directoryRequired = true;
          }
          if (target.charAt(0) == '/') {
            vnodes.put(current);
            current = vnodes.dup(proc.root);
          }
          continue;
        }
        vnodes.put(current);
        current = next;
      }
      if (directoryRequired && !current.isDirectory()) {
        throw new FsError(Errno.ENOTDIR);
      }
      return current;
    } catch (RuntimeException e) {
      vnodes.put(current);
      throw e;
    }
  }

  /**
   * The directory holding {@code path}'s last component, resolved (links followed), and the
   * component itself (trailing slashes removed; empty for "/").
   */
  static Parent parent(Context ctx, Proc proc, String path) {
    if (path.isEmpty()) {
      throw new FsError(Errno.ENOENT);
    }
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    boolean trailing = end < path.length();
    if (end == 0) {
      return new Parent(ctx.vnodes().dup(proc.root), "", true);
    }
    String stripped = path.substring(0, end);
    int slash = stripped.lastIndexOf('/');
    String name = stripped.substring(slash + 1);
    if (name.length() > Limits.NAME_MAX) {
      throw new FsError(Errno.ENAMETOOLONG);
    }
    Vnode directory =
        slash < 0 ? ctx.vnodes().dup(proc.cwd) : resolve(ctx, proc, stripped.substring(0, slash + 1), true);
    if (!directory.isDirectory()) {
      ctx.vnodes().put(directory);
      throw new FsError(Errno.ENOTDIR);
    }
    return new Parent(directory, name, trailing);
  }

  /**
   * One step from directory {@code current} (which the caller holds) to {@code name}: a new
   * reference to the result, which is {@code current} itself for "." and ".." at the root.
   */
  static Vnode step(Context ctx, Proc proc, Vnode current, String name) {
    if (!current.isDirectory()) {
      throw new FsError(Errno.ENOTDIR);
    }
    Permissions.check(proc, current, Permissions.EXECUTE);
    if (name.length() > Limits.NAME_MAX) {
      throw new FsError(Errno.ENAMETOOLONG);
    }
    if (name.equals(".") || (name.equals("..") && (current == proc.root || current == ctx.rootVnode))) {
      return ctx.vnodes().dup(current);
    }
    return ctx.vnodes().get(ctx.fs().lookup(current.inode, name));
  }

  /** {@code name} in {@code directory} (search permission checked), or null if it does not exist. */
  static @Nullable Vnode lookup(Context ctx, Proc proc, Vnode directory, String name) {
    try {
      return step(ctx, proc, directory, name);
    } catch (FsError e) {
      if (e.errno() == Errno.ENOENT) {
        return null;
      }
      throw e;
    }
  }

  private static ArrayDeque<String> components(String path) {
    ArrayDeque<String> parts = new ArrayDeque<>();
    int start = 0;
    for (int i = 0; i <= path.length(); i++) {
      if (i == path.length() || path.charAt(i) == '/') {
        if (i > start) {
          parts.addLast(path.substring(start, i));
        }
        start = i + 1;
      }
    }
    return parts;
  }
}

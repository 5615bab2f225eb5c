package org.minix3j.servers.vfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.DirentLayout;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.Limits;

/**
 * Working directories and names found by reading directories: chdir, fchdir, getcwd (walking
 * ".." up to the root and finding each directory's name in its parent with GETDENTS) and
 * ttyname (finding the device's entry in /dev).
 */
final class Directories {
  private static final int DIRENT_BUFFER = 4096;

  private Directories() {}

  /** CHDIR: w0-w1 path; a directory with search permission. */
  static Reply chdir(Context ctx, Proc proc, Message request) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    changeTo(ctx, proc, PathWalker.resolve(ctx, proc, path, true));
    return Reply.ok();
  }

  /** FCHDIR: w0 fd of a directory. */
  static Reply fchdir(Context ctx, Proc proc, Message request) {
    Vnode vnode = proc.filp(request.payload(0)).vnode;
    if (vnode == null) {
      throw new FsError(Errno.ENOTDIR);
    }
    changeTo(ctx, proc, ctx.vnodes().dup(vnode));
    return Reply.ok();
  }

  private static void changeTo(Context ctx, Proc proc, Vnode vnode) {
    try {
      if (!vnode.isDirectory()) {
        throw new FsError(Errno.ENOTDIR);
      }
      Permissions.check(proc, vnode, Permissions.EXECUTE);
    } catch (FsError e) {
      ctx.vnodes().put(vnode);
      throw e;
    }
    ctx.vnodes().put(proc.cwd);
    proc.cwd = vnode;
  }

  /** GETCWD: w0 buffer, w1 size. result: the length with the NUL; ERANGE if it does not fit. */
  static Reply getcwd(Context ctx, Proc proc, Message request) {
    int address = request.payload(0);
    int size = request.payload(1);
    if (size <= 0) {
      throw new FsError(Errno.EINVAL);
    }
    Vnodes vnodes = ctx.vnodes();
    ArrayDeque<String> names = new ArrayDeque<>();
    Vnode current = vnodes.dup(proc.cwd);
    try {
      int length = 0;
      while (current != proc.root && current != ctx.rootVnode) {
        Vnode parent = vnodes.get(ctx.fs().lookup(current.inode, ".."));
        String name;
        try {
          name = nameOf(ctx, parent, current.inode);
        } catch (FsError e) {
          vnodes.put(parent);
          throw e;
        }
        if (name == null) {
          vnodes.put(parent);
          throw new FsError(Errno.ENOENT);
        }
        names.addFirst(name);
        length += name.length() + 1;
        vnodes.put(current);
        current = parent;
        if (length >= Limits.PATH_MAX) {
          throw new FsError(Errno.ENAMETOOLONG);
        }
      }
    } finally {
      vnodes.put(current);
    }
    StringBuilder path = new StringBuilder();
    for (String name : names) {
      path.append('/').append(name);
    }
    if (path.length() == 0) {
      path.append('/');
    }
    return copyName(ctx, proc, path.toString(), address, size);
  }

  /** TTYNAME: w0 fd, w1 buffer, w2 size. ENOTTY unless a terminal. */
  static Reply ttyname(Context ctx, Proc proc, Message request) {
    Filp filp = proc.filp(request.payload(0));
    if (filp.kind != Filp.Kind.CHAR_DEVICE || Devices.major(filp.device) != Devices.TTY_MAJOR) {
      throw new FsError(Errno.ENOTTY);
    }
    Vnodes vnodes = ctx.vnodes();
    Vnode dev = PathWalker.resolve(ctx, proc, "/dev", true);
    try {
      String found = findDevice(ctx, dev, filp.device);
      if (found == null) {
        throw new FsError(Errno.ENOTTY);
      }
      return copyName(ctx, proc, "/dev/" + found, request.payload(1), request.payload(2));
    } finally {
      vnodes.put(dev);
    }
  }

  private static Reply copyName(Context ctx, Proc proc, String name, int address, int size) {
    byte[] bytes = (name + "\0").getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length > size) {
      throw new FsError(Errno.ERANGE);
    }
    ctx.user.copyOut(proc.endpoint, address, bytes, 0, bytes.length);
    return Reply.of(bytes.length);
  }

  /** The name under which {@code directory} lists {@code inode} (not "." or ".."), or null. */
  private static @Nullable String nameOf(Context ctx, Vnode directory, int inode) {
    DirectoryScan scan = new DirectoryScan(ctx, directory);
    try {
      for (String name = scan.next(); name != null; name = scan.next()) {
        if (scan.inode() == inode && !name.equals(".") && !name.equals("..")) {
          return name;
        }
      }
      return null;
    } finally {
      scan.close();
    }
  }

  private static @Nullable String findDevice(Context ctx, Vnode dev, int device) {
    DirectoryScan scan = new DirectoryScan(ctx, dev);
    try {
      for (String name = scan.next(); name != null; name = scan.next()) {
        if (name.equals(".") || name.equals("..")) {
          continue;
        }
        Attributes attributes = ctx.fs().lookup(dev.inode, name);
        ctx.vnodes().put(ctx.vnodes().get(attributes));
        if ((attributes.mode() & FileFlags.S_IFMT) == FileFlags.S_IFCHR && attributes.rdev() == device) {
          return name;
        }
      }
      return null;
    } finally {
      scan.close();
    }
  }

  /** Reads a directory's entries through VFS's own buffer, one record at a time. */
  private static final class DirectoryScan {
    private final Context ctx;
    private final Vnode directory;
    private final byte[] buffer = new byte[DIRENT_BUFFER];
    private final int grant;
    private int position;
    private int filled;
    private int offset;
    private int inode;
    private boolean ended;

    DirectoryScan(Context ctx, Vnode directory) {
      this.ctx = ctx;
      this.directory = directory;
      this.grant = ctx.sys.grant(ctx.fs().endpoint, GrantAccess.WRITE, buffer, 0, buffer.length);
      if (grant < 0) {
        throw FsError.ofWire(grant);
      }
    }

    @Nullable String next() {
      while (offset >= filled) {
        if (ended) {
          return null;
        }
        int[] next = new int[1];
        filled = ctx.fs().getdents(directory.inode, position, grant, buffer.length, next);
        position = next[0];
        offset = 0;
        if (filled <= 0) {
          ended = true;
          filled = 0;
          return null;
        }
      }
      int record = offset;
      int recordLength = (buffer[record + DirentLayout.RECLEN] & 0xff)
          | ((buffer[record + DirentLayout.RECLEN + 1] & 0xff) << 8);
      int nameLength = buffer[record + DirentLayout.NAMLEN] & 0xff;
      if (recordLength < DirentLayout.NAME || record + recordLength > filled
          || DirentLayout.NAME + nameLength > recordLength) {
        ended = true;
        filled = 0;
        return null;
      }
      inode = (buffer[record] & 0xff) | ((buffer[record + 1] & 0xff) << 8)
          | ((buffer[record + 2] & 0xff) << 16) | ((buffer[record + 3] & 0xff) << 24);
      offset += recordLength;
      return new String(buffer, record + DirentLayout.NAME, nameLength, StandardCharsets.ISO_8859_1);
    }

    int inode() {
      return inode;
    }

    void close() {
      ctx.sys.revokeGrant(grant);
    }
  }
}

package org.minix3j.servers.vfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.protocol.FsRequests;

/**
 * open, close, mkdir and mknod (MINIX's open.c), and the life of an open file: {@link #install}
 * puts it under a descriptor, {@link #release} drops one descriptor's reference and, with the
 * last one, closes the device, detaches the pipe end and puts the vnode.
 *
 * <p>open's order of checks: the access mode (EINVAL), a free descriptor (EMFILE) and a free
 * open file (ENFILE) before any path work; then the path (see {@link PathWalker}); O_CREAT
 * creates with the umask applied after write and search permission on the directory (EACCES),
 * O_EXCL makes an existing name EEXIST; an existing file needs read and/or write permission as
 * the access mode asks; a directory opened for writing is EISDIR; O_DIRECTORY on anything else
 * ENOTDIR; O_NOFOLLOW on a link ELOOP.
 */
final class OpenFiles {
  private static final int KEPT_FLAGS =
      FileFlags.O_ACCMODE | FileFlags.O_APPEND | FileFlags.O_NONBLOCK;

  private record Opened(Vnode vnode, boolean created) {}

  private OpenFiles() {}

  /** OPEN: w0-w1 path, w2 flags, w3 mode. */
  static Reply open(Context ctx, Proc proc, Message request) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    int flags = request.payload(2);
    int mode = request.payload(3);
    if ((flags & FileFlags.O_ACCMODE) == FileFlags.O_ACCMODE) {
      throw new FsError(Errno.EINVAL);
    }
    int fd = proc.freeDescriptor(0);
    ctx.reserveFilp();
    try {
      Opened opened =
          (flags & FileFlags.O_CREAT) != 0
              ? openCreating(ctx, proc, path, flags, mode, 0)
              : new Opened(PathWalker.resolve(ctx, proc, path, (flags & FileFlags.O_NOFOLLOW) == 0), false);
      Filp filp = openVnode(ctx, proc, opened.vnode(), flags, opened.created());
      install(proc, fd, filp, (flags & FileFlags.O_CLOEXEC) != 0);
      return Reply.of(fd);
    } catch (RuntimeException e) {
      ctx.openFiles--;
      throw e;
    }
  }

  private static Opened openCreating(
      Context ctx, Proc proc, String path, int flags, int mode, int links) {
    PathWalker.Parent parent = PathWalker.parent(ctx, proc, path);
    try {
      if (parent.name.isEmpty()) {
        throw new FsError(Errno.EISDIR);
      }
      Vnode existing = PathWalker.lookup(ctx, proc, parent.directory, parent.name);
      if (existing != null) {
        if ((flags & FileFlags.O_EXCL) != 0) {
          ctx.vnodes().put(existing);
          throw new FsError(Errno.EEXIST);
        }
        if (existing.isSymlink()) {
          String target;
          try {
            target = ctx.fs().readlink(existing.inode);
          } finally {
            ctx.vnodes().put(existing);
          }
          if ((flags & FileFlags.O_NOFOLLOW) != 0) {
            throw new FsError(Errno.ELOOP);
          }
          if (links >= Limits.SYMLOOP_MAX) {
            throw new FsError(Errno.ELOOP);
          }
          if (target.isEmpty()) {
            throw new FsError(Errno.ENOENT);
          }
          // O_CREAT through a link creates what the link names (POSIX), a dangling one included.
          int slash = path.lastIndexOf('/', path.length() - 1);
          String next = target.charAt(0) == '/' || slash < 0
              ? target : path.substring(0, slash + 1) + target;
          return openCreating(ctx, proc, next, flags, mode, links + 1);
        }
        if (parent.trailingSlash && !existing.isDirectory()) {
          ctx.vnodes().put(existing);
          throw new FsError(Errno.ENOTDIR);
        }
        return new Opened(existing, false);
      }
      if (parent.trailingSlash) {
        throw new FsError(Errno.EISDIR);
      }
      Permissions.check(proc, parent.directory, Permissions.WRITE | Permissions.EXECUTE);
      int fileMode = (mode & 07777 & ~proc.umask) | FileFlags.S_IFREG;
      Attributes created =
          ctx.fs()
              .create(
                  FsRequests.CREATE,
                  parent.directory.inode,
                  parent.name,
                  fileMode,
                  proc.effectiveUid,
                  proc.effectiveGid,
                  0);
      return new Opened(ctx.vnodes().get(created), true);
    } finally {
      ctx.vnodes().put(parent.directory);
    }
  }

  /** Makes the open file of {@code vnode} (whose reference it takes, or puts on an error). */
  static Filp openVnode(Context ctx, Proc proc, Vnode vnode, int flags, boolean created) {
    try {
      int access = flags & FileFlags.O_ACCMODE;
      boolean reading = access != FileFlags.O_WRONLY;
      boolean writing = access != FileFlags.O_RDONLY;
      if (vnode.isSymlink()) {
        throw new FsError(Errno.ELOOP);
      }
      if ((flags & FileFlags.O_DIRECTORY) != 0 && !vnode.isDirectory()) {
        throw new FsError(Errno.ENOTDIR);
      }
      if (vnode.isDirectory() && (writing || (flags & FileFlags.O_TRUNC) != 0)) {
        throw new FsError(Errno.EISDIR);
      }
      if (!created) {
        Permissions.check(
            proc, vnode, (reading ? Permissions.READ : 0) | (writing ? Permissions.WRITE : 0));
      }
      int kept = flags & KEPT_FLAGS;
      switch (vnode.type()) {
        case FileFlags.S_IFREG -> {
          if ((flags & FileFlags.O_TRUNC) != 0 && writing && !created) {
            ctx.fs().call(FsRequests.TRUNCATE, vnode.inode, 0);
            vnode.size = 0;
          }
          return new Filp(Filp.Kind.REGULAR, vnode, null, -1, kept);
        }
        case FileFlags.S_IFDIR -> {
          return new Filp(Filp.Kind.DIRECTORY, vnode, null, -1, kept);
        }
        case FileFlags.S_IFCHR -> {
          return openDevice(ctx, proc, vnode, flags, kept);
        }
        case FileFlags.S_IFBLK -> {
          ctx.blockDevices.size(ctx, vnode.rdev); // ENXIO: no driver, or no such minor
          return new Filp(Filp.Kind.BLOCK_DEVICE, vnode, null, vnode.rdev, kept);
        }
        case FileFlags.S_IFIFO -> {
          Pipe pipe = vnode.fifo;
          if (pipe == null) {
            pipe = new Pipe(ctx.newPipeId(), vnode);
          }
          if (writing && !reading && (flags & FileFlags.O_NONBLOCK) != 0 && pipe.readers == 0) {
            throw new FsError(Errno.ENXIO);
          }
          vnode.fifo = pipe;
          pipe.readers += reading ? 1 : 0;
          pipe.writers += writing ? 1 : 0;
          Pipes.revive(ctx, pipe);
          return new Filp(Filp.Kind.PIPE, vnode, pipe, -1, kept);
        }
        default -> throw new FsError(Errno.ENXIO);
      }
    } catch (RuntimeException e) {
      ctx.vnodes().put(vnode);
      throw e;
    }
  }

  private static Filp openDevice(Context ctx, Proc proc, Vnode vnode, int flags, int kept) {
    int device = vnode.rdev;
    boolean terminal = Devices.major(device) == Devices.TTY_MAJOR;
    boolean acquire = false;
    if (terminal && Devices.minor(device) == Devices.CONTROLLING_TTY_MINOR) {
      if (proc.controllingTty == Proc.NO_TTY) {
        throw new FsError(Errno.ENXIO);
      }
      device = proc.controllingTty;
    } else {
      acquire =
          terminal
              && proc.sessionLeader
              && proc.controllingTty == Proc.NO_TTY
              && (flags & FileFlags.O_NOCTTY) == 0;
    }
    boolean reissuable = CharDevices.open(ctx, proc, device, flags);
    if (acquire) {
      proc.controllingTty = device;
    }
    Filp filp = new Filp(Filp.Kind.CHAR_DEVICE, vnode, null, device, kept);
    filp.reissuable = reissuable;
    return filp;
  }

  /** Puts {@code filp} (one reference already counted) under descriptor {@code fd}. */
  static void install(Proc proc, int fd, Filp filp, boolean closeOnExec) {
    proc.descriptors[fd] = filp;
    proc.closeOnExec[fd] = closeOnExec;
  }

  /** CLOSE: w0 fd. */
  static Reply close(Context ctx, Proc proc, Message request) {
    closeDescriptor(ctx, proc, request.payload(0));
    return Reply.ok();
  }

  /** Closes descriptor {@code fd} of {@code proc} (EBADF if not open). */
  static void closeDescriptor(Context ctx, Proc proc, int fd) {
    Filp filp = proc.filp(fd);
    proc.descriptors[fd] = null;
    proc.closeOnExec[fd] = false;
    release(ctx, filp);
  }

  /** Drops one descriptor's reference to {@code filp}; the last closes it. Never throws. */
  static void release(Context ctx, Filp filp) {
    if (--filp.count > 0) {
      return;
    }
    ctx.openFiles--;
    Pipe pipe = filp.pipe;
    if (pipe != null) {
      pipe.readers -= filp.readable() ? 1 : 0;
      pipe.writers -= filp.writable() ? 1 : 0;
      Vnode fifo = pipe.fifo;
      if (fifo != null && pipe.readers == 0 && pipe.writers == 0) {
        fifo.fifo = null;
      }
      Pipes.revive(ctx, pipe);
    }
    if (filp.kind == Filp.Kind.CHAR_DEVICE) {
      CharDevices.close(ctx, filp.device);
    }
    Vnode vnode = filp.vnode;
    if (vnode != null) {
      ctx.vnodes().put(vnode);
    }
  }

  /** MKDIR: w0-w1 path, w2 mode. */
  static Reply mkdir(Context ctx, Proc proc, Message request) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    int mode = (request.payload(2) & 07777 & ~proc.umask);
    Vnode made = makeNode(ctx, proc, path, FsRequests.MKDIR, mode, 0);
    ctx.vnodes().put(made);
    return Reply.ok();
  }

  /** MKNOD: w0-w1 path, w2 mode with the type, w3 device. Root only, except FIFOs. */
  static Reply mknod(Context ctx, Proc proc, Message request) {
    String path = ctx.user.path(proc.endpoint, request.payload(0), request.payload(1));
    int mode = request.payload(2);
    int type = mode & FileFlags.S_IFMT;
    if (type == 0) {
      type = FileFlags.S_IFREG;
    }
    if (type != FileFlags.S_IFIFO && type != FileFlags.S_IFCHR && type != FileFlags.S_IFBLK
        && type != FileFlags.S_IFREG) {
      throw new FsError(Errno.EINVAL);
    }
    if (type != FileFlags.S_IFIFO && proc.effectiveUid != 0) {
      throw new FsError(Errno.EPERM);
    }
    int nodeMode = type | (mode & 07777 & ~proc.umask);
    ctx.vnodes().put(makeNode(ctx, proc, path, FsRequests.MKNOD, nodeMode, request.payload(3)));
    return Reply.ok();
  }

  /**
   * Creates a node (MKDIR: returns the new directory with its reference; MKNOD: takes no
   * reference, returns the parent's vnode as a placeholder with a fresh reference).
   */
  private static Vnode makeNode(Context ctx, Proc proc, String path, int call, int mode, int device) {
    PathWalker.Parent parent = PathWalker.parent(ctx, proc, path);
    try {
      if (parent.name.isEmpty() || parent.name.equals(".") || parent.name.equals("..")) {
        throw new FsError(Errno.EEXIST);
      }
      if (parent.trailingSlash && call != FsRequests.MKDIR) {
        throw new FsError(Errno.ENOENT);
      }
      Vnode existing = PathWalker.lookup(ctx, proc, parent.directory, parent.name);
      if (existing != null) {
        ctx.vnodes().put(existing);
        throw new FsError(Errno.EEXIST);
      }
      Permissions.check(proc, parent.directory, Permissions.WRITE | Permissions.EXECUTE);
      Attributes made =
          ctx.fs()
              .create(
                  call,
                  parent.directory.inode,
                  parent.name,
                  mode,
                  proc.effectiveUid,
                  proc.effectiveGid,
                  device);
      return call == FsRequests.MKDIR ? ctx.vnodes().get(made) : ctx.vnodes().dup(parent.directory);
    } finally {
      ctx.vnodes().put(parent.directory);
    }
  }
}

package org.minix3j.servers.vfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.Limits;

/**
 * dup, dup2 and fcntl (MINIX's filedes.c and misc.c): a new descriptor shares the open file
 * (position and status flags) and starts without close-on-exec. F_SETFL changes only O_APPEND
 * and O_NONBLOCK.
 */
final class Descriptors {
  private static final int SETTABLE = FileFlags.O_APPEND | FileFlags.O_NONBLOCK;

  private Descriptors() {}

  /** DUP: w0 fd. */
  static Reply dup(Context ctx, Proc proc, Message request) {
    Filp filp = proc.filp(request.payload(0));
    return Reply.of(share(proc, filp, proc.freeDescriptor(0)));
  }

  /** DUP2: w0 fd, w1 fd2; fd2 is closed first unless it is fd. */
  static Reply dup2(Context ctx, Proc proc, Message request) {
    int fd = request.payload(0);
    int target = request.payload(1);
    Filp filp = proc.filp(fd);
    if (target < 0 || target >= Limits.OPEN_MAX) {
      throw new FsError(Errno.EBADF);
    }
    if (target == fd) {
      return Reply.of(target);
    }
    if (proc.descriptors[target] != null) {
      OpenFiles.closeDescriptor(ctx, proc, target);
    }
    return Reply.of(share(proc, filp, target));
  }

  /** FCNTL: w0 fd, w1 command, w2 argument. */
  static Reply fcntl(Context ctx, Proc proc, Message request) {
    int fd = request.payload(0);
    int argument = request.payload(2);
    Filp filp = proc.filp(fd);
    return switch (request.payload(1)) {
      case FileFlags.F_DUPFD -> {
        if (argument < 0 || argument >= Limits.OPEN_MAX) {
          throw new FsError(Errno.EINVAL);
        }
        yield Reply.of(share(proc, filp, proc.freeDescriptor(argument)));
      }
      case FileFlags.F_GETFD -> Reply.of(proc.closeOnExec[fd] ? FileFlags.FD_CLOEXEC : 0);
      case FileFlags.F_SETFD -> {
        proc.closeOnExec[fd] = (argument & FileFlags.FD_CLOEXEC) != 0;
        yield Reply.ok();
      }
      case FileFlags.F_GETFL -> Reply.of(filp.flags);
      case FileFlags.F_SETFL -> {
        filp.flags = (filp.flags & ~SETTABLE) | (argument & SETTABLE);
        yield Reply.ok();
      }
      default -> throw new FsError(Errno.EINVAL);
    };
  }

  private static int share(Proc proc, Filp filp, int fd) {
    filp.count++;
    OpenFiles.install(proc, fd, filp, false);
    return fd;
  }
}

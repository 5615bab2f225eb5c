package org.minix3j.servers.vfs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.abi.protocol.VfsCalls;

/**
 * VFS's dispatch: notifications first (the clock for select timeouts, DS for the driver table,
 * a driver for STATUS), then PM's calls (from PM only), then the user calls of VfsCalls through
 * a table indexed by call number (unknown: ENOSYS; a caller VFS does not know: ESRCH). A handler
 * answers a {@link Reply}, or {@link Reply#DEFERRED} when the caller stays suspended.
 */
final class CallTable {
  /** One user call. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Context ctx, Proc proc, Message request);
  }

  private final Handler[] userCalls = new Handler[VfsCalls.TTYNAME - VfsCalls.READ + 1];
  private final DataStore ds;

  CallTable(DataStore ds) {
    this.ds = ds;
    set(VfsCalls.READ, (c, p, m) -> ReadWrite.io(c, p, m, false));
    set(VfsCalls.WRITE, (c, p, m) -> ReadWrite.io(c, p, m, true));
    set(VfsCalls.OPEN, OpenFiles::open);
    set(VfsCalls.CLOSE, OpenFiles::close);
    set(VfsCalls.LSEEK, ReadWrite::lseek);
    set(VfsCalls.DUP, Descriptors::dup);
    set(VfsCalls.DUP2, Descriptors::dup2);
    set(VfsCalls.PIPE, Pipes::pipe);
    set(VfsCalls.FCNTL, Descriptors::fcntl);
    set(VfsCalls.STAT, (c, p, m) -> StatCalls.stat(c, p, m, true));
    set(VfsCalls.FSTAT, StatCalls::fstat);
    set(VfsCalls.LSTAT, (c, p, m) -> StatCalls.stat(c, p, m, false));
    set(VfsCalls.CHDIR, Directories::chdir);
    set(VfsCalls.FCHDIR, Directories::fchdir);
    set(VfsCalls.GETCWD, Directories::getcwd);
    set(VfsCalls.MKDIR, OpenFiles::mkdir);
    set(VfsCalls.RMDIR, Links::rmdir);
    set(VfsCalls.UNLINK, Links::unlink);
    set(VfsCalls.LINK, Links::link);
    set(VfsCalls.SYMLINK, Links::symlink);
    set(VfsCalls.READLINK, Links::readlink);
    set(VfsCalls.RENAME, Links::rename);
    set(VfsCalls.CHMOD, StatCalls::chmod);
    set(VfsCalls.FCHMOD, StatCalls::fchmod);
    set(VfsCalls.CHOWN, StatCalls::chown);
    set(VfsCalls.UMASK, StatCalls::umask);
    set(VfsCalls.ACCESS, StatCalls::access);
    set(VfsCalls.UTIME, StatCalls::utime);
    set(VfsCalls.TRUNCATE, StatCalls::truncate);
    set(VfsCalls.FTRUNCATE, StatCalls::ftruncate);
    set(VfsCalls.SYNC, StatCalls::sync);
    set(VfsCalls.IOCTL, CallTable::ioctl);
    set(VfsCalls.SELECT, Select::select);
    set(VfsCalls.GETDENTS, ReadWrite::getdents);
    set(VfsCalls.MKNOD, OpenFiles::mknod);
    set(VfsCalls.FSYNC, StatCalls::fsync);
    set(VfsCalls.STATFS, StatCalls::statfs);
    set(VfsCalls.TTYNAME, Directories::ttyname);
  }

  private void set(int call, Handler handler) {
    userCalls[call - VfsCalls.READ] = handler;
  }

  /** Handles one received message, answering it unless it is deferred or a notification. */
  void handle(Context ctx, Message message) {
    int source = message.source();
    if (message.isNotification()) {
      notification(ctx, source);
      return;
    }
    Reply reply = dispatch(ctx, message);
    if (!reply.deferred()) {
      ctx.reply(source, reply);
    }
  }

  /** The answer to a request (FsError becomes its error reply). */
  Reply dispatch(Context ctx, Message message) {
    try {
      int source = message.source();
      if (Endpoint.isProcess(source) && Endpoint.slot(source) == SystemSlots.PM) {
        return pmCall(ctx, message);
      }
      int index = message.type() - VfsCalls.READ;
      Handler handler = index >= 0 && index < userCalls.length ? userCalls[index] : null;
      if (handler == null) {
        return Reply.error(Errno.ENOSYS);
      }
      Proc proc = ctx.proc(source);
      if (proc == null) {
        return Reply.error(Errno.ESRCH);
      }
      if (proc.suspended != null) {
        return Reply.error(Errno.EBUSY);
      }
      return handler.handle(ctx, proc, message);
    } catch (FsError e) {
      return Reply.error(e.errno());
    }
  }

  private static Reply pmCall(Context ctx, Message message) {
    return switch (message.type()) {
      case PmToVfs.INIT_PROCESS -> ForkExit.initProcess(ctx, message);
      case PmToVfs.FORK -> ForkExit.fork(ctx, message);
      case PmToVfs.EXIT -> ForkExit.exit(ctx, message);
      case PmToVfs.EXEC -> Exec.exec(ctx, message);
      case PmToVfs.EXEC_DONE -> ForkExit.execDone(ctx, message);
      case PmToVfs.SETIDS -> ForkExit.setIds(ctx, message);
      case PmToVfs.SETSID -> ForkExit.setsid(ctx, message);
      case PmToVfs.SETPGRP -> ForkExit.setProcessGroup(ctx, message);
      case PmToVfs.UNPAUSE -> ForkExit.unpause(ctx, message);
      case PmToVfs.REBOOT -> ForkExit.reboot(ctx, message);
      default -> Reply.error(Errno.ENOSYS);
    };
  }

  private void notification(Context ctx, int source) {
    if (source == Notification.CLOCK) {
      Select.expire(ctx);
    } else if (Endpoint.isProcess(source) && Endpoint.slot(source) == SystemSlots.DS) {
      ds.update(ctx);
    } else if (CharDevices.isDriver(ctx, source)) {
      CharDevices.status(ctx, source);
    }
  }

  /** IOCTL: w0 fd, w1 request, w2 argument pointer. ENOTTY unless a character device. */
  private static Reply ioctl(Context ctx, Proc proc, Message request) {
    Filp filp = proc.filp(request.payload(0));
    if (filp.kind != Filp.Kind.CHAR_DEVICE) {
      throw new FsError(Errno.ENOTTY);
    }
    return CharDevices.ioctl(ctx, proc, filp, request.payload(1), request.payload(2));
  }
}

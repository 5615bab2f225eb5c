package org.minix3j.servers.vfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.TermiosLayout;
import org.minix3j.abi.protocol.CharDevice;

/**
 * Character devices (MINIX's device.c): requests to the driver of the device's major (the
 * CharDevice protocol), suspension of a request the driver leaves pending, revival from the
 * driver's STATUS answers after its NOTIFY, and cancellation.
 *
 * <p>Data moves by a magic grant of the user's buffer made for the driver; the grant lives until
 * the request is answered (at once, by REVIVE, or by CANCEL). A driver that cannot be reached,
 * or answers with something other than REPLY, makes the call EIO. What happens to the requests
 * of a driver that dies is {@link CharRecovery}'s: EIO, except for the writes of a driver that
 * said at OPEN they survive it (the printer), which wait here for its next instance.
 */
final class CharDevices {
  /** Most STATUS rounds after one NOTIFY, so a driver that never says NO_STATUS cannot hang VFS. */
  private static final int STATUS_ROUNDS = 1024;

  private CharDevices() {}

  /**
   * OPEN of {@code device} for {@code proc}; throws the driver's error. Returns whether the
   * driver's writes are re-issued after its death (CharDevice.REISSUABLE in the reply).
   */
  static boolean open(Context ctx, Proc proc, int device, int flags) {
    int driver = ctx.driver(Devices.major(device));
    Message reply =
        request(ctx, driver, Message.of(CharDevice.OPEN, Devices.minor(device), ctx.newRequestId(),
            flags, proc.endpoint, proc.processGroup));
    int status = reply.payload(1);
    if (status < 0) {
      throw FsError.ofWire(status);
    }
    return (reply.payload(2) & CharDevice.REISSUABLE) != 0;
  }

  /** CLOSE of {@code device}; errors are ignored (the descriptor is gone either way). */
  static void close(Context ctx, int device) {
    int driver = ctx.drivers[Devices.major(device)];
    try {
      if (driver >= 0) {
        request(ctx, driver, Message.of(CharDevice.CLOSE, Devices.minor(device), ctx.newRequestId()));
      }
    } catch (FsError e) {
      ctx.lostCloses++;
    }
  }

  /** READ or WRITE of {@code count} bytes at {@code address} through the device open file. */
  static Reply io(Context ctx, Proc proc, Filp filp, boolean write, int address, int count) {
    int driver = ctx.driver(Devices.major(filp.device));
    int grant = -1;
    if (count > 0) {
      grant = ctx.sys.grantMagic(
          driver, write ? GrantAccess.READ : GrantAccess.WRITE, proc.endpoint, address, count);
      if (grant < 0) {
        throw new FsError(Errno.EFAULT);
      }
    }
    int call = write ? CharDevice.WRITE : CharDevice.READ;
    int id = ctx.newRequestId();
    Message message = Message.of(call, Devices.minor(filp.device), id, grant, count, filp.position,
        filp.flags & FileFlags.O_NONBLOCK, proc.endpoint);
    return answer(ctx, proc, filp, driver, call, id, grant, message, address, count);
  }

  /** IOCTL {@code request} with the argument at {@code address} (its size from the request). */
  static Reply ioctl(Context ctx, Proc proc, Filp filp, int request, int address) {
    int driver = ctx.driver(Devices.major(filp.device));
    int size = argumentSize(request);
    int grant = -1;
    if (size > 0) {
      grant = ctx.sys.grantMagic(driver, GrantAccess.READ_WRITE, proc.endpoint, address, size);
      if (grant < 0) {
        throw new FsError(Errno.EFAULT);
      }
    }
    int id = ctx.newRequestId();
    Message message = Message.of(CharDevice.IOCTL, Devices.minor(filp.device), id, request, grant,
        proc.endpoint, proc.processGroup);
    return answer(ctx, proc, filp, driver, CharDevice.IOCTL, id, grant, message, address, size);
  }

  /** The bytes of an ioctl's argument: termios, a process group, a window size; else none. */
  static int argumentSize(int request) {
    return switch (request) {
      case TermiosLayout.TCGETS, TermiosLayout.TCSETS, TermiosLayout.TCSETSW, TermiosLayout.TCSETSF ->
          TermiosLayout.TERMIOS_BYTES;
      case TermiosLayout.TIOCGPGRP, TermiosLayout.TIOCSPGRP -> Integer.BYTES;
      case TermiosLayout.TIOCGWINSZ -> TermiosLayout.WINSIZE_BYTES;
      default -> 0;
    };
  }

  private static Reply answer(Context ctx, Proc proc, Filp filp, int driver, int call, int id,
      int grant, Message message, int address, int count) {
    boolean reissue = filp.reissuable && call == CharDevice.WRITE;
    int result = ctx.sys.sendrec(driver, message);
    if (result == Errno.EDEADSRCDST.wireValue() && reissue) {
      // the driver died holding the write: it waits for the next instance (CharRecovery)
      revoke(ctx, grant);
      proc.suspended = new Suspension.DeviceIo(
          driver, Devices.minor(filp.device), id, -1, call, filp, address, count, true);
      return Reply.DEFERRED;
    }
    Message reply;
    try {
      reply = checked(result, message);
    } catch (FsError e) {
      revoke(ctx, grant);
      throw e;
    }
    if (reply.payload(2) == CharDevice.SUSPENDED) {
      proc.suspended = new Suspension.DeviceIo(
          driver, Devices.minor(filp.device), id, grant, call, filp, address, count, reissue);
      return Reply.DEFERRED;
    }
    revoke(ctx, grant);
    return finish(filp, call, reply.payload(1));
  }

  /** The answer to a request, as the process gets it: the status, and the file moved on. */
  static Reply finish(Filp filp, int call, int status) {
    if (status > 0 && call != CharDevice.IOCTL) {
      filp.position += status;
    }
    return Reply.of(status);
  }

  /** SELECT of {@code ops} on {@code device}; the operations ready now (0 if it fails). */
  static int select(Context ctx, int device, int ops, boolean notifyLater) {
    int driver = ctx.drivers[Devices.major(device)];
    if (driver < 0) {
      return ops; // no driver: reads and writes fail at once, so they do not block
    }
    Message reply;
    try {
      reply = request(ctx, driver, Message.of(CharDevice.SELECT, Devices.minor(device),
          ctx.newRequestId(), ops, notifyLater ? 1 : 0));
    } catch (FsError e) {
      return ops;
    }
    int ready = reply.payload(1);
    return ready < 0 ? ops : ready & ops;
  }

  /** Cancels {@code proc}'s pending request; answers the process unless it is {@code exiting}. */
  static void cancel(Context ctx, Proc proc, Suspension.DeviceIo io, boolean exiting) {
    int status = Errno.EINTR.wireValue();
    try {
      Message reply =
          request(ctx, io.driver(), Message.of(CharDevice.CANCEL, io.minor(), io.requestId()));
      if (reply.payload(1) > 0) {
        status = reply.payload(1);
      }
    } catch (FsError e) {
      status = Errno.EINTR.wireValue();
    }
    revoke(ctx, io.grantId());
    proc.suspended = null;
    if (!exiting) {
      ctx.reply(proc.endpoint, finish(io.filp(), io.call(), status));
    }
  }

  /** A driver NOTIFYed VFS: STATUS until NO_STATUS, reviving callers and selects. */
  static void status(Context ctx, int driver) {
    for (int round = 0; round < STATUS_ROUNDS; round++) {
      Message message = Message.of(CharDevice.STATUS);
      if (ctx.sys.sendrec(driver, message) < 0) {
        return;
      }
      switch (message.type()) {
        case CharDevice.REVIVE -> revive(ctx, driver, message.payload(0), message.payload(1));
        case CharDevice.SELECT_READY -> Select.revive(ctx);
        default -> {
          return;
        }
      }
    }
  }

  private static void revive(Context ctx, int driver, int id, int status) {
    for (Proc proc : ctx.procs) {
      if (proc != null
          && proc.suspended instanceof Suspension.DeviceIo io
          && io.driver() == driver
          && io.requestId() == id) {
        revoke(ctx, io.grantId());
        proc.suspended = null;
        ctx.reply(proc.endpoint, finish(io.filp(), io.call(), status));
        return;
      }
    }
  }

  /** Whether {@code endpoint} is a driver in the major table. */
  static boolean isDriver(Context ctx, int endpoint) {
    for (int driver : ctx.drivers) {
      if (driver == endpoint) {
        return true;
      }
    }
    return false;
  }

  private static Message request(Context ctx, int driver, Message message) {
    return checked(ctx.sys.sendrec(driver, message), message);
  }

  /** The driver's REPLY, after a SENDREC that gave {@code result}; else the error to throw. */
  static Message checked(int result, Message message) {
    // spec: Recovery!FsPeerDied: a character request to a dead driver fails with EIO
    if (result < 0) {
      throw new FsError(Errno.EIO);
    }
    if (message.type() != CharDevice.REPLY) {
      throw message.type() < 0 ? FsError.ofWire(message.type()) : new FsError(Errno.EIO);
    }
    return message;
  }

  static void revoke(Context ctx, int grant) {
    if (grant >= 0) {
      ctx.sys.revokeGrant(grant);
    }
  }
}

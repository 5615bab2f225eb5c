package org.minix3j.servers.vfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.protocol.CharDevice;

/**
 * select(2) over pipes, character devices and files (MINIX's select.c). Regular files and
 * directories are always ready; a pipe is readable with data or no writer, writable with room or
 * no reader; a character device is asked with CharDevice.SELECT (and asked to notify later when
 * VFS is going to wait). Nothing ready and a timeout other than 0: the caller waits until a pipe
 * or device changes ({@link #revive}), the alarm fires ({@link #expire}), or UNPAUSE.
 *
 * <p>The timeout is one SYS_SETALARM for the earliest waiting select; it is re-armed whenever
 * the set of waiting selects changes.
 */
final class Select {
  /** select's largest nfds: the sets are 32-bit words. */
  static final int MAX_FDS = 32;

  private Select() {}

  /** SELECT: w0 nfds, w1-w3 sets, w4 timeout in ms (-1 for ever). out: w0-w2 ready sets. */
  static Reply select(Context ctx, Proc proc, Message request) {
    int nfds = request.payload(0);
    int timeout = request.payload(4);
    if (nfds < 0 || nfds > MAX_FDS || timeout < -1) {
      throw new FsError(Errno.EINVAL);
    }
    int mask = nfds == MAX_FDS ? -1 : (1 << nfds) - 1;
    int readSet = request.payload(1) & mask;
    int writeSet = request.payload(2) & mask;
    int exceptSet = request.payload(3) & mask;
    int all = readSet | writeSet | exceptSet;
    for (int fd = 0; fd < nfds; fd++) {
      if ((all & (1 << fd)) != 0) {
        proc.filp(fd);
      }
    }
    long deadline = -1;
    if (timeout > 0) {
      long perSecond = Math.max(1, ctx.sys.ticksPerSecond());
      long ticks = (timeout * perSecond + 999) / 1000;
      deadline = Math.max(0, ctx.sys.uptime()) + Math.max(1, ticks);
    }
    Suspension.SelectWait wait = new Suspension.SelectWait(nfds, readSet, writeSet, exceptSet, deadline);
    Reply ready = poll(ctx, proc, wait, timeout != 0);
    if (ready.result() > 0 || timeout == 0) {
      return ready;
    }
    proc.suspended = wait;
    rearm(ctx);
    return Reply.DEFERRED;
  }

  /** The ready sets now; the result counts the bits. */
  private static Reply poll(Context ctx, Proc proc, Suspension.SelectWait wait, boolean notifyLater) {
    int readReady = 0;
    int writeReady = 0;
    int exceptReady = 0;
    for (int fd = 0; fd < wait.nfds(); fd++) {
      int bit = 1 << fd;
      int asked = ((wait.readSet() & bit) != 0 ? CharDevice.SELECT_READ : 0)
          | ((wait.writeSet() & bit) != 0 ? CharDevice.SELECT_WRITE : 0)
          | ((wait.exceptSet() & bit) != 0 ? CharDevice.SELECT_EXCEPT : 0);
      if (asked == 0) {
        continue;
      }
      Filp filp = proc.descriptors[fd];
      int ops = filp == null ? asked : ready(ctx, filp, asked, notifyLater);
      readReady |= (ops & CharDevice.SELECT_READ) != 0 ? bit : 0;
      writeReady |= (ops & CharDevice.SELECT_WRITE) != 0 ? bit : 0;
      exceptReady |= (ops & CharDevice.SELECT_EXCEPT) != 0 ? bit : 0;
    }
    int count = Integer.bitCount(readReady) + Integer.bitCount(writeReady) + Integer.bitCount(exceptReady);
    return Reply.of(count, readReady, writeReady, exceptReady);
  }

  private static int ready(Context ctx, Filp filp, int asked, boolean notifyLater) {
    Pipe pipe = filp.pipe;
    return switch (filp.kind) {
      case REGULAR, DIRECTORY, BLOCK_DEVICE ->
          asked & (CharDevice.SELECT_READ | CharDevice.SELECT_WRITE);
      case PIPE -> pipe == null ? 0
          : ((asked & CharDevice.SELECT_READ) != 0 && Pipes.readReady(pipe) ? CharDevice.SELECT_READ : 0)
              | ((asked & CharDevice.SELECT_WRITE) != 0 && Pipes.writeReady(pipe) ? CharDevice.SELECT_WRITE : 0);
      case CHAR_DEVICE -> CharDevices.select(ctx, filp.device, asked, notifyLater);
    };
  }

  /** Polls every waiting select again; answers those now ready. */
  static void revive(Context ctx) {
    boolean changed = false;
    for (Proc proc : ctx.procs) {
      if (proc != null && proc.suspended instanceof Suspension.SelectWait wait) {
        Reply ready = poll(ctx, proc, wait, true);
        if (ready.result() > 0) {
          proc.suspended = null;
          ctx.reply(proc.endpoint, ready);
          changed = true;
        }
      }
    }
    if (changed) {
      rearm(ctx);
    }
  }

  /** The clock alarm: selects past their deadline answer with nothing ready. */
  static void expire(Context ctx) {
    long now = ctx.sys.uptime();
    for (Proc proc : ctx.procs) {
      if (proc != null
          && proc.suspended instanceof Suspension.SelectWait wait
          && wait.deadline() >= 0
          && wait.deadline() <= now) {
        proc.suspended = null;
        ctx.reply(proc.endpoint, Reply.of(0, 0, 0, 0));
      }
    }
    revive(ctx);
    rearm(ctx);
  }

  /** Sets the alarm for the earliest deadline of a waiting select, or cancels it. */
  static void rearm(Context ctx) {
    long earliest = Long.MAX_VALUE;
    for (Proc proc : ctx.procs) {
      if (proc != null
          && proc.suspended instanceof Suspension.SelectWait wait
          && wait.deadline() >= 0) {
        earliest = Math.min(earliest, wait.deadline());
      }
    }
    long alarm = earliest == Long.MAX_VALUE ? 0 : earliest;
    if (alarm != ctx.alarm) {
      ctx.alarm = alarm;
      ctx.sys.setAlarm(alarm, true);
    }
  }
}

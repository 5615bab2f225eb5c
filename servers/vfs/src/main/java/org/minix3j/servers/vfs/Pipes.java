package org.minix3j.servers.vfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.posix.Signals;

/**
 * Pipes and FIFOs, which live in VFS (MINIX's pipe.c): pipe(2), reads and writes of the ring,
 * suspension of a reader with nothing to read and of a writer with no room, and revival when
 * the other end moves.
 *
 * <p>Rules: a read takes what is there (at most the count); with nothing there it returns 0 if
 * no writer is left (end of file), EAGAIN under O_NONBLOCK, else it waits. A write of at most
 * PIPE_BUF bytes goes in whole or not at all; a longer one goes in pieces as room appears. With
 * no reader left a write raises SIGPIPE for the writer (SYS_KILL) and fails with EPIPE (or
 * returns what it already wrote). Under O_NONBLOCK a write that cannot go on returns what it
 * wrote, or EAGAIN. After every change the waiting readers, writers and selects of the pipe are
 * tried again, in slot order, until none can go on.
 */
final class Pipes {
  private static final int BLOCKED = Integer.MIN_VALUE;

  private Pipes() {}

  /** PIPE: out w0 the read end, w1 the write end. */
  static Reply pipe(Context ctx, Proc proc, Message request) {
    int readFd = proc.freeDescriptor(0);
    int writeFd = proc.freeDescriptor(readFd + 1);
    ctx.reserveFilp();
    try {
      ctx.reserveFilp();
    } catch (FsError e) {
      ctx.openFiles--;
      throw e;
    }
    Pipe pipe = new Pipe(ctx.newPipeId(), null);
    pipe.readers = 1;
    pipe.writers = 1;
    OpenFiles.install(proc, readFd, new Filp(Filp.Kind.PIPE, null, pipe, -1, FileFlags.O_RDONLY), false);
    OpenFiles.install(proc, writeFd, new Filp(Filp.Kind.PIPE, null, pipe, -1, FileFlags.O_WRONLY), false);
    return Reply.of(Errno.OK_VALUE, readFd, writeFd);
  }

  /** A read or write of {@code count} bytes at {@code address} through the pipe open file. */
  static Reply io(Context ctx, Proc proc, Filp filp, boolean write, int address, int count) {
    Pipe pipe = filp.pipe;
    if (pipe == null) {
      throw new FsError(Errno.EBADF);
    }
    Suspension.PipeIo io = new Suspension.PipeIo(filp, pipe, write, address, count, 0);
    int result = write ? tryWrite(ctx, proc, io) : tryRead(ctx, proc, io);
    if (result == BLOCKED) {
      if (filp.nonBlocking()) {
        return io.done > 0 ? Reply.of(io.done) : Reply.error(Errno.EAGAIN);
      }
      proc.suspended = io;
      if (io.done > 0) {
        revive(ctx, pipe);
      }
      return Reply.DEFERRED;
    }
    revive(ctx, pipe);
    return Reply.of(result);
  }

  /** Bytes read, or {@link #BLOCKED}. */
  private static int tryRead(Context ctx, Proc proc, Suspension.PipeIo io) {
    Pipe pipe = io.pipe;
    if (io.count == 0) {
      return 0;
    }
    if (pipe.available() == 0) {
      return pipe.writers == 0 ? 0 : BLOCKED;
    }
    byte[] data = new byte[Math.min(io.count, pipe.available())];
    int taken = pipe.peek(data, data.length);
    ctx.user.copyOut(proc.endpoint, io.address, data, 0, taken);
    pipe.skip(taken);
    return taken;
  }

  /** Bytes written (all of them), a negative error, or {@link #BLOCKED} ({@code io.done} moved). */
  private static int tryWrite(Context ctx, Proc proc, Suspension.PipeIo io) {
    Pipe pipe = io.pipe;
    if (pipe.readers == 0) {
      if (io.done > 0) {
        return io.done;
      }
      ctx.sys.kill(proc.endpoint, Signals.SIGPIPE);
      return Errno.EPIPE.wireValue();
    }
    int remaining = io.count - io.done;
    if (remaining == 0) {
      return io.count;
    }
    int chunk;
    if (io.count <= Limits.PIPE_BUF) {
      if (pipe.free() < remaining) {
        return BLOCKED;
      }
      chunk = remaining;
    } else {
      chunk = Math.min(remaining, pipe.free());
      if (chunk == 0) {
        return BLOCKED;
      }
    }
    byte[] data = ctx.user.copyIn(proc.endpoint, io.address + io.done, chunk);
    pipe.put(data, 0, chunk);
    io.done += chunk;
    return io.done == io.count ? io.count : BLOCKED;
  }

  /** Tries every process waiting on {@code pipe} again, and the selects, until nothing moves. */
  static void revive(Context ctx, Pipe pipe) {
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Proc proc : ctx.procs) {
        if (proc != null
            && proc.suspended instanceof Suspension.PipeIo io
            && io.pipe == pipe
            && continueIo(ctx, proc, io)) {
          moved = true;
        }
      }
    }
    Select.revive(ctx);
  }

  /** Whether the waiting {@code io} made progress (and was answered if it finished). */
  private static boolean continueIo(Context ctx, Proc proc, Suspension.PipeIo io) {
    int before = io.done;
    int result;
    try {
      result = io.write ? tryWrite(ctx, proc, io) : tryRead(ctx, proc, io);
    } catch (FsError e) {
      result = io.done > 0 ? io.done : e.errno().wireValue();
    }
    if (result == BLOCKED) {
      return io.done != before;
    }
    proc.suspended = null;
    ctx.reply(proc.endpoint, Reply.of(result));
    return true;
  }

  /** Whether a read of {@code pipe} would not wait. */
  static boolean readReady(Pipe pipe) {
    return pipe.available() > 0 || pipe.writers == 0;
  }

  /** Whether a write to {@code pipe} would not wait. */
  static boolean writeReady(Pipe pipe) {
    return pipe.free() > 0 || pipe.readers == 0;
  }
}

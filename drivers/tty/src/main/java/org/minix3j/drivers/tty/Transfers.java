package org.minix3j.drivers.tty;

import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.protocol.CharDevice;

/**
 * READ, WRITE, SELECT and CANCEL on the console. A read that cannot be answered at once is
 * left pending (unless O_NONBLOCK: EAGAIN), as is a write whose bytes do not all fit in the
 * output queue; pending requests are served in order by {@link Terminal#progress}.
 *
 * <p>When a read is ready: canonical mode, a completed line; raw mode, VMIN and VTIME as POSIX
 * says (VMIN 0 and VTIME 0: at once, even with nothing; VMIN n: n bytes, or the count if
 * smaller; VTIME t: t tenths of a second, from the read with VMIN 0, between bytes otherwise).
 */
final class Transfers {
  /** Bytes copied per safecopy. */
  static final int CHUNK = 256;

  private final Terminal terminal;
  private final byte[] buffer = new byte[LineDiscipline.RAW_CAPACITY];

  Transfers(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Result of a request: the status, or {@link #SUSPENDED}. */
  static final int SUSPENDED = Integer.MIN_VALUE;

  /** in: w2 grant, w3 count, w5 flags. */
  int read(int caller, int id, int grant, int count, int flags) {
    if (count < 0) {
      return Errno.EINVAL.wireValue();
    }
    Pending read = new Pending(caller, id, grant, count, false);
    if (terminal.reads.isEmpty() && readReady(count)) {
      int result = copyIn(read);
      terminal.disarmTimer();
      return result;
    }
    if ((flags & FileFlags.O_NONBLOCK) != 0) {
      return Errno.EAGAIN.wireValue();
    }
    terminal.reads.add(read);
    terminal.vfs = caller;
    terminal.startTimerForHead();
    return SUSPENDED;
  }

  /** in: w2 grant, w3 count. */
  int write(int caller, int id, int grant, int count, int flags) {
    if (count < 0) {
      return Errno.EINVAL.wireValue();
    }
    Pending write = new Pending(caller, id, grant, count, true);
    if (terminal.writes.isEmpty()) {
      int result = copyOut(write);
      terminal.uart.transmit(terminal.output);
      if (result < 0 && write.done == 0) {
        return result;
      }
      if (result < 0 || write.done == count) {
        return write.done;
      }
    }
    if ((flags & FileFlags.O_NONBLOCK) != 0 && write.done == 0) {
      return Errno.EAGAIN.wireValue();
    }
    if ((flags & FileFlags.O_NONBLOCK) != 0) {
      return write.done;
    }
    terminal.writes.add(write);
    terminal.vfs = caller;
    return SUSPENDED;
  }

  /** Whether a read of {@code count} bytes can be answered now. */
  boolean readReady(int count) {
    Termios termios = terminal.termios;
    if (termios.canonical()) {
      return terminal.line.lineReady();
    }
    int available = terminal.line.rawAvailable();
    int wanted = Math.min(termios.min(), count);
    if (termios.time() == 0) {
      return available >= wanted;
    }
    if (termios.min() == 0) {
      return available > 0 || terminal.timerExpired;
    }
    return available >= wanted || (available > 0 && terminal.timerExpired);
  }

  /** Moves input into the reader's grant; the bytes moved or an error. */
  int copyIn(Pending read) {
    int count = terminal.line.read(buffer, Math.min(read.count, buffer.length));
    if (count == 0) {
      return 0;
    }
    int copied = terminal.sys.safecopyTo(read.caller, read.grant, 0, buffer, 0, count);
    return copied < 0 ? copied : count;
  }

  /** Moves what fits of the writer's bytes into the output queue; 0 or an error. */
  int copyOut(Pending write) {
    while (write.done < write.count) {
      int chunk = Math.min(CHUNK, write.count - write.done);
      int copied = terminal.sys.safecopyFrom(write.caller, write.grant, write.done, buffer, 0, chunk);
      if (copied < 0) {
        return copied;
      }
      int taken = 0;
      while (taken < chunk && terminal.line.roomFor(buffer[taken] & 0xFF)) {
        terminal.line.put(buffer[taken] & 0xFF);
        taken++;
      }
      write.done += taken;
      if (taken < chunk) {
        return 0;
      }
    }
    return 0;
  }

  /** Of {@code operations}, those ready now. */
  int readyOperations(int operations) {
    int ready = 0;
    Termios termios = terminal.termios;
    if ((operations & CharDevice.SELECT_READ) != 0) {
      boolean readable = termios.canonical()
          ? terminal.line.lineReady()
          : terminal.line.rawAvailable() > 0 || (termios.min() == 0 && termios.time() == 0);
      ready |= readable ? CharDevice.SELECT_READ : 0;
    }
    if ((operations & CharDevice.SELECT_WRITE) != 0
        && terminal.writes.isEmpty() && terminal.output.room() > 0) {
      ready |= CharDevice.SELECT_WRITE;
    }
    return ready;
  }

  /** in: w2 operations, w3 1 to be told later. result: the operations ready now. */
  int select(int caller, int operations, boolean watch) {
    int asked = operations & (CharDevice.SELECT_READ | CharDevice.SELECT_WRITE);
    int ready = readyOperations(asked);
    if (watch) {
      terminal.selectWanted |= asked & ~ready;
      terminal.vfs = caller;
    }
    return ready;
  }

  /** The pending request {@code id} ends: EINTR, or the bytes a write already moved. */
  int cancel(int id) {
    for (Pending read : terminal.reads) {
      if (read.id == id) {
        boolean head = read == terminal.reads.peek();
        terminal.reads.remove(read);
        if (head) {
          terminal.disarmTimer();
          terminal.startTimerForHead();
        }
        return Errno.EINTR.wireValue();
      }
    }
    for (Pending write : terminal.writes) {
      if (write.id == id) {
        terminal.writes.remove(write);
        return write.done > 0 ? write.done : Errno.EINTR.wireValue();
      }
    }
    for (Terminal.Drain drain : terminal.drains) {
      if (drain.id() == id) {
        terminal.drains.remove(drain);
        return Errno.EINTR.wireValue();
      }
    }
    for (Terminal.Status status : terminal.statuses) {
      if (status.type() == CharDevice.REVIVE && status.first() == id) {
        terminal.statuses.remove(status); // finished meanwhile: this reply carries the result
        return status.second();
      }
    }
    return Errno.EINTR.wireValue();
  }
}

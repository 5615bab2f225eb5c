package org.minix3j.drivers.tty;

import java.util.ArrayDeque;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.TermiosLayout;
import org.minix3j.abi.protocol.CharDevice;

/**
 * The console's state: settings, line discipline, output queue, the foreground process group,
 * the pending requests, the answers waiting for VFS's STATUS, the signals waiting for PM's
 * TAKE_SIGNAL, the select operations VFS wants to hear about, and the VTIME timer.
 *
 * <p>{@link #progress} is called after everything that may let a pending request go on (a
 * byte typed, the transmitter emptied, the timer, new settings): it completes what it can,
 * queues the REVIVEs and SELECT_READYs, keeps the transmitter busy and NOTIFYs VFS once.
 */
final class Terminal {
  static final int OUTPUT_CAPACITY = 4096;

  /** Signals waiting for PM, at most. */
  static final int SIGNAL_QUEUE = 16;

  /** An answer for VFS's STATUS: the reply type and two words. */
  record Status(int type, int first, int second) {}

  /** A settings change that waits for the output to drain: who asked, and the new settings. */
  static final class Drain {
    private final int caller;
    private final int id;
    private final int request;
    private final byte[] settings;

    Drain(int caller, int id, int request, byte[] settings) {
      this.caller = caller;
      this.id = id;
      this.request = request;
      this.settings = settings;
    }

    int caller() {
      return caller;
    }

    int id() {
      return id;
    }

    int request() {
      return request;
    }

    byte[] settings() {
      return settings;
    }
  }

  /** A signal for PM's TAKE_SIGNAL. */
  record Signal(int signal, int processGroup) {}

  final SystemCalls sys;
  final Termios termios = new Termios();
  final ByteQueue output = new ByteQueue(OUTPUT_CAPACITY);
  final LineDiscipline line = new LineDiscipline(termios, output);
  final Uart uart;
  final ArrayDeque<Pending> reads = new ArrayDeque<>();
  final ArrayDeque<Pending> writes = new ArrayDeque<>();
  /** TCSETSW and TCSETSF requests (tcdrain) waiting for the output to leave the UART. */
  final ArrayDeque<Drain> drains = new ArrayDeque<>();
  final ArrayDeque<Status> statuses = new ArrayDeque<>();
  final ArrayDeque<Signal> signals = new ArrayDeque<>();
  int foreground;
  int vfs = Endpoint.of(SystemSlots.VFS, 0);
  int selectWanted;
  boolean timerArmed;
  boolean timerExpired;
  private boolean notifyDue;

  Terminal(SystemCalls sys, TtyConfig config) {
    this.sys = sys;
    this.uart = new Uart(sys, config.uartPort());
  }

  /** A byte arrived from the UART. */
  void received(int value) {
    line.receive(value, this::raise);
    Pending head = reads.peek();
    if (head != null && !termios.canonical() && termios.time() > 0 && termios.min() > 0) {
      armTimer(); // VTIME is an inter-byte timer when VMIN > 0
    }
  }

  /** Raises {@code signal} for the foreground group: PM is told and takes it. */
  void raise(int signal) {
    if (foreground > 0 && signals.size() < SIGNAL_QUEUE) {
      signals.add(new Signal(signal, foreground));
      sys.notify(Endpoint.of(SystemSlots.PM, 0));
    }
  }

  /** The next signal for PM, or null. */
  @Nullable Signal takeSignal() {
    return signals.poll();
  }

  void revive(Pending pending, int status) {
    statuses.add(new Status(CharDevice.REVIVE, pending.id, status));
    vfs = pending.caller;
    notifyDue = true;
  }

  void armTimer() {
    timerExpired = false;
    timerArmed = true;
    long ticks = Math.max(1, (long) termios.time() * sys.ticksPerSecond() / 10);
    sys.setAlarm(ticks, false);
  }

  void disarmTimer() {
    if (timerArmed) {
      sys.setAlarm(0, false);
    }
    timerArmed = false;
    timerExpired = false;
  }

  /** The VTIME alarm rang. */
  void timerExpired() {
    if (timerArmed) {
      timerArmed = false;
      timerExpired = true;
    }
  }

  /** Completes what can be completed now; see the class comment. */
  void progress(Transfers transfers) {
    while (!reads.isEmpty()) {
      Pending read = reads.getFirst();
      if (!transfers.readReady(read.count)) {
        break;
      }
      reads.removeFirst();
      disarmTimer();
      revive(read, transfers.copyIn(read));
      startTimerForHead();
    }
    while (!writes.isEmpty()) {
      Pending write = writes.getFirst();
      int result = transfers.copyOut(write);
      if (result >= 0 && write.done < write.count) {
        break;
      }
      writes.removeFirst();
      revive(write, result < 0 && write.done == 0 ? result : write.done);
    }
    uart.transmit(output);
    while (!drains.isEmpty() && output.isEmpty() && writes.isEmpty() && uart.transmitterIdle()) {
      Drain drain = drains.removeFirst();
      statuses.add(new Status(CharDevice.REVIVE, drain.id(), applySettings(drain.request(), drain.settings())));
      vfs = drain.caller();
      notifyDue = true;
    }
    if (selectWanted != 0) {
      int ready = transfers.readyOperations(selectWanted);
      if (ready != 0) {
        statuses.add(new Status(CharDevice.SELECT_READY, Devices.CONSOLE_MINOR, ready));
        selectWanted &= ~ready;
        notifyDue = true;
      }
    }
    if (notifyDue) {
      notifyDue = false;
      sys.notify(vfs);
    }
  }

  /** Whether a settings change must wait for output: some is still queued or on the wire. */
  boolean outputPending() {
    return !output.isEmpty() || !writes.isEmpty() || !drains.isEmpty() || !uart.transmitterIdle();
  }

  /** Takes {@code settings} (a termios) as the new settings; TCSETSF also flushes the input. */
  int applySettings(int request, byte[] settings) {
    boolean wasCanonical = termios.canonical();
    termios.decode(settings);
    if (request == TermiosLayout.TCSETSF) {
      line.flushInput();
    }
    line.modeChanged(wasCanonical);
    disarmTimer();
    startTimerForHead();
    return Errno.OK_VALUE;
  }

  /** A raw read with VMIN 0 and VTIME set times out from the moment it waits. */
  void startTimerForHead() {
    if (!reads.isEmpty() && !termios.canonical() && termios.time() > 0 && termios.min() == 0
        && !timerArmed) {
      armTimer();
    }
  }
}

package org.minix3j.servers.pm.signal;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SignalFrame;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.posix.WaitStatus;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.servers.pm.ipc.Peers;
import org.minix3j.servers.pm.table.Blocked;
import org.minix3j.servers.pm.table.PmProcess;
import org.minix3j.servers.pm.table.ProcessTable;

/**
 * Raising and delivering signals (MINIX's sig_proc and friends): a raised signal is pending
 * until it is not blocked; then its action runs. Default actions end, stop or continue the
 * process; a handler runs through SYS_SIGSEND, which needs the process out of IPC: a process
 * blocked in PM gets its EINTR reply first; one that may be blocked in VFS is unpaused
 * (PmToVfs.UNPAUSE); the caller of the call PM is handling gets its signals right after its
 * reply. A handler that still cannot be delivered stays pending and is retried on the next
 * clock tick ({@link #retryStuck}).
 *
 * <p>Invariants: SIGKILL and SIGSTOP are never blocked, caught or ignored; an ignored signal
 * is discarded when raised; a stopped process runs no handler until continued; a process is
 * stopped by PM exactly when the kernel holds it stopped with SYS_KILL (until SYS_ENDKSIG).
 */
public final class SignalDelivery {
  private enum Outcome {
    DELIVERED,
    LATER,
    STUCK,
    KILLED
  }

  private final SystemCalls sys;
  private final ProcessTable table;
  private final Peers peers;
  private @Nullable ProcessLife life;
  private int currentCaller = Endpoint.NONE;

  public SignalDelivery(SystemCalls sys, ProcessTable table, Peers peers) {
    this.sys = sys;
    this.table = table;
    this.peers = peers;
  }

  /** Connects delivery to fork/exit (they depend on each other: SIGCHLD, death by signal). */
  public void bind(ProcessLife processLife) {
    this.life = processLife;
  }

  /** PM handles a call of {@code endpoint}: its handlers wait until its reply is sent. */
  public void beginCall(int endpoint) {
    currentCaller = endpoint;
  }

  /** The call is answered (or deferred). */
  public void endCall() {
    currentCaller = Endpoint.NONE;
  }

  /** Raises {@code signal} for {@code process} (kill, alarm, a terminal, SIGCHLD). */
  public void raise(PmProcess process, int signal) {
    if (!process.alive() || !DefaultAction.valid(signal)) {
      return;
    }
    int bit = DefaultAction.bit(signal);
    if (signal == Signals.SIGCONT) {
      continueProcess(process);
    }
    if ((bit & DefaultAction.STOP_SIGNALS) != 0) {
      process.pendingSignals &= ~DefaultAction.bit(Signals.SIGCONT);
    }
    if (ignored(process, signal)) {
      if (signal == Signals.SIGCONT) {
        deliverPending(process); // what waited for the stop to end
      }
      return;
    }
    process.pendingSignals |= bit;
    deliverPending(process);
  }

  /**
   * A CPU exception ({@code signal} from the kernel) of a process the kernel holds stopped: a
   * handler that is caught and not blocked runs; otherwise the process dies of the signal.
   */
  public void fault(PmProcess process, int signal) {
    if (!process.alive() || !DefaultAction.valid(signal)) {
      return;
    }
    int bit = DefaultAction.bit(signal);
    if (caught(process, signal) && (process.signalMask & bit) == 0) {
      process.pendingSignals |= bit;
      Outcome outcome = runHandler(process, signal);
      if (outcome == Outcome.DELIVERED || outcome == Outcome.KILLED) {
        return;
      }
      process.pendingSignals &= ~bit;
    }
    boolean core = DefaultAction.of(signal) == DefaultAction.CORE;
    life().terminate(process, WaitStatus.signaled(signal) | (core ? 0x80 : 0));
  }

  /** Runs the action of every pending signal of {@code process} that is not blocked. */
  public void deliverPending(PmProcess process) {
    process.deliveryStuck = false;
    boolean handlersWait = false;
    for (int signal = 1; signal < Signals.NSIG && process.alive(); signal++) {
      int bit = DefaultAction.bit(signal);
      boolean blocked = (process.signalMask & bit & ~DefaultAction.UNBLOCKABLE) != 0;
      if ((process.pendingSignals & bit) == 0 || blocked) {
        continue;
      }
      if (!caught(process, signal)) {
        process.pendingSignals &= ~bit;
        if (!ignored(process, signal)) {
          applyDefault(process, signal);
        }
      } else if (!handlersWait && !process.stopped) {
        Outcome outcome = runHandler(process, signal);
        if (outcome == Outcome.STUCK) {
          process.deliveryStuck = true;
        }
        handlersWait = outcome == Outcome.LATER || outcome == Outcome.STUCK;
      }
    }
  }

  /** Tries again the handlers that could not be delivered (called on a clock tick). */
  public void retryStuck() {
    for (int slot = SystemSlots.FIRST_USER; slot < SystemSlots.TABLE_SIZE; slot++) {
      PmProcess process = table.slot(slot);
      if (process.alive() && process.deliveryStuck) {
        deliverPending(process);
      }
    }
  }

  /** SIGCONT's effect: a stopped process runs again; pending stop signals are discarded. */
  public void continueProcess(PmProcess process) {
    process.pendingSignals &= ~DefaultAction.STOP_SIGNALS;
    if (!process.stopped) {
      return;
    }
    process.stopped = false;
    process.stopReported = false;
    int unused = sys.endKernelSignals(process.endpoint);
  }

  /** Whether {@code signal} has a handler in {@code process}. */
  public static boolean caught(PmProcess process, int signal) {
    if (signal == Signals.SIGKILL || signal == Signals.SIGSTOP) {
      return false;
    }
    int handler = process.handlers[signal];
    return handler != Signals.SIG_DFL && handler != Signals.SIG_IGN;
  }

  /** Whether raising {@code signal} would do nothing (SIG_IGN, or a default of ignore/continue). */
  public static boolean ignored(PmProcess process, int signal) {
    if (signal == Signals.SIGKILL || signal == Signals.SIGSTOP) {
      return false;
    }
    int handler = process.handlers[signal];
    if (handler == Signals.SIG_IGN) {
      return true;
    }
    DefaultAction action = DefaultAction.of(signal);
    return handler == Signals.SIG_DFL
        && (action == DefaultAction.IGNORE || action == DefaultAction.CONTINUE);
  }

  private void applyDefault(PmProcess process, int signal) {
    switch (DefaultAction.of(signal)) {
      case TERMINATE -> life().terminate(process, WaitStatus.signaled(signal));
      case CORE -> life().terminate(process, WaitStatus.signaled(signal) | 0x80);
      case STOP -> stop(process, signal);
      case IGNORE, CONTINUE -> {}
    }
  }

  private void stop(PmProcess process, int signal) {
    if (process.stopped) {
      return;
    }
    int unused = sys.kill(process.endpoint, Signals.SIGSTOP);
    process.stopped = true;
    process.stopSignal = signal;
    process.stopReported = false;
    life().reportStop(process);
  }

  private Outcome runHandler(PmProcess process, int signal) {
    if (process.blocked == Blocked.NONE && process.endpoint == currentCaller) {
      return Outcome.LATER;
    }
    int frameMask = process.signalMask;
    boolean wasSuspended = process.blocked == Blocked.SIGSUSPENDED;
    if (wasSuspended) {
      frameMask = process.savedMask;
    }
    if (process.blocked != Blocked.NONE) {
      interruptBlocked(process);
    }
    SignalFrame.Delivery delivery =
        new SignalFrame.Delivery(signal, process.handlers[signal], process.trampoline, frameMask);
    int result = sys.sigsend(process.endpoint, delivery);
    if (result == Errno.EBUSY.wireValue()) {
      int unused = peers.vfs(PmToVfs.UNPAUSE, process.endpoint);
      result = sys.sigsend(process.endpoint, delivery);
    }
    if (result == Errno.EBUSY.wireValue()) {
      if (wasSuspended) {
        process.signalMask = process.savedMask;
      }
      return Outcome.STUCK;
    }
    int bit = DefaultAction.bit(signal);
    process.pendingSignals &= ~bit;
    if (result < 0) {
      // No room for the frame (a bad stack): the process dies as MINIX's does.
      life().terminate(process, WaitStatus.signaled(Signals.SIGSEGV) | 0x80);
      return Outcome.KILLED;
    }
    int flags = process.actionFlags[signal];
    int mask = process.signalMask | process.actionMasks[signal];
    if ((flags & Signals.SA_NODEFER) == 0) {
      mask |= bit;
    }
    process.signalMask = mask & ~DefaultAction.UNBLOCKABLE;
    if ((flags & Signals.SA_RESETHAND) != 0) {
      process.handlers[signal] = Signals.SIG_DFL;
      process.actionFlags[signal] = 0;
      process.actionMasks[signal] = 0;
    }
    return Outcome.DELIVERED;
  }

  /** Ends the wait of a process blocked in PM with EINTR (nanosleep: with the time left). */
  private void interruptBlocked(PmProcess process) {
    Message reply = new Message();
    reply.setType(Errno.EINTR.wireValue());
    if (process.blocked == Blocked.SLEEPING) {
      long hertz = Math.max(1, sys.ticksPerSecond());
      long left = Math.max(0, process.sleepDeadline - Math.max(0, sys.uptime()));
      reply.setPayload(0, (int) (left / hertz));
      reply.setPayload(1, (int) ((left % hertz) * 1_000_000_000L / hertz));
    }
    process.blocked = Blocked.NONE;
    process.sleepDeadline = 0;
    peers.reply(process.endpoint, reply);
  }

  private ProcessLife life() {
    ProcessLife bound = life;
    if (bound == null) {
      throw new IllegalStateException("signal delivery used before bind()");
    }
    return bound;
  }
}

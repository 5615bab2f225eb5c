package org.minix3j.servers.pm.signal;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Signals;
import org.minix3j.servers.pm.Reply;
import org.minix3j.servers.pm.table.Blocked;
import org.minix3j.servers.pm.table.PmProcess;
import org.minix3j.servers.pm.table.ProcessTable;

/**
 * The signal calls of user programs (MINIX's signal.c): kill, sigaction, sigprocmask,
 * sigpending, sigsuspend, sigreturn and pause. Delivery itself is {@link SignalDelivery}'s; the
 * main loop delivers the caller's own newly deliverable signals once its reply is sent.
 *
 * <p>Permission to signal (kill): the sender is root (effective uid 0), or its real or
 * effective uid is the target's real or effective uid, or the signal is SIGCONT within its
 * session. kill(-1) reaches every permitted process but init and the caller.
 */
public final class SignalCalls {
  private final SystemCalls sys;
  private final ProcessTable table;
  private final SignalDelivery delivery;

  public SignalCalls(SystemCalls sys, ProcessTable table, SignalDelivery delivery) {
    this.sys = sys;
    this.table = table;
    this.delivery = delivery;
  }

  /** KILL: w0 pid (&gt;0, 0, -1, &lt;-1), w1 signal (0: check only). */
  public Reply kill(PmProcess caller, Message request, Message reply) {
    int pid = request.payload(0);
    int signal = request.payload(1);
    if (signal != 0 && !DefaultAction.valid(signal)) {
      return Reply.of(Errno.EINVAL.wireValue());
    }
    if (pid == Integer.MIN_VALUE) {
      return Reply.of(Errno.ESRCH.wireValue());
    }
    int found = 0;
    int permitted = 0;
    for (int slot = SystemSlots.FIRST_USER; slot < SystemSlots.TABLE_SIZE; slot++) {
      PmProcess target = table.slot(slot);
      if (!target.inUse || !selected(caller, target, pid)) {
        continue;
      }
      found++;
      if (!mayKill(caller, target, signal)) {
        continue;
      }
      permitted++;
      if (signal != 0 && target.alive()) {
        delivery.raise(target, signal);
      }
    }
    if (found == 0) {
      return Reply.of(Errno.ESRCH.wireValue());
    }
    return Reply.of(permitted == 0 ? Errno.EPERM.wireValue() : 0);
  }

  /**
   * SIGACTION: w0 signal, w1 1 if a new action is given, w2 handler, w3 mask, w4 flags, w5
   * trampoline. out: w0 old handler, w1 old mask, w2 old flags.
   */
  public Reply sigaction(PmProcess caller, Message request, Message reply) {
    int signal = request.payload(0);
    boolean change = request.payload(1) != 0;
    if (!DefaultAction.valid(signal)
        || (change && (signal == Signals.SIGKILL || signal == Signals.SIGSTOP))) {
      return Reply.of(Errno.EINVAL.wireValue());
    }
    reply.setPayload(0, caller.handlers[signal]);
    reply.setPayload(1, caller.actionMasks[signal]);
    reply.setPayload(2, caller.actionFlags[signal]);
    if (change) {
      int handler = request.payload(2);
      caller.handlers[signal] = handler;
      caller.actionMasks[signal] = request.payload(3) & ~DefaultAction.UNBLOCKABLE;
      caller.actionFlags[signal] = request.payload(4);
      if (handler != Signals.SIG_DFL && handler != Signals.SIG_IGN && request.payload(5) != 0) {
        caller.trampoline = request.payload(5);
      }
      if (SignalDelivery.ignored(caller, signal)) {
        caller.pendingSignals &= ~DefaultAction.bit(signal);
      }
    }
    return Reply.ok();
  }

  /** SIGPROCMASK: w0 how, w1 1 if a set is given, w2 set. out: w0 the old mask. */
  public Reply sigprocmask(PmProcess caller, Message request, Message reply) {
    int old = caller.signalMask;
    if (request.payload(1) != 0) {
      int set = request.payload(2);
      int mask;
      switch (request.payload(0)) {
        case Signals.SIG_BLOCK -> mask = old | set;
        case Signals.SIG_UNBLOCK -> mask = old & ~set;
        case Signals.SIG_SETMASK -> mask = set;
        default -> {
          return Reply.of(Errno.EINVAL.wireValue());
        }
      }
      caller.signalMask = mask & ~DefaultAction.UNBLOCKABLE & ~1;
    }
    reply.setPayload(0, old);
    return Reply.ok();
  }

  /** SIGPENDING: out w0 the pending set. */
  public Reply sigpending(PmProcess caller, Message request, Message reply) {
    reply.setPayload(0, caller.pendingSignals);
    return Reply.ok();
  }

  /** SIGSUSPEND: w0 the mask to wait with; answered EINTR once a handler runs. */
  public Reply sigsuspend(PmProcess caller, Message request, Message reply) {
    caller.savedMask = caller.signalMask;
    caller.signalMask = request.payload(0) & ~DefaultAction.UNBLOCKABLE & ~1;
    caller.blocked = Blocked.SIGSUSPENDED;
    return Reply.DEFERRED;
  }

  /** PAUSE: answered EINTR once a handler runs. */
  public Reply pause(PmProcess caller, Message request, Message reply) {
    caller.blocked = Blocked.PAUSED;
    return Reply.DEFERRED;
  }

  /** SIGRETURN: w0 the context's address; the registers and the mask come back. */
  public Reply sigreturn(PmProcess caller, Message request, Message reply) {
    long mask = sys.sigreturn(caller.endpoint, request.payload(0));
    if (mask < 0) {
      return Reply.of((int) mask);
    }
    caller.signalMask = (int) mask & ~DefaultAction.UNBLOCKABLE & ~1;
    return Reply.ok();
  }

  /** Whether kill's {@code pid} argument from {@code caller} names {@code target}. */
  private static boolean selected(PmProcess caller, PmProcess target, int pid) {
    if (pid > 0) {
      return target.pid == pid;
    }
    if (pid == 0) {
      return target.pgid == caller.pgid;
    }
    if (pid == -1) {
      return target.pid != ProcessTable.INIT_PID && target != caller;
    }
    return target.pgid == -pid;
  }

  private static boolean mayKill(PmProcess caller, PmProcess target, int signal) {
    // The target's effective uid stands for its saved set-user-id (equal after an exec).
    return caller.effectiveUid == 0
        || caller.realUid == target.realUid
        || caller.effectiveUid == target.realUid
        || caller.realUid == target.effectiveUid
        || caller.effectiveUid == target.effectiveUid
        || (signal == Signals.SIGCONT && caller.sid == target.sid);
  }
}

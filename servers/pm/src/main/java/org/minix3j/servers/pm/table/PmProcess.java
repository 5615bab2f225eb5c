package org.minix3j.servers.pm.table;

import java.util.Arrays;
import org.minix3j.abi.posix.Signals;

/**
 * One slot of PM's process table (MINIX's mproc): identity, family, ids, the state of the
 * process as PM sees it, and its signal state. The object of a slot lives as long as PM; a
 * slot is free when {@link #inUse} is false, and {@link #reset()} clears it for reuse.
 *
 * <p>Invariants: a zombie has no pending signals, is not stopped and not blocked; a process
 * blocked in PM waits in a SENDREC to PM, so PM may (and must, eventually) send it exactly one
 * reply; {@link #signalMask} never holds SIGKILL or SIGSTOP.
 */
public final class PmProcess {
  /** The slot in the kernel's process table (also this entry's index). */
  public final int slot;

  // Identity and family.
  public boolean inUse;
  public boolean zombie;
  public int endpoint;
  public int pid;
  /** The parent's slot, or -1 (init, or an orphan of a dead init). */
  public int parentSlot = -1;
  public int pgid;
  public int sid;
  public String name = "";
  /** Whether it ran exec since its fork (setpgid by its parent then gives EACCES). */
  public boolean execed;

  // Credentials.
  public int realUid;
  public int effectiveUid;
  public int realGid;
  public int effectiveGid;

  // Life cycle.
  /** The wait status once it is a zombie (posix.WaitStatus encoding). */
  public int exitStatus;
  public boolean stopped;
  public int stopSignal;
  /** Whether a waitpid with WUNTRACED already reported the current stop. */
  public boolean stopReported;
  public Blocked blocked = Blocked.NONE;
  public int waitPid;
  public int waitOptions;
  /** The mask sigsuspend replaced, given back when a handler interrupts it. */
  public int savedMask;
  /** Uptime tick at which nanosleep ends. */
  public long sleepDeadline;
  /** Uptime tick of the pending alarm, 0 for none. */
  public long alarmDeadline;

  // Signals.
  public int signalMask;
  public int pendingSignals;
  public final int[] handlers = new int[Signals.NSIG];
  public final int[] actionMasks = new int[Signals.NSIG];
  public final int[] actionFlags = new int[Signals.NSIG];
  /** The C library's sigreturn trampoline, as sigaction last gave it. */
  public int trampoline;
  /** A caught signal could not be delivered yet (the process was blocked in IPC). */
  public boolean deliveryStuck;

  // Accounting (clock ticks of the kernel's clock).
  public long userTicks;
  public long systemTicks;
  public long childUserTicks;
  public long childSystemTicks;

  public PmProcess(int slot) {
    this.slot = slot;
  }

  /** Frees the slot: every field back to its initial value. */
  public void reset() {
    inUse = false;
    zombie = false;
    endpoint = 0;
    pid = 0;
    parentSlot = -1;
    pgid = 0;
    sid = 0;
    name = "";
    execed = false;
    realUid = 0;
    effectiveUid = 0;
    realGid = 0;
    effectiveGid = 0;
    exitStatus = 0;
    stopped = false;
    stopSignal = 0;
    stopReported = false;
    blocked = Blocked.NONE;
    waitPid = 0;
    waitOptions = 0;
    savedMask = 0;
    sleepDeadline = 0;
    alarmDeadline = 0;
    signalMask = 0;
    pendingSignals = 0;
    Arrays.fill(handlers, Signals.SIG_DFL);
    Arrays.fill(actionMasks, 0);
    Arrays.fill(actionFlags, 0);
    trampoline = 0;
    deliveryStuck = false;
    userTicks = 0;
    systemTicks = 0;
    childUserTicks = 0;
    childSystemTicks = 0;
  }

  /** Whether the process exists and has not exited. */
  public boolean alive() {
    return inUse && !zombie;
  }

  /** A fork's child in this slot: the parent's ids, group, session, actions and mask. */
  public void forkFrom(PmProcess parent, int childEndpoint, int childPid) {
    reset();
    inUse = true;
    endpoint = childEndpoint;
    pid = childPid;
    parentSlot = parent.slot;
    pgid = parent.pgid;
    sid = parent.sid;
    name = parent.name;
    realUid = parent.realUid;
    effectiveUid = parent.effectiveUid;
    realGid = parent.realGid;
    effectiveGid = parent.effectiveGid;
    signalMask = parent.signalMask;
    System.arraycopy(parent.handlers, 0, handlers, 0, handlers.length);
    System.arraycopy(parent.actionMasks, 0, actionMasks, 0, actionMasks.length);
    System.arraycopy(parent.actionFlags, 0, actionFlags, 0, actionFlags.length);
    trampoline = parent.trampoline;
  }

  @Override
  public String toString() {
    return "process[slot=" + slot + ", pid=" + pid + ", " + name + "]";
  }
}

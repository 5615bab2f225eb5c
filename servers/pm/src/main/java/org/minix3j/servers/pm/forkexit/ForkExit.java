package org.minix3j.servers.pm.forkexit;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.ProcessTimes;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.posix.WaitStatus;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.abi.protocol.VmCalls;
import org.minix3j.servers.pm.PmConfiguration;
import org.minix3j.servers.pm.Reply;
import org.minix3j.servers.pm.ipc.Peers;
import org.minix3j.servers.pm.signal.ProcessLife;
import org.minix3j.servers.pm.signal.SignalDelivery;
import org.minix3j.servers.pm.table.Blocked;
import org.minix3j.servers.pm.table.PmProcess;
import org.minix3j.servers.pm.table.ProcessTable;

/**
 * FORK, EXIT and WAITPID, and the end of a process however it comes (MINIX's forkexit.c).
 *
 * <p>Fork: a free slot and pid (EAGAIN past the process limits), VM copies the address space,
 * SYS_FORK makes the child (its FORK answered with 0), VFS copies the descriptors. Exit: the
 * kernel removes the process (SYS_EXIT), VFS closes its descriptors, VM frees its memory; the
 * entry stays a zombie until its parent waits; its children go to init; the parent is woken
 * if it waits for it, and gets SIGCHLD. Every step tolerates a peer that is already gone.
 */
public final class ForkExit implements ProcessLife {
  private final SystemCalls sys;
  private final ProcessTable table;
  private final Peers peers;
  private final SignalDelivery signals;
  private final PmConfiguration config;

  public ForkExit(
      SystemCalls sys,
      ProcessTable table,
      Peers peers,
      SignalDelivery signals,
      PmConfiguration config) {
    this.sys = sys;
    this.table = table;
    this.peers = peers;
    this.signals = signals;
    this.config = config;
  }

  /** FORK: result the child's pid (0 in the child, through SYS_FORK). */
  public Reply fork(PmProcess parent, Message request, Message reply) {
    if (table.count() >= config.maxUserProcesses()) {
      return Reply.of(Errno.EAGAIN.wireValue());
    }
    if (parent.realUid != 0 && table.countOfUser(parent.realUid) >= config.childMax()) {
      return Reply.of(Errno.EAGAIN.wireValue());
    }
    int slot = table.freeSlot();
    if (slot < 0) {
      return Reply.of(Errno.EAGAIN.wireValue());
    }
    Message memory = peers.vm(VmCalls.FORK, parent.endpoint, slot);
    if (memory.type() < 0) {
      return Reply.of(memory.type() == Errno.ENOMEM.wireValue() ? memory.type()
          : Errno.EAGAIN.wireValue());
    }
    int pageDirectory = memory.payload(0);
    int childEndpoint = sys.fork(parent.endpoint, slot, pageDirectory, Message.of(0));
    if (childEndpoint < 0) {
      // The kernel refused: VM (which keys its tables by slot) frees the copy.
      Message unused = peers.vm(VmCalls.EXIT, Endpoint.of(slot, 0));
      return Reply.of(Errno.EAGAIN.wireValue());
    }
    int pid = table.allocatePid();
    PmProcess child = table.slot(slot);
    child.forkFrom(parent, childEndpoint, pid);
    int unused = peers.vfs(PmToVfs.FORK, parent.endpoint, childEndpoint, pid);
    return Reply.of(pid);
  }

  /** EXIT: w0 the status; no reply. */
  public Reply exit(PmProcess caller, Message request, Message reply) {
    terminate(caller, WaitStatus.exited(request.payload(0)));
    return Reply.NONE;
  }

  /** WAITPID: w0 pid, w1 options; result the pid reaped, out w0 its status. */
  public Reply waitpid(PmProcess caller, Message request, Message reply) {
    int pid = request.payload(0);
    int options = request.payload(1);
    if ((options & ~(WaitStatus.WNOHANG | WaitStatus.WUNTRACED)) != 0
        || pid == Integer.MIN_VALUE) {
      return Reply.of(Errno.EINVAL.wireValue());
    }
    boolean anyChild = false;
    for (int slot = SystemSlots.FIRST_USER; slot < SystemSlots.TABLE_SIZE; slot++) {
      PmProcess child = table.slot(slot);
      if (!child.inUse || !matches(caller, child, pid)) {
        continue;
      }
      anyChild = true;
      if (child.zombie) {
        reply.setPayload(0, child.exitStatus);
        return Reply.of(reap(caller, child));
      }
      if (child.stopped && !child.stopReported && (options & WaitStatus.WUNTRACED) != 0) {
        child.stopReported = true;
        reply.setPayload(0, WaitStatus.stopped(child.stopSignal));
        return Reply.of(child.pid);
      }
    }
    if (!anyChild) {
      return Reply.of(Errno.ECHILD.wireValue());
    }
    if ((options & WaitStatus.WNOHANG) != 0) {
      reply.setPayload(0, 0);
      return Reply.ok();
    }
    caller.blocked = Blocked.WAITING;
    caller.waitPid = pid;
    caller.waitOptions = options;
    return Reply.DEFERRED;
  }

  // spec: none (MINIX's exit_proc and mproc's zombie state)
  @Override
  public void terminate(PmProcess process, int status) {
    if (!process.alive()) {
      return;
    }
    ProcessTimes times = sys.times(process.endpoint);
    if (times.result() >= 0) {
      process.userTicks = times.userTicks();
      process.systemTicks = times.systemTicks();
    }
    int endpoint = process.endpoint;
    int unusedExit = sys.exit(endpoint);
    int unusedVfs = peers.vfs(PmToVfs.EXIT, endpoint);
    Message unusedVm = peers.vm(VmCalls.EXIT, endpoint);
    process.zombie = true;
    process.exitStatus = status;
    process.blocked = Blocked.NONE;
    process.stopped = false;
    process.pendingSignals = 0;
    process.deliveryStuck = false;
    process.alarmDeadline = 0;
    process.sleepDeadline = 0;
    PmProcess init = table.init();
    boolean initAdopts = process != init && init.alive();
    for (int slot = SystemSlots.FIRST_USER; slot < SystemSlots.TABLE_SIZE; slot++) {
      PmProcess child = table.slot(slot);
      if (child.inUse && child.parentSlot == process.slot && child != process) {
        child.parentSlot = initAdopts ? init.slot : -1;
        if (child.zombie) {
          childEnded(child);
        }
      }
    }
    childEnded(process);
  }

  @Override
  public void reportStop(PmProcess process) {
    @Nullable PmProcess parent = parentOf(process);
    if (parent == null) {
      return;
    }
    if (parent.blocked == Blocked.WAITING
        && (parent.waitOptions & WaitStatus.WUNTRACED) != 0
        && matches(parent, process, parent.waitPid)) {
      process.stopReported = true;
      Message reply = new Message();
      reply.setType(process.pid);
      reply.setPayload(0, WaitStatus.stopped(process.stopSignal));
      parent.blocked = Blocked.NONE;
      peers.reply(parent.endpoint, reply);
    }
    if ((parent.actionFlags[Signals.SIGCHLD] & Signals.SA_NOCLDSTOP) == 0) {
      signals.raise(parent, Signals.SIGCHLD);
    }
  }

  /** A zombie {@code child}: its waiting parent reaps it, or gets SIGCHLD; no parent frees it. */
  private void childEnded(PmProcess child) {
    @Nullable PmProcess parent = parentOf(child);
    if (parent == null) {
      if (child != table.init()) {
        child.reset();
      }
      return;
    }
    if (parent.handlers[Signals.SIGCHLD] == Signals.SIG_IGN) {
      // POSIX (XSI): children of a parent ignoring SIGCHLD leave no zombie; a wait for them
      // ends with ECHILD once none is left.
      int unused = reap(parent, child);
      if (parent.blocked == Blocked.WAITING && !hasChild(parent, parent.waitPid)) {
        parent.blocked = Blocked.NONE;
        peers.replyResult(parent.endpoint, Errno.ECHILD.wireValue());
      }
      return;
    }
    if (parent.blocked == Blocked.WAITING && matches(parent, child, parent.waitPid)) {
      Message reply = new Message();
      reply.setPayload(0, child.exitStatus);
      reply.setType(reap(parent, child));
      parent.blocked = Blocked.NONE;
      peers.reply(parent.endpoint, reply);
    }
    signals.raise(parent, Signals.SIGCHLD);
  }

  private boolean hasChild(PmProcess parent, int pid) {
    for (int slot = SystemSlots.FIRST_USER; slot < SystemSlots.TABLE_SIZE; slot++) {
      PmProcess child = table.slot(slot);
      if (child.inUse && matches(parent, child, pid)) {
        return true;
      }
    }
    return false;
  }

  /** Frees the zombie {@code child}, adding its times to {@code parent}'s; returns its pid. */
  private int reap(PmProcess parent, PmProcess child) {
    int pid = child.pid;
    parent.childUserTicks += child.userTicks + child.childUserTicks;
    parent.childSystemTicks += child.systemTicks + child.childSystemTicks;
    child.reset();
    return pid;
  }

  private @Nullable PmProcess parentOf(PmProcess process) {
    if (process.parentSlot < 0) {
      return null;
    }
    PmProcess parent = table.slot(process.parentSlot);
    return parent.alive() ? parent : null;
  }

  /** Whether waitpid's {@code pid} argument of {@code parent} names {@code child}. */
  static boolean matches(PmProcess parent, PmProcess child, int pid) {
    if (child.parentSlot != parent.slot) {
      return false;
    }
    if (pid == -1) {
      return true;
    }
    if (pid > 0) {
      return child.pid == pid;
    }
    return pid == 0 ? child.pgid == parent.pgid : child.pgid == -pid;
  }
}

package org.minix3j.kernel.system;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.Message;
import org.minix3j.abi.PortRequest;
import org.minix3j.abi.ProcessInfo;
import org.minix3j.abi.ProcessTimes;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SignalFrame;
import org.minix3j.abi.SystemCalls;
import org.minix3j.kernel.exec.Suspender;
import org.minix3j.kernel.ipc.Ipc;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.run.KernelEntries;

/**
 * The {@link SystemCalls} handle of one Java system process: each call is a kernel entry made
 * for that process's slot, checked in the kernel exactly as an i386 trap is. A call that
 * blocks suspends the process's coroutine until the kernel makes it runnable again with its
 * result; a call that completes returns at once, unless the kernel asks the process to give
 * the turn away (quantum used up, a process of higher priority ready, the run's end), which is
 * the only place a Java process is ever preempted.
 *
 * <p>Invariant: only the process itself, while it is the running process, may use its handle;
 * anything else is an {@link IllegalStateException} in the misusing body.
 */
final class CheckedHandle implements SystemCalls {
  private final ProcessSlot slot;
  private final int endpoint;
  private final KernelEntries kernel;
  private @Nullable Suspender suspender;

  CheckedHandle(ProcessSlot slot, KernelEntries kernel) {
    this.slot = slot;
    this.endpoint = slot.endpoint();
    this.kernel = kernel;
  }

  /** The coroutine started: from now on the handle can suspend it. */
  void start(Suspender coroutineSuspender) {
    suspender = coroutineSuspender;
  }

  @Override
  public int endpoint() {
    return endpoint;
  }

  @Override
  public int send(int destination, Message message) {
    checkCaller();
    message.copyTo(slot.message());
    return ipc(IpcFunction.SEND, destination, null);
  }

  @Override
  public int receive(int source, Message into) {
    checkCaller();
    return ipc(IpcFunction.RECEIVE, source, into);
  }

  @Override
  public int sendrec(int destination, Message message) {
    checkCaller();
    message.copyTo(slot.message());
    return ipc(IpcFunction.SENDREC, destination, message);
  }

  @Override
  public int notify(int destination) {
    checkCaller();
    return ipc(IpcFunction.NOTIFY, destination, null);
  }

  private int ipc(IpcFunction function, int peer, @Nullable Message into) {
    int result = kernel.ipc(slot, function.number(), peer);
    if (result == Ipc.BLOCKED) {
      suspend();
      result = slot.result();
    } else {
      yieldIfAsked();
    }
    if (result == Errno.OK_VALUE && into != null) {
      into.copyFrom(slot.message());
    }
    return result;
  }

  @Override
  public long inPort(int port, int width) {
    checkCaller();
    return after(kernel.devio(slot, port, width, false, 0));
  }

  @Override
  public int outPort(int port, int width, int value) {
    checkCaller();
    return (int) after(kernel.devio(slot, port, width, true, value));
  }

  @Override
  public int irqctl(int line, boolean enable) {
    checkCaller();
    return (int) after(kernel.irqctl(slot, line, enable));
  }

  @Override
  public long setAlarm(long ticks, boolean absolute) {
    checkCaller();
    return after(kernel.setAlarm(slot, ticks, absolute));
  }

  @Override
  public long uptime() {
    checkCaller();
    return after(kernel.uptime(slot));
  }

  @Override
  public int ticksPerSecond() {
    return kernel.ticksPerSecond();
  }

  @Override
  public int getKernelSignals(Message into) {
    checkCaller();
    return (int) after(kernel.getKernelSignals(slot, into));
  }

  @Override
  public int endKernelSignals(int target) {
    checkCaller();
    return (int) after(kernel.endKernelSignals(slot, target));
  }

  @Override
  public int exit(int target) {
    checkCaller();
    return (int) after(kernel.exit(slot, target));
  }

  @Override
  public int vdevio(List<PortRequest> requests, long[] values) {
    checkCaller();
    return (int) after(kernel.vdevio(slot, requests, values));
  }

  @Override
  public int physRead(long address, byte[] into, int offset, int length) {
    checkCaller();
    return (int) after(kernel.physcopy(slot, address, into, offset, length, false));
  }

  @Override
  public int physWrite(long address, byte[] from, int offset, int length) {
    checkCaller();
    return (int) after(kernel.physcopy(slot, address, from, offset, length, true));
  }

  @Override
  public int privctl(int target, ServicePrivilege request) {
    checkCaller();
    return (int) after(kernel.privctl(slot, target, request));
  }

  @Override
  public int grant(int grantee, GrantAccess access, byte[] buffer, int offset, int length) {
    checkCaller();
    return (int) after(kernel.grant(slot, grantee, access, buffer, offset, length));
  }

  @Override
  public int grantMagic(int grantee, GrantAccess access, int target, int address, int length) {
    checkCaller();
    return (int) after(kernel.grantMagic(slot, grantee, access, target, address, length));
  }

  @Override
  public int revokeGrant(int grantId) {
    checkCaller();
    return (int) after(kernel.revokeGrant(slot, grantId));
  }

  @Override
  public int safecopyFrom(
      int granter, int grantId, int offset, byte[] into, int intoOffset, int length) {
    checkCaller();
    return (int) after(
        kernel.safecopy(slot, granter, grantId, offset, into, intoOffset, length, false));
  }

  @Override
  public int safecopyTo(
      int granter, int grantId, int offset, byte[] from, int fromOffset, int length) {
    checkCaller();
    return (int) after(
        kernel.safecopy(slot, granter, grantId, offset, from, fromOffset, length, true));
  }

  @Override
  public int memset(int granter, int grantId, int offset, int value, int length) {
    checkCaller();
    return (int) after(kernel.memset(slot, granter, grantId, offset, value, length));
  }

  @Override
  public int processTable(List<ProcessInfo> into) {
    checkCaller();
    return (int) after(kernel.processTable(slot, into));
  }

  @Override
  public ProcessTimes times(int target) {
    checkCaller();
    ProcessTimes times = kernel.times(slot, target);
    yieldIfAsked();
    return times;
  }

  @Override
  public int kill(int target, int signal) {
    checkCaller();
    return (int) after(kernel.kill(slot, target, signal));
  }

  @Override
  public int fork(int parent, int childSlot, int pageDirectory, Message childReply) {
    checkCaller();
    long result = kernel.fork(slot, parent, childSlot, pageDirectory, childReply);
    return (int) after(result);
  }

  @Override
  public int exec(int target, int pageDirectory, int entry, int stack) {
    checkCaller();
    return (int) after(kernel.exec(slot, target, pageDirectory, entry, stack));
  }

  @Override
  public int sigsend(int target, SignalFrame.Delivery delivery) {
    checkCaller();
    return (int) after(kernel.sigsend(slot, target, delivery));
  }

  @Override
  public long sigreturn(int target, int contextAddress) {
    checkCaller();
    return after(kernel.sigreturn(slot, target, contextAddress));
  }

  @Override
  public int shutdown(int status) {
    checkCaller();
    return (int) after(kernel.shutdown(slot, status));
  }

  @Override
  public int diagnostic(String line) {
    checkCaller();
    return (int) after(kernel.diagnostic(slot, line));
  }

  @Override
  public int spawn(int targetSlot) {
    checkCaller();
    return (int) after(kernel.spawn(slot, targetSlot));
  }

  @Override
  public int spawn(int targetSlot, int programSlot) {
    checkCaller();
    return (int) after(kernel.spawn(slot, targetSlot, programSlot));
  }

  @Override
  public int deathRecord(int target, byte[] into) {
    checkCaller();
    return (int) after(kernel.deathRecord(slot, target, into));
  }

  private long after(long result) {
    yieldIfAsked();
    return result;
  }

  private void yieldIfAsked() {
    if (kernel.mustYield(slot)) {
      suspend();
    }
  }

  private void suspend() {
    Suspender current = suspender;
    if (current == null) {
      throw new IllegalStateException("the handle of " + slot + " is used outside its process");
    }
    current.suspend();
  }

  private void checkCaller() {
    if (!kernel.isRunning(slot) || slot.endpoint() != endpoint || !slot.alive()) {
      throw new IllegalStateException(
          "the handle of endpoint " + endpoint + " is used while its process is not running");
    }
  }
}

package org.minix3j.kernel.run;

import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.Message;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.clock.ClockTask;
import org.minix3j.kernel.ipc.Ipc;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.machine.io.PortWidth;

/**
 * The kernel entries of a process, whether an i386 trap or a Java handle's call: each is
 * charged its {@link EntryCost} on the simulated clock (interrupts that became due are taken),
 * then checked and performed; a call that blocks takes its caller out of the ready queues.
 *
 * <p>Kernel calls added here, one method each: SYS_DEVIO and SYS_IRQCTL (through the SYS
 * task), SYS_SETALARM and SYS_TIMES (the CLOCK task), SYS_GETKSIG and SYS_ENDKSIG (the signal
 * calls of PM), SYS_EXIT. Results are {@link
 * Errno#OK_VALUE}, a value, or a negative {@link Errno} wire value.
 */
public final class KernelEntries {
  private final RunState state;
  private final Kernel kernel;
  private final Scheduler scheduler;
  private final ClockTask clock;
  private final KernelSignals signals;
  private final int[] portValue = new int[1];
  private final int[] signalAnswer = new int[2];

  KernelEntries(
      RunState state, Kernel kernel, Scheduler scheduler, ClockTask clock, KernelSignals signals) {
    this.state = state;
    this.kernel = kernel;
    this.scheduler = scheduler;
    this.clock = clock;
    this.signals = signals;
  }

  /** Whether {@code caller} is the process running now. */
  public boolean isRunning(ProcessSlot caller) {
    return state.current == caller.slot();
  }

  /** Whether {@code caller} must give the turn away before going on (checked at kernel exit). */
  public boolean mustYield(ProcessSlot caller) {
    return scheduler.shouldYield(caller.slot()) || state.mustStop();
  }

  /** An IPC trap; {@link Ipc#BLOCKED} when the caller now waits. */
  // spec: Privileges!ProcIpc, then Ipc!ProcSend / Ipc!ProcReceive / Ipc!ProcNotify
  public int ipc(ProcessSlot caller, int function, int peer) {
    state.charge(
        function == IpcFunction.NOTIFY.number()
            ? EntryCost.ENTRY_NANOSECONDS
            : EntryCost.MESSAGE_ENTRY_NANOSECONDS);
    int result = kernel.trap(caller, function, peer);
    if (result == Ipc.BLOCKED) {
      scheduler.unready(caller.slot());
    }
    return result;
  }

  /** SYS_DEVIO: a read gives the port's value as an unsigned number. */
  // spec: Privileges!ProcDevIo
  public long devio(ProcessSlot caller, int port, int width, boolean write, int value) {
    state.charge(EntryCost.ENTRY_NANOSECONDS);
    if (width != 1 && width != 2 && width != 4) {
      return Errno.EINVAL.wireValue();
    }
    PortWidth portWidth =
        width == 1 ? PortWidth.BYTE : width == 2 ? PortWidth.WORD : PortWidth.DOUBLEWORD;
    int result = kernel.system().devio(caller, port, portWidth, write, value, portValue);
    if (result != Errno.OK_VALUE || write) {
      return result;
    }
    return Integer.toUnsignedLong(portValue[0]);
  }

  // spec: Privileges!ProcIrqCtl
  public long irqctl(ProcessSlot caller, int line, boolean enable) {
    state.charge(EntryCost.ENTRY_NANOSECONDS);
    return kernel.system().irqctl(caller, line, enable);
  }

  // spec: Privileges!ProcKernelCall
  public long setAlarm(ProcessSlot caller, long ticks, boolean absolute) {
    state.charge(EntryCost.ENTRY_NANOSECONDS);
    int check = kernel.system().checkAndReport(caller, KernelCall.SYS_SETALARM);
    return check != Errno.OK_VALUE ? check : clock.setAlarm(caller.slot(), ticks, absolute);
  }

  // spec: Privileges!ProcKernelCall
  public long uptime(ProcessSlot caller) {
    state.charge(EntryCost.ENTRY_NANOSECONDS);
    int check = kernel.system().checkAndReport(caller, KernelCall.SYS_TIMES);
    return check != Errno.OK_VALUE ? check : clock.uptime();
  }

  public int ticksPerSecond() {
    return clock.hertz();
  }

  /** SYS_GETKSIG: the answer goes into payload words 0 and 1 of {@code into}. */
  // spec: Privileges!ProcKernelCall
  public long getKernelSignals(ProcessSlot caller, Message into) {
    state.charge(EntryCost.MESSAGE_ENTRY_NANOSECONDS);
    int check = kernel.system().checkAndReport(caller, KernelCall.SYS_GETKSIG);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    signals.take(signalAnswer);
    into.clear();
    into.setPayload(0, signalAnswer[0]).setPayload(1, signalAnswer[1]);
    return Errno.OK_VALUE;
  }

  /** SYS_ENDKSIG: {@code target} may run again; EINVAL if it is not stopped by a signal. */
  // spec: Privileges!ProcKernelCall
  public long endKernelSignals(ProcessSlot caller, int target) {
    state.charge(EntryCost.ENTRY_NANOSECONDS);
    int check = kernel.system().checkAndReport(caller, KernelCall.SYS_ENDKSIG);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    int slot = signals.end(target);
    if (slot < 0) {
      return Errno.EINVAL.wireValue();
    }
    state.readyIfRunnable(kernel.table().slot(slot));
    return Errno.OK_VALUE;
  }

  /** SYS_EXIT: removes another live process; a process cannot remove itself this way. */
  // spec: Ipc!ProcExit
  public long exit(ProcessSlot caller, int target) {
    state.charge(EntryCost.ENTRY_NANOSECONDS);
    int check = kernel.system().checkAndReport(caller, KernelCall.SYS_EXIT);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    ProcessSlot process = kernel.table().current(target);
    if (process == null) {
      return Errno.EDEADSRCDST.wireValue();
    }
    if (process == caller) {
      return Errno.EINVAL.wireValue();
    }
    state.exitProcess(process);
    return Errno.OK_VALUE;
  }
}

package org.minix3j.kernel.run;

import java.util.List;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.Message;
import org.minix3j.abi.PortRequest;
import org.minix3j.abi.ProcessInfo;
import org.minix3j.abi.ProcessTimes;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SignalFrame;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.SystemSlots;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.clock.ClockTask;
import org.minix3j.kernel.exec.CoroutineKind;
import org.minix3j.kernel.ipc.Ipc;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessTable;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.kernel.sys.SystemTask;
import org.minix3j.kernel.system.JavaProcess;
import org.minix3j.machine.io.PortWidth;

/**
 * The kernel entries of a process, whether an i386 trap or a Java handle's call: each is
 * charged its {@link EntryCost} on the simulated clock (interrupts that became due are taken),
 * then checked and performed; a call that blocks takes its caller out of the ready queues.
 *
 * <p>One method per kernel call, each charging, checking the call mask, then handing over to
 * the part that performs it: the SYS task ({@link SystemTask}: SYS_PRIVCTL, SYS_DEVIO,
 * SYS_VDEVIO, SYS_PHYSCOPY, SYS_IRQCTL), the grants (SYS_GRANT, SYS_SAFECOPYFROM,
 * SYS_SAFECOPYTO, SYS_MEMSET), the CLOCK task (SYS_SETALARM), {@link ProcessControl} (SYS_FORK,
 * SYS_EXEC, SYS_SIGSEND, SYS_SIGRETURN), {@link SystemInfo} (SYS_GETINFO, SYS_TIMES), the
 * kernel signals (SYS_KILL, SYS_GETKSIG, SYS_ENDKSIG), and the run itself (SYS_EXIT,
 * SYS_SPAWN, SYS_SHUTDOWN). Results are {@link Errno#OK_VALUE}, a value, or a negative {@link
 * Errno} wire value.
 */
public final class KernelEntries {
  private final RunState state;
  private final Kernel kernel;
  private final Scheduler scheduler;
  private final ClockTask clock;
  private final KernelSignals signals;
  private final ProcessControl control;
  private final SystemInfo info;
  private final CoroutineKind coroutineKind;
  private final int[] portValue = new int[1];
  private final int[] signalAnswer = new int[2];

  KernelEntries(
      RunState state,
      Kernel kernel,
      Scheduler scheduler,
      ClockTask clock,
      KernelSignals signals,
      ProcessControl control,
      SystemInfo info,
      CoroutineKind coroutineKind) {
    this.state = state;
    this.kernel = kernel;
    this.scheduler = scheduler;
    this.clock = clock;
    this.signals = signals;
    this.control = control;
    this.info = info;
    this.coroutineKind = coroutineKind;
  }

  /**
   * A Java system process in the free slot {@code slot}: admitted with {@code privilege}, its
   * queue and quantum, {@code body} on a new coroutine, ready. Returns its endpoint.
   */
  int startJava(int slot, String name, Privilege privilege, int queue, int quantum,
      SystemProcess body) {
    ProcessSlot process = state.admit(slot, name, privilege, queue, quantum);
    state.javaProcesses[slot] = new JavaProcess(process, body, coroutineKind, this);
    scheduler.ready(slot);
    return process.endpoint();
  }

  /**
   * The start of a kernel call: charges {@code cost} nanoseconds, then checks (and reports)
   * {@code call} against the caller's call mask.
   */
  // spec: Privileges!ProcKernelCall
  private int enter(ProcessSlot caller, KernelCall call, long cost) {
    state.charge(cost);
    return kernel.system().checkAndReport(caller, call);
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
    PortWidth portWidth = SystemTask.widthOf(width);
    if (portWidth == null) {
      return Errno.EINVAL.wireValue();
    }
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
    int check = enter(caller, KernelCall.SYS_SETALARM, EntryCost.ENTRY_NANOSECONDS);
    return check != Errno.OK_VALUE ? check : clock.setAlarm(caller.slot(), ticks, absolute);
  }

  // spec: Privileges!ProcKernelCall
  public long uptime(ProcessSlot caller) {
    int check = enter(caller, KernelCall.SYS_TIMES, EntryCost.ENTRY_NANOSECONDS);
    return check != Errno.OK_VALUE ? check : clock.uptime();
  }

  public int ticksPerSecond() {
    return clock.hertz();
  }

  /** SYS_GETKSIG: the answer goes into payload words 0 and 1 of {@code into}. */
  // spec: Privileges!ProcKernelCall
  public long getKernelSignals(ProcessSlot caller, Message into) {
    int check = enter(caller, KernelCall.SYS_GETKSIG, EntryCost.MESSAGE_ENTRY_NANOSECONDS);
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
    int check = enter(caller, KernelCall.SYS_ENDKSIG, EntryCost.ENTRY_NANOSECONDS);
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
    int check = enter(caller, KernelCall.SYS_EXIT, EntryCost.ENTRY_NANOSECONDS);
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
    state.recordDeath(process, "ended by " + Endpoint.describe(caller.endpoint()), null);
    state.exitProcess(process);
    return Errno.OK_VALUE;
  }

  /**
   * SYS_SPAWN: a fresh copy of the boot program of {@code slot} in that slot, with the slot's
   * next generation and no privilege; returns the new endpoint. EINVAL if the slot has no
   * program, EBUSY while its process is alive, ENOMEM if the program cannot be built.
   */
  // spec: Recovery!RSRestart
  public long spawn(ProcessSlot caller, int slot) {
    return spawn(caller, slot, slot);
  }

  /**
   * SYS_SPAWN with a program: a fresh copy of the boot program of {@code programSlot} in the
   * system slot {@code slot} (itself for a restart; a free slot of no program of its own for a
   * second copy), as {@link #spawn(ProcessSlot, int)}. EINVAL also for a slot outside the
   * system slots, or another program's slot.
   */
  // spec: Recovery!RSRestart
  public long spawn(ProcessSlot caller, int slot, int programSlot) {
    int check = enter(caller, KernelCall.SYS_SPAWN, EntryCost.ENTRY_NANOSECONDS);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    BootPrograms.Program program = state.programs.of(programSlot);
    if (program == null || !isSystemSlot(slot)
        || (slot != programSlot && state.programs.of(slot) != null)) {
      return Errno.EINVAL.wireValue();
    }
    if (kernel.table().slot(slot).alive()) {
      return Errno.EBUSY.wireValue();
    }
    SystemProcess body;
    try {
      body = program.factory().get();
    } catch (RuntimeException e) {
      return Errno.ENOMEM.wireValue(); // the image could not build its program: nothing changed
    }
    return startJava(slot, program.name(), Privilege.none(), program.queue(), program.quantum(),
        body);
  }

  private boolean isSystemSlot(int slot) {
    return slot >= 0 && slot < SystemSlots.FIRST_USER && slot < kernel.table().size()
        && !ProcessTable.isKernelSlot(slot);
  }

  /** SYS_VDEVIO: several port accesses, all checked before any is made. */
  // spec: Privileges!ProcDevIo
  public long vdevio(ProcessSlot caller, List<PortRequest> requests, long[] values) {
    state.charge(EntryCost.ENTRY_NANOSECONDS + requests.size() * EntryCost.NANOSECONDS_PER_PORT);
    return kernel.system().vdevio(caller, requests, values);
  }

  /** SYS_PHYSCOPY: physical memory within the caller's memory ranges to or from its array. */
  // spec: Privileges!ProcPhysCopy
  public long physcopy(
      ProcessSlot caller, long address, byte[] buffer, int offset, int length, boolean toMemory) {
    state.charge(EntryCost.copy(length));
    return kernel.system().physcopy(caller, address, buffer, offset, length, toMemory);
  }

  /** SYS_PRIVCTL: installs {@code request} as the privilege of the live process {@code target}. */
  // spec: Privileges!ProcPrivCtl
  public long privctl(ProcessSlot caller, int target, ServicePrivilege request) {
    state.charge(EntryCost.ENTRY_NANOSECONDS);
    return kernel.system().privctl(caller, target,
        Privilege.from(request, kernel.table().size()));
  }

  /** SYS_GRANT: a grant to {@code grantee} over bytes of the caller's {@code buffer}. */
  // spec: Privileges!ProcKernelCall
  public long grant(ProcessSlot caller, int grantee, GrantAccess access, byte[] buffer,
      int offset, int length) {
    int check = enter(caller, KernelCall.SYS_GRANT, EntryCost.ENTRY_NANOSECONDS);
    return check != Errno.OK_VALUE
        ? check
        : state.grants.grantBuffer(caller, grantee, access, buffer, offset, length);
  }

  /** SYS_GRANT, magic: a grant to {@code grantee} over a range of {@code target}'s user memory. */
  // spec: Privileges!ProcKernelCall
  public long grantMagic(ProcessSlot caller, int grantee, GrantAccess access, int target,
      int address, int length) {
    int check = enter(caller, KernelCall.SYS_GRANT, EntryCost.ENTRY_NANOSECONDS);
    return check != Errno.OK_VALUE
        ? check
        : state.grants.grantMagic(caller, grantee, access, target, address, length);
  }

  /** SYS_GRANT, revoke: the caller's grant {@code grantId} can no longer be used. */
  // spec: Privileges!ProcKernelCall
  public long revokeGrant(ProcessSlot caller, int grantId) {
    int check = enter(caller, KernelCall.SYS_GRANT, EntryCost.ENTRY_NANOSECONDS);
    return check != Errno.OK_VALUE ? check : state.grants.revoke(caller, grantId);
  }

  /** SYS_SAFECOPYFROM and SYS_SAFECOPYTO ({@code toGrant}) between a grant and the caller's array. */
  // spec: Privileges!ProcKernelCall
  public long safecopy(ProcessSlot caller, int granter, int grantId, int offset, byte[] local,
      int localOffset, int length, boolean toGrant) {
    KernelCall call = toGrant ? KernelCall.SYS_SAFECOPYTO : KernelCall.SYS_SAFECOPYFROM;
    int check = enter(caller, call, EntryCost.copy(length));
    if (check != Errno.OK_VALUE) {
      return check;
    }
    return toGrant
        ? state.grants.copyTo(caller, granter, grantId, offset, local, localOffset, length)
        : state.grants.copyFrom(caller, granter, grantId, offset, local, localOffset, length);
  }

  /** SYS_MEMSET: fills bytes of a write grant with the low byte of {@code value}. */
  // spec: Privileges!ProcKernelCall
  public long memset(ProcessSlot caller, int granter, int grantId, int offset, int value,
      int length) {
    int check = enter(caller, KernelCall.SYS_MEMSET, EntryCost.copy(length));
    return check != Errno.OK_VALUE
        ? check
        : state.grants.memset(caller, granter, grantId, offset, value, length);
  }

  /** SYS_GETINFO: the live processes appended to {@code into}; returns how many. */
  // spec: Privileges!ProcKernelCall
  public long processTable(ProcessSlot caller, List<ProcessInfo> into) {
    int check = enter(caller, KernelCall.SYS_GETINFO, EntryCost.ENTRY_NANOSECONDS);
    return check != Errno.OK_VALUE ? check : info.processTable(into);
  }

  /**
   * SYS_GETINFO, death-record variant: the kernel's record of the death of the Java process that
   * was {@code target} ({@link DeathRecords}) copied into {@code into}; returns the bytes. Only
   * for a caller that may also restart services (SYS_SPAWN): EPERM otherwise; ESRCH if the
   * kernel keeps no record of that endpoint.
   */
  // spec: Privileges!ProcKernelCall
  public long deathRecord(ProcessSlot caller, int target, byte[] into) {
    int check = enter(caller, KernelCall.SYS_GETINFO, EntryCost.copy(into.length));
    if (check != Errno.OK_VALUE) {
      return check;
    }
    if (kernel.system().check(caller, KernelCall.SYS_SPAWN) != Errno.OK_VALUE) {
      return Errno.EPERM.wireValue();
    }
    return state.deaths.copy(target, into);
  }

  /** SYS_TIMES: the user and system time of {@code target} and the uptime. */
  // spec: Privileges!ProcKernelCall
  public ProcessTimes times(ProcessSlot caller, int target) {
    int check = enter(caller, KernelCall.SYS_TIMES, EntryCost.ENTRY_NANOSECONDS);
    return check != Errno.OK_VALUE ? ProcessTimes.error(check) : info.times(target);
  }

  /**
   * SYS_KILL: raises {@code signal} (1 to 31) for the live process {@code target}, which stops
   * until PM has handled it (SYS_GETKSIG, then SYS_ENDKSIG or SYS_EXIT).
   */
  // spec: Privileges!ProcKernelCall
  public long kill(ProcessSlot caller, int target, int signal) {
    int check = enter(caller, KernelCall.SYS_KILL, EntryCost.ENTRY_NANOSECONDS);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    if (signal <= 0 || signal >= Integer.SIZE) {
      return Errno.EINVAL.wireValue();
    }
    if (!kernel.table().inRange(target)) {
      return Errno.EBADSRCDST.wireValue();
    }
    ProcessSlot process = kernel.table().current(target);
    if (process == null) {
      return Errno.EDEADSRCDST.wireValue();
    }
    scheduler.unready(process.slot());
    signals.raise(process, signal);
    return Errno.OK_VALUE;
  }

  /** SYS_FORK: see {@link ProcessControl#fork}; returns the child's endpoint. */
  // spec: Privileges!ProcKernelCall, then Ipc!SlotRestart
  public long fork(ProcessSlot caller, int parent, int childSlot, int pageDirectory,
      Message childReply) {
    int check = enter(caller, KernelCall.SYS_FORK, EntryCost.MESSAGE_ENTRY_NANOSECONDS);
    return check != Errno.OK_VALUE
        ? check
        : control.fork(caller, parent, childSlot, pageDirectory, childReply);
  }

  /** SYS_EXEC: see {@link ProcessControl#exec}. */
  // spec: Privileges!ProcKernelCall
  public long exec(ProcessSlot caller, int target, int pageDirectory, int entry, int stack) {
    int check = enter(caller, KernelCall.SYS_EXEC, EntryCost.ENTRY_NANOSECONDS);
    return check != Errno.OK_VALUE
        ? check
        : control.exec(caller, target, pageDirectory, entry, stack);
  }

  /** SYS_SIGSEND: see {@link ProcessControl#sigsend}. */
  // spec: Privileges!ProcKernelCall
  public long sigsend(ProcessSlot caller, int target, SignalFrame.Delivery delivery) {
    int check = enter(caller, KernelCall.SYS_SIGSEND, EntryCost.MESSAGE_ENTRY_NANOSECONDS);
    return check != Errno.OK_VALUE ? check : control.sigsend(caller, target, delivery);
  }

  /** SYS_SIGRETURN: see {@link ProcessControl#sigreturn}; returns the saved signal mask. */
  // spec: Privileges!ProcKernelCall
  public long sigreturn(ProcessSlot caller, int target, int contextAddress) {
    int check = enter(caller, KernelCall.SYS_SIGRETURN, EntryCost.MESSAGE_ENTRY_NANOSECONDS);
    return check != Errno.OK_VALUE ? check : control.sigreturn(caller, target, contextAddress);
  }

  /** SYS_SHUTDOWN: the run loop stops for good at this entry's end, with {@code status}. */
  // spec: Privileges!ProcKernelCall
  public long shutdown(ProcessSlot caller, int status) {
    int check = enter(caller, KernelCall.SYS_SHUTDOWN, EntryCost.ENTRY_NANOSECONDS);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    state.shutdown = true;
    state.shutdownStatus = status;
    return Errno.OK_VALUE;
  }

  /** SYS_DIAGCTL: one line of the kernel's log, to the run loop's diagnostic sink. */
  // spec: Privileges!ProcKernelCall
  public long diagnostic(ProcessSlot caller, String line) {
    int check = enter(caller, KernelCall.SYS_DIAGCTL,
        EntryCost.ENTRY_NANOSECONDS + (long) line.length() * EntryCost.NANOSECONDS_PER_BYTE);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    if (line.length() > SystemCalls.DIAGNOSTIC_MAX) {
      return Errno.EINVAL.wireValue();
    }
    StringBuilder printable = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      printable.append(c >= 0x20 && c < 0x7F ? c : '?');
    }
    state.diagnostics.accept(caller.name(), printable.toString());
    return Errno.OK_VALUE;
  }
}

package org.minix3j.kernel.run;

import java.util.function.BiConsumer;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.clock.ClockTask;
import org.minix3j.kernel.grant.Grants;
import org.minix3j.kernel.memory.AddressSpaces;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessState;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.kernel.system.JavaProcess;
import org.minix3j.kernel.user.UserContext;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.pic.CascadedPic;

/**
 * What the run loop and the kernel entries share: the running process, the end of the current
 * run, the body of each process (a Java coroutine or an i386 context), the boot image's
 * programs, the charging of kernel work to the simulated clock, and the removal of a process.
 */
final class RunState {
  private final Kernel kernel;
  private final SimulatedClock time;
  private final CascadedPic pic;
  private final Interrupts interrupts;
  private final Scheduler scheduler;
  private final ClockTask clock;
  private final KernelSignals signals;
  final AddressSpaces spaces;
  final Grants grants;
  final @Nullable JavaProcess[] javaProcesses;
  final @Nullable UserContext[] userContexts;
  /** The boot image's programs, which SYS_SPAWN starts afresh. */
  final BootPrograms programs;
  final DeathRecords deaths;
  int current = -1;
  boolean stopRequested;
  /** SYS_SHUTDOWN was called: the run ends at the next kernel entry, for good. */
  boolean shutdown;
  int shutdownStatus;
  long limit = Long.MAX_VALUE;
  /** Where SYS_DIAGCTL's lines go: the process's name and the line. */
  BiConsumer<String, String> diagnostics = (name, line) -> {};

  RunState(
      Kernel kernel,
      SimulatedClock time,
      CascadedPic pic,
      Interrupts interrupts,
      Scheduler scheduler,
      ClockTask clock,
      KernelSignals signals,
      AddressSpaces spaces,
      Grants grants) {
    this.kernel = kernel;
    this.time = time;
    this.pic = pic;
    this.interrupts = interrupts;
    this.scheduler = scheduler;
    this.clock = clock;
    this.signals = signals;
    this.spaces = spaces;
    this.grants = grants;
    this.javaProcesses = new JavaProcess[kernel.table().size()];
    this.userContexts = new UserContext[kernel.table().size()];
    this.programs = new BootPrograms(kernel.table().size());
    this.deaths = new DeathRecords(kernel.table().size());
  }

  /** Charges {@code nanoseconds} of kernel work to the clock and takes the interrupts due. */
  void charge(long nanoseconds) {
    deaths.entered(current);
    time.advanceBy(nanoseconds);
    if (pic.interruptPending()) {
      interrupts.service(current, false);
    }
  }

  /** Whether the run must end at the next kernel entry. */
  boolean mustStop() {
    return stopRequested || shutdown || time.now() >= limit;
  }

  /** A new process in the free slot {@code slot}: its table entry, privilege and queue; not ready. */
  // spec: Ipc!SlotRestart
  ProcessSlot admit(int slot, String name, Privilege privilege, int queue, int quantum) {
    ProcessSlot process = kernel.spawn(slot, name, privilege);
    signals.clear(slot);
    clock.clear(slot);
    spaces.clear(slot);
    grants.clear(slot);
    scheduler.admit(slot, queue, quantum);
    deaths.admitted(slot);
    return process;
  }

  /** Puts {@code process} in its ready queue if it may run (not blocked, not stopped). */
  void readyIfRunnable(ProcessSlot process) {
    if (process.state() == ProcessState.RUNNING && !signals.stopped(process.slot())) {
      scheduler.ready(process.slot());
    }
  }

  /**
   * Keeps what the kernel saw of the death of {@code process} if it is a Java process ({@code
   * how} it ended, what it threw or null), before {@link #exitProcess} removes it.
   */
  void recordDeath(ProcessSlot process, String how, @Nullable Throwable failure) {
    if (javaProcesses[process.slot()] != null) {
      deaths.record(process, how, failure, grants, kernel.table().size());
    }
  }

  /** Removes {@code process}: out of the queues, its alarm, its body, then the kernel's cleanup. */
  // spec: Ipc!ProcExit
  void exitProcess(ProcessSlot process) {
    int slot = process.slot();
    scheduler.remove(slot);
    clock.clear(slot);
    signals.exited(slot);
    JavaProcess javaProcess = javaProcesses[slot];
    javaProcesses[slot] = null;
    userContexts[slot] = null;
    spaces.clear(slot);
    grants.clear(slot);
    kernel.exit(process);
    if (javaProcess != null && slot != current) {
      javaProcess.coroutine().close();
    }
  }
}

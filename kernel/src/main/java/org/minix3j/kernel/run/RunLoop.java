package org.minix3j.kernel.run;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.SystemProcess;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.clock.ClockTask;
import org.minix3j.kernel.exec.CoroutineCrashedException;
import org.minix3j.kernel.exec.CoroutineKind;
import org.minix3j.kernel.grant.GrantTable;
import org.minix3j.kernel.grant.Grants;
import org.minix3j.kernel.memory.AddressSpaces;
import org.minix3j.kernel.memory.MessageTransfer;
import org.minix3j.kernel.memory.UserMemory;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.kernel.system.JavaProcess;
import org.minix3j.kernel.user.UserContext;
import org.minix3j.machine.Machine;
import org.minix3j.machine.clock.ClockMath;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.cpu.Cpu;
import org.minix3j.machine.cpu.Trap;
import org.minix3j.machine.cpu.TrapKind;

/**
 * The kernel's run loop on one machine: picks the process the {@link Scheduler} names and runs
 * it, a Java system process by resuming its coroutine, an i386 process by loading its {@link
 * UserContext} into the CPU for the rest of the way to the next clock event; takes interrupts
 * after every advance of the simulated clock; idles by moving the clock to the next event.
 *
 * <p>Entry points: {@link #create}; {@link #registerProgram} and {@link #spawnProgram} (the boot
 * image, which SYS_SPAWN starts afresh), {@link #spawnJava} and {@link #spawnUser} at boot;
 * {@link #setPmSlot}; {@link #run} until idle, a time, or {@link #requestStop()}. Exceptions of
 * i386 processes, and crashes and returns of Java ones, stop or remove the process and tell PM
 * ({@link KernelSignals}: SIGABRT for a Java body that threw, {@link KernelSignal#EXITED} for
 * one that returned).
 *
 * <p>Invariants: exactly one process runs at a time ({@link #current()}, -1 in the kernel or
 * idle); the ready queues hold exactly the live, unblocked, unstopped processes; nothing reads
 * the host clock, so the same boot gives the same run, dispatch for dispatch.
 */
public final class RunLoop {
  /** Why {@link #run} returned. */
  public enum Outcome {
    /** Nothing can run and nothing but the clock's tick is pending: the system is idle for good. */
    IDLE,
    /** The simulated clock reached the given time. */
    TIME_LIMIT,
    /** {@link #requestStop()} was called. */
    STOPPED,
    /** A system process called SYS_SHUTDOWN ({@link #shutdownStatus()} says how). */
    SHUTDOWN
  }

  /** Hears every dispatch, for traces. */
  @FunctionalInterface
  public interface DispatchListener {
    void dispatched(long nanoseconds, int slot);

    DispatchListener NONE = (nanoseconds, slot) -> {};
  }

  private static final long UNBOUNDED_INSTRUCTIONS = Long.MAX_VALUE / 4;

  private final Kernel kernel;
  private final Machine machine;
  private final SimulatedClock time;
  private final Scheduler scheduler;
  private final ClockTask clock;
  private final Interrupts interrupts;
  private final KernelSignals signals;
  private final RunState state;
  private final KernelEntries entries;
  private final UserTraps userTraps;
  private final CoroutineKind coroutineKind;
  private final int quietEvents;
  private @Nullable Throwable lastCrash;
  private DispatchListener dispatchListener = DispatchListener.NONE;
  private int magicGrantSlot = -1;

  private RunLoop(Kernel kernel, Machine machine, int hertz, CoroutineKind coroutineKind) {
    int size = kernel.table().size();
    this.kernel = kernel;
    this.machine = machine;
    this.time = machine.clock();
    this.coroutineKind = coroutineKind;
    this.scheduler = new Scheduler(size);
    this.clock = new ClockTask(kernel.table(), kernel.ipc(), scheduler, hertz);
    this.interrupts = new Interrupts(machine.board(), clock, kernel.system());
    this.signals = new KernelSignals(kernel.table(), kernel.ipc());
    AddressSpaces spaces = new AddressSpaces(size);
    UserMemory memory = new UserMemory(machine.memory());
    MessageTransfer transfer = new MessageTransfer(memory);
    Grants grants = new Grants(kernel.table(), spaces, memory,
        granter -> granter == magicGrantSlot, GrantTable.DEFAULT_CAPACITY);
    this.state =
        new RunState(kernel, time, machine.board().interruptController(), interrupts, scheduler,
            clock, signals, spaces, grants);
    ProcessControl control = new ProcessControl(state, kernel, scheduler, spaces, memory, transfer);
    this.entries = new KernelEntries(state, kernel, scheduler, clock, signals, control,
        new SystemInfo(state, kernel, scheduler, clock, signals), coroutineKind);
    this.userTraps = new UserTraps(state, entries, transfer);
    interrupts.initialise();
    clock.start(machine.board().bus());
    this.quietEvents = time.pendingEvents();
  }

  /**
   * A run loop for {@code kernel} on {@code machine} (whose port bus the kernel was built on),
   * with the clock at {@code hertz} ticks per second and Java processes on {@code coroutines}.
   */
  public static RunLoop create(
      Kernel kernel, Machine machine, int hertz, CoroutineKind coroutines) {
    RunLoop loop = new RunLoop(kernel, machine, hertz, coroutines);
    kernel.ipc().setListener(loop::unblocked);
    kernel.system().setPhysicalWriteListener(machine.mmu()::flushTlb);
    kernel.setClock(loop.time::now, loop.clock::uptime);
    return loop;
  }

  public void setPmSlot(int slot) {
    signals.setPmSlot(slot);
  }

  /** The slot of the repairer (RS), told at once of every death of a Java system process. */
  public void setRepairSlot(int slot) {
    signals.setRepairSlot(slot);
  }

  /** The slot whose process may create magic grants (VFS); -1, the default, for none. */
  public void setMagicGrantSlot(int slot) {
    magicGrantSlot = slot;
  }

  /** Sends SYS_DIAGCTL's lines (with the caller's name) to {@code sink}; dropped by default. */
  public void setDiagnosticSink(BiConsumer<String, String> sink) {
    state.diagnostics = sink;
  }

  /** The status SYS_SHUTDOWN gave, once {@link #run} returned {@link Outcome#SHUTDOWN}. */
  public int shutdownStatus() {
    return state.shutdownStatus;
  }

  public void setDispatchListener(DispatchListener listener) {
    dispatchListener = listener;
  }

  /** The running process's slot, or -1. */
  public int current() {
    return state.current;
  }

  public ClockTask clock() {
    return clock;
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public CoroutineKind coroutineKind() {
    return coroutineKind;
  }

  /** What the last Java process that crashed threw, or null. */
  public @Nullable Throwable lastCrash() {
    return lastCrash;
  }

  /** The saved registers of the i386 process in {@code slot}, or null if it holds none. */
  public @Nullable UserContext userContext(int slot) {
    return state.userContexts[slot];
  }

  /** Whether {@code slot} is stopped by a kernel signal PM has not ended. */
  public boolean stopped(int slot) {
    return signals.stopped(slot);
  }

  /** Starts a Java system process in the free slot {@code slot}; returns its endpoint. */
  public int spawnJava(
      int slot, String name, Privilege privilege, int queue, int quantum, SystemProcess body) {
    return entries.startJava(slot, name, privilege, queue, quantum, body);
  }

  /**
   * Registers the boot program of the system slot {@code slot}, as MINIX's table.c lists it:
   * its name, queue and quantum, and {@code program}, which builds a fresh instance with the
   * boot parameters each time it is asked. SYS_SPAWN starts a new copy from it.
   *
   * @throws IllegalArgumentException for a kernel slot, a slot outside the table or one
   *     registered already
   */
  public void registerProgram(
      int slot, String name, int queue, int quantum, Supplier<SystemProcess> program) {
    state.programs.register(slot, new BootPrograms.Program(name, queue, quantum, program));
  }

  /**
   * Starts the first copy of the program registered for {@code slot} in that free slot, with
   * {@code privilege}; returns its endpoint.
   *
   * @throws IllegalArgumentException if no program is registered for {@code slot}
   */
  public int spawnProgram(int slot, Privilege privilege) {
    BootPrograms.Program program = state.programs.of(slot);
    if (program == null) {
      throw new IllegalArgumentException("slot " + slot + " has no boot program");
    }
    return entries.startJava(slot, program.name(), privilege, program.queue(), program.quantum(),
        program.factory().get());
  }

  /** Starts an i386 process in the free slot {@code slot}; returns its endpoint. */
  public int spawnUser(
      int slot, String name, Privilege privilege, int queue, int quantum, UserContext context) {
    ProcessSlot process = state.admit(slot, name, privilege, queue, quantum);
    state.userContexts[slot] = context;
    state.spaces.assignUser(slot, context.pageDirectory());
    scheduler.ready(slot);
    return process.endpoint();
  }

  /** Asks {@link #run} to return at the next kernel entry. */
  public void requestStop() {
    state.stopRequested = true;
  }

  /**
   * Runs until nothing can run and no event but the clock's tick is pending ({@link
   * Outcome#IDLE}), until the simulated clock reaches {@code untilNanoseconds}, or until {@link
   * #requestStop()}.
   */
  public Outcome run(long untilNanoseconds) {
    return run(untilNanoseconds, true);
  }

  /**
   * As {@link #run(long)}; with {@code stopWhenIdle} false an idle system does not end the run:
   * the clock goes on ticking to {@code untilNanoseconds} (an interactive console, paced by the
   * host, whose user may type at any time).
   */
  public Outcome run(long untilNanoseconds, boolean stopWhenIdle) {
    state.limit = untilNanoseconds;
    state.stopRequested = false;
    while (true) {
      if (state.shutdown) {
        return Outcome.SHUTDOWN;
      }
      if (state.stopRequested) {
        return Outcome.STOPPED;
      }
      if (time.now() >= state.limit) {
        return Outcome.TIME_LIMIT;
      }
      int slot = scheduler.pick();
      if (slot < 0) {
        if (stopWhenIdle && !clock.alarmPending() && time.pendingEvents() <= quietEvents) {
          return Outcome.IDLE;
        }
        time.advanceTo(Math.min(time.nextEventTime(), state.limit));
        interrupts.service(-1, false);
        continue;
      }
      state.current = slot;
      dispatchListener.dispatched(time.now(), slot);
      JavaProcess javaProcess = state.javaProcesses[slot];
      UserContext user = state.userContexts[slot];
      if (javaProcess != null) {
        runJava(slot, javaProcess);
      } else if (user != null) {
        runUser(kernel.table().slot(slot), user);
      } else {
        throw new IllegalStateException("slot " + slot + " is ready but has no body");
      }
      state.current = -1;
    }
  }

  private void runJava(int slot, JavaProcess process) {
    ProcessSlot entry = kernel.table().slot(slot);
    try {
      process.coroutine().resume();
    } catch (CoroutineCrashedException crash) {
      lastCrash = crash.failure();
      state.current = -1;
      state.recordDeath(entry, "exception", crash.failure());
      state.exitProcess(entry);
      signals.serviceDied(entry, KernelSignal.SIGABRT);
      return;
    }
    if (process.coroutine().isDone()) {
      // A system process whose body returned exited on its own (MINIX's panic): PM hears of
      // it as of a crash, with a signal of its own, so that RS can repair it.
      state.current = -1;
      state.recordDeath(entry, "returned", null);
      state.exitProcess(entry);
      signals.serviceDied(entry, KernelSignal.EXITED);
    }
  }

  private void runUser(ProcessSlot process, UserContext context) {
    Cpu cpu = machine.cpu();
    context.loadInto(cpu);
    Trap trap = machine.run(instructionsUntil(Math.min(time.nextEventTime(), state.limit)));
    context.saveFrom(cpu);
    interrupts.service(process.slot(), true);
    if (trap.kind() == TrapKind.BUDGET_EXHAUSTED) {
      return;
    }
    if (trap.kind() == TrapKind.SOFTWARE_INTERRUPT && trap.vector() == IpcFunction.TRAP_VECTOR) {
      userTraps.ipc(process, context);
      return;
    }
    scheduler.unready(process.slot());
    signals.raise(process, UserTraps.signalFor(trap));
  }

  /** Instructions that take the CPU from now to {@code deadline} (at least one). */
  private long instructionsUntil(long deadline) {
    if (deadline == SimulatedClock.NO_EVENT || deadline == Long.MAX_VALUE) {
      return UNBOUNDED_INSTRUCTIONS;
    }
    long delta = deadline - time.now();
    if (delta <= 0) {
      return 1;
    }
    long cycles = ClockMath.nanosecondsToTicksFloor(delta, Machine.CPU_FREQUENCY_HZ);
    if (ClockMath.ticksToNanosecondsCeiling(cycles, Machine.CPU_FREQUENCY_HZ) < delta) {
      cycles++;
    }
    return Math.max(1, Math.ceilDiv(cycles, Cpu.CYCLES_PER_INSTRUCTION));
  }

  /** A woken process: its i386 call completes, and it is ready unless a signal stopped it. */
  private void unblocked(ProcessSlot process) {
    UserContext user = state.userContexts[process.slot()];
    if (user != null) {
      userTraps.complete(process, user);
    }
    state.readyIfRunnable(process);
  }
}

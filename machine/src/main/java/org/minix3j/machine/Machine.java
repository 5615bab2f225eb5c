package org.minix3j.machine;

import org.minix3j.machine.clock.ClockMath;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.cpu.Cpu;
import org.minix3j.machine.cpu.Trap;
import org.minix3j.machine.cpu.TrapKind;
import org.minix3j.machine.devices.Board;
import org.minix3j.machine.devices.BoardConfiguration;
import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * The whole minix3j machine: physical memory, the paging MMU, the CPU and the board (simulated
 * clock, port bus, PIC, PIT, UART, RTC, disk), composed once and driven by one run loop.
 *
 * <p>Entry points: {@link #run(long)} runs the CPU for up to a number of instructions and
 * returns the {@link Trap} that stopped it; the accessors give the parts to the kernel (or to a
 * bare-machine runner). {@link #close()} closes the board (writes the disk cache back).
 *
 * <p>The run loop: ask the clock for its next event, give the CPU the instruction budget that
 * reaches it (at {@link #CPU_FREQUENCY_HZ} and {@link Cpu#CYCLES_PER_INSTRUCTION}), run, then
 * advance the clock by the cycles actually used, which fires every event that became due;
 * repeat until the CPU traps or the budget is spent.
 *
 * <p>Invariants: simulated time moves only through this loop (or the kernel's explicit charges
 * to the clock), never from the host clock; the time-stamp counter reads the simulated clock in
 * CPU cycles, including the cycles of the slice being run; so the same program and inputs give
 * the same instruction counts, times and events on every run.
 */
public final class Machine implements AutoCloseable {
  /** The simulated CPU clock rate, in hertz. */
  public static final long CPU_FREQUENCY_HZ = 200_000_000L;

  /**
   * The most instructions one {@link Cpu#run} call executes. Slices end at clock events anyway;
   * this bound keeps the interpreter loop entered often, so the JIT compiles it as an ordinary
   * method (an on-stack replacement of one endless call compiles worse, and differently from
   * run to run). It changes nothing simulated: time advances per retired instruction.
   */
  static final long SLICE = 1 << 16;

  /** The default size of RAM, in bytes. */
  public static final int DEFAULT_MEMORY_BYTES = 64 << 20;

  private final PhysicalMemory memory;
  private final Mmu mmu;
  private final Cpu cpu;
  private final Board board;
  private long retiredAtSliceStart;
  private long timeAtSliceStart;

  /** A machine with {@code memoryBytes} of RAM and a board built from {@code configuration}. */
  public Machine(int memoryBytes, BoardConfiguration configuration) {
    this(memoryBytes, new Board(configuration));
  }

  /** A machine with {@code memoryBytes} of RAM around an existing board. */
  public Machine(int memoryBytes, Board board) {
    this.memory = new PhysicalMemory(memoryBytes);
    this.mmu = new Mmu(memory);
    this.cpu = new Cpu(memory, mmu);
    this.board = board;
    cpu.setTimeStampSource(this::timeStampCounter);
  }

  public PhysicalMemory memory() {
    return memory;
  }

  public Mmu mmu() {
    return mmu;
  }

  public Cpu cpu() {
    return cpu;
  }

  public Board board() {
    return board;
  }

  public SimulatedClock clock() {
    return board.clock();
  }

  /**
   * Runs the CPU for at most {@code maxInstructions} instructions, firing device events as
   * simulated time reaches them; returns the trap that stopped the CPU, or a {@link
   * TrapKind#BUDGET_EXHAUSTED} trap when the instructions were all used.
   */
  public Trap run(long maxInstructions) {
    if (maxInstructions < 0) {
      throw new IllegalArgumentException("instruction budget must be >= 0, got " + maxInstructions);
    }
    SimulatedClock clock = board.clock();
    long remaining = maxInstructions;
    while (true) {
      long budget =
          Math.min(Math.min(remaining, instructionsUntil(clock.nextEventTime())), SLICE);
      retiredAtSliceStart = cpu.instructionsRetired();
      timeAtSliceStart = clock.now();
      Trap trap = cpu.run(budget);
      long used = cpu.instructionsRetired() - retiredAtSliceStart;
      long cycles = used * Cpu.CYCLES_PER_INSTRUCTION;
      clock.advanceTo(
          timeAtSliceStart + ClockMath.ticksToNanosecondsCeiling(cycles, CPU_FREQUENCY_HZ));
      retiredAtSliceStart = cpu.instructionsRetired();
      timeAtSliceStart = clock.now();
      remaining -= used;
      if (trap.kind() != TrapKind.BUDGET_EXHAUSTED || remaining <= 0) {
        return trap;
      }
    }
  }

  /** The time-stamp counter: simulated time in CPU cycles, including the running slice. */
  public long timeStampCounter() {
    long cyclesBefore = ClockMath.nanosecondsToTicksFloor(timeAtSliceStart, CPU_FREQUENCY_HZ);
    return cyclesBefore
        + (cpu.instructionsRetired() - retiredAtSliceStart) * Cpu.CYCLES_PER_INSTRUCTION;
  }

  private long instructionsUntil(long eventTime) {
    if (eventTime == SimulatedClock.NO_EVENT) {
      return Long.MAX_VALUE;
    }
    long delta = eventTime - board.clock().now();
    if (delta <= 0) {
      return 1;
    }
    long cycles = ClockMath.nanosecondsToTicksFloor(delta, CPU_FREQUENCY_HZ);
    if (ClockMath.ticksToNanosecondsCeiling(cycles, CPU_FREQUENCY_HZ) < delta) {
      cycles++;
    }
    return Math.max(1, Math.ceilDiv(cycles, Cpu.CYCLES_PER_INSTRUCTION));
  }

  @Override
  public void close() {
    board.close();
  }
}

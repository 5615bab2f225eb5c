package org.minix3j.machine.cpu;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Prints the interpreter's speed in millions of instructions per second on {@link
 * BenchmarkProgram} (127 rounds). Not a test: run it with {@code java -cp ... CpuBenchmark
 * [seconds]}. Uses the host clock only to measure, never inside the simulated machine.
 */
final class CpuBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuBenchmark() {}

  public static void main(String[] arguments) {
    double seconds = arguments.length > 0 ? Double.parseDouble(arguments[0]) : 10;
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    int pass = 0;
    while (System.nanoTime() < deadline) {
      CpuHarness h = new CpuHarness();
      h.load(BenchmarkProgram.LOAD_ADDRESS, BenchmarkProgram.TEXT);
      h.memory.write8(BenchmarkProgram.LOAD_ADDRESS + BenchmarkProgram.ROUNDS_OFFSET, 127);
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      Trap trap = h.cpu.run(Long.MAX_VALUE);
      long elapsed = System.nanoTime() - start;
      long cpuElapsed = THREADS.getCurrentThreadCpuTime() - cpuStart;
      long instructions = h.cpu.instructionsRetired();
      System.out.printf(
          Locale.ROOT,
          "pass %d: %s, %,d instructions in %.3f s = %.1f MIPS (%.1f MIPS of thread CPU time)%n",
          ++pass,
          trap.kind(),
          instructions,
          elapsed / 1e9,
          instructions * 1e3 / elapsed,
          instructions * 1e3 / Math.max(1, cpuElapsed));
    }
  }
}

package org.minix3j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.minix3j.machine.bare.BareResult;
import org.minix3j.machine.bare.BareRuntime;
import org.minix3j.machine.bare.BareSession;
import org.minix3j.machine.bare.HostToolException;
import org.minix3j.machine.bare.QemuReference;
import org.minix3j.machine.elf.ElfFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minix3j bench cpu}: instructions per second of the minix3j CPU on a CPU-bound C
 * program (a mix of a sieve, CRC-32, quicksort and 64-bit division, built with gcc -O2 at run
 * time from the machine module's resources), and the same program's time under
 * qemu-i386-static, as a ratio. Prints figures; it is not a test.
 *
 * <p>Steps: build; a short warm-up run (lets the JIT compile the interpreter); a short run that
 * measures the speed; a measured run sized from it to last about {@code --seconds}; the same
 * run under QEMU. Host time is read here, outside the simulated machine, only to measure.
 */
@Command(
    name = "cpu",
    mixinStandardHelpOptions = true,
    description = "CPU speed (instructions per second) on a C benchmark, against QEMU.")
public final class BenchCpuCommand implements Callable<Integer> {
  private static final String SOURCE = "/org/minix3j/machine/bare/bench/bench.c";
  private static final double GOAL_MIPS = 100;

  @Option(names = "--seconds", paramLabel = "S", description = "target length of the measured "
      + "run on the machine (default ${DEFAULT-VALUE})")
  double seconds = 8;

  @Option(names = "--no-qemu", description = "do not run the program under QEMU")
  boolean withoutQemu;

  /** A run: instructions, wall-clock seconds, CPU seconds of the running thread, output. */
  private record Measurement(
      long instructions, double seconds, double cpuSeconds, String output) {}

  @Override
  public Integer call() {
    Path directory = null;
    try {
      directory = Files.createTempDirectory("minix3j-bench");
      Path source = BareRuntime.extractResource(SOURCE, directory.resolve("bench.c"));
      System.out.println("bench cpu: building the benchmark (gcc -O2, freestanding i386)");
      Path executable = BareRuntime.build(directory, List.of(source), "-O2", "bench");
      byte[] elf = Files.readAllBytes(executable);

      Measurement warmUp = runOnMachine(elf, 2);
      Measurement calibration = runOnMachine(elf, 2);
      double rate = calibration.instructions() / Math.max(calibration.seconds(), 1e-6);
      long perRound = calibration.instructions() / 2;
      int rounds = (int) Math.max(1, Math.min(100_000, seconds * rate / perRound));
      System.out.printf("bench cpu: warm-up %,d instructions in %.2f s, then %.2f s;"
              + " measuring %d rounds%n",
          warmUp.instructions(), warmUp.seconds(), calibration.seconds(), rounds);

      Measurement machine = runOnMachine(elf, rounds);
      double mips = machine.instructions() / machine.seconds() / 1e6;
      System.out.printf("minix3j:  %,d instructions in %.2f s = %.1f million instructions/s"
          + " (goal %.0f)%n", machine.instructions(), machine.seconds(), mips, GOAL_MIPS);
      System.out.printf("          %.2f s of CPU time = %.1f million instructions/s per CPU"
          + " second (differs from the above when the host is busy)%n", machine.cpuSeconds(),
          machine.instructions() / Math.max(machine.cpuSeconds(), 1e-6) / 1e6);
      System.out.print("          output: " + machine.output());
      if (!withoutQemu) {
        QemuReference.requireInstalled();
        long start = System.nanoTime();
        QemuReference.Result reference = new QemuReference(directory)
            .run(executable, List.of(String.valueOf(rounds)), 3600);
        double qemuSeconds = (System.nanoTime() - start) / 1e9;
        String qemuOutput = new String(reference.standardOutput(), StandardCharsets.UTF_8);
        System.out.printf("qemu-i386: %.2f s (%.1f million instructions/s on the same count);"
            + " minix3j takes %.1fx QEMU's time%n", qemuSeconds,
            machine.instructions() / qemuSeconds / 1e6, machine.seconds() / qemuSeconds);
        System.out.println("          outputs " + (qemuOutput.equals(machine.output())
            ? "agree" : "DIFFER: qemu printed " + qemuOutput.strip()));
      }
      return 0;
    } catch (HostToolException | ElfFormatException failure) {
      System.err.println("minix3j bench cpu: " + failure.getMessage());
      return 2;
    } catch (IOException failure) {
      System.err.println("minix3j bench cpu: " + failure.getMessage());
      return 2;
    } finally {
      if (directory != null) {
        deleteTree(directory);
      }
    }
  }

  private static Measurement runOnMachine(byte[] elf, int rounds) throws ElfFormatException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (BareSession session = BareSession.load(elf, List.of("bench", String.valueOf(rounds)),
        List.of(), 64 << 20, output, new ByteArrayOutputStream())) {
      java.lang.management.ThreadMXBean threads =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      BareResult result = session.run(Long.MAX_VALUE / 2);
      double elapsed = (System.nanoTime() - start) / 1e9;
      double cpuElapsed = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      if (result.ending() != BareResult.Ending.EXITED || result.exitStatus() != 0) {
        throw new IllegalStateException("the benchmark did not finish: " + result.describe());
      }
      return new Measurement(result.instructions(), elapsed, cpuElapsed,
          output.toString(StandardCharsets.UTF_8));
    }
  }

  private static void deleteTree(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}

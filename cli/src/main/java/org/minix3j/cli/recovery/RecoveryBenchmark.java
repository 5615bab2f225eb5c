package org.minix3j.cli.recovery;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.minix3j.cli.boot.BootSession;

/**
 * {@code minix3j bench recovery}'s two measurements on one image: the recovery time of the RAM
 * disk's driver, and Figure 3(b). Each run is a fresh boot; every figure is printed as it is
 * measured.
 */
public final class RecoveryBenchmark {
  /** The first request a crash may hit: well past the boot and exec of readsum, inside its read. */
  private static final int FIRST_CRASH_REQUEST = 1000;

  private static final int CRASH_REQUEST_SPREAD = 20_000;

  private final int mebibytes;
  private final long seed;
  private final PrintStream out;
  private final BigFileImage file;
  private final int memory;

  /** Builds the image: the userland tree and a file of {@code mebibytes} MiB. */
  public RecoveryBenchmark(int mebibytes, long seed, PrintStream out) throws IOException {
    this.mebibytes = mebibytes;
    this.seed = seed;
    this.out = out;
    Path tree = BootSession.repository().resolve(BootSession.TREE);
    if (!Files.isDirectory(tree)) {
      throw new IOException("no userland tree at " + tree + "; build it with 'make -C userland'");
    }
    out.printf("bench recovery: the root file system with a %d MiB file at %s (seed %d)%n",
        mebibytes, BigFileImage.PATH, seed);
    this.file = BigFileImage.build(tree, mebibytes, seed);
    this.memory = BigFileImage.memoryMebibytes(mebibytes);
  }

  /**
   * {@code samples} crashes per policy, each in its own boot at a seeded request; prints the
   * spread and writes recovery-time.csv into {@code results}.
   */
  public void recoveryTimes(int samples, Path results)
      throws IOException, InterruptedException {
    if (samples == 0) {
      return;
    }
    StringBuilder csv = new StringBuilder("policy,crash_at_request,simulated_us,host_us\n");
    SplittableRandom random = new SplittableRandom(seed);
    for (Policies policy : Policies.values()) {
      String text = policy.text(RecoveryTime.DRIVER);
      List<RecoveryTime.Sample> measured = new ArrayList<>();
      for (int i = 0; i < samples; i++) {
        int crashAt = FIRST_CRASH_REQUEST + random.nextInt(CRASH_REQUEST_SPREAD);
        RecoveryTime.Sample sample = RecoveryTime.measure(file.image(), memory, text, crashAt);
        measured.add(sample);
        csv.append(String.format(Locale.ROOT, "%s,%d,%.1f,%.1f%n",
            policy.name().toLowerCase(Locale.ROOT), crashAt, sample.simulatedNanoseconds() / 1e3,
            sample.hostNanoseconds() / 1e3));
      }
      out.printf(Locale.ROOT, "recovery time, %s (%s crashed holding a read; %d crashes): crash ->"
          + " re-issued read done: simulated %s us, host %s us (min/median/max)%n",
          policy.description(), RecoveryTime.DRIVER, samples,
          spread(measured.stream().mapToLong(RecoveryTime.Sample::simulatedNanoseconds).toArray()),
          spread(measured.stream().mapToLong(RecoveryTime.Sample::hostNanoseconds).toArray()));
    }
    Files.createDirectories(results);
    Path file = results.resolve("recovery-time.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    out.println("bench recovery: wrote " + file);
  }

  /** Figure 3(b): every interval under both policies; prints the table, writes CSV and PNG. */
  public void figure3b(List<Long> intervals, Path results)
      throws IOException, InterruptedException {
    long boot = ReadUnderKills.bootNanoseconds(file.image(), memory);
    Figure3b figure = new Figure3b(mebibytes);
    out.printf("figure 3(b): %s (%d MiB, its bytes checked) while %s is killed every T simulated"
        + " ms%n", BigFileImage.READ_COMMAND, mebibytes, ReadUnderKills.DRIVER);
    out.println(Figure3b.heading());
    String shipped = Policies.SHIPPED.text(ReadUnderKills.DRIVER);
    ReadUnderKills.Point none = ReadUnderKills.run(file, memory, boot, shipped, 0);
    out.println(figure.add(new Figure3b.Row(Policies.SHIPPED, 0, none, 1.0)));
    double base = figure.throughput(none);
    for (Policies policy : Policies.values()) {
      String text = policy.text(ReadUnderKills.DRIVER);
      for (long interval : intervals) {
        ReadUnderKills.Point point = ReadUnderKills.run(file, memory, boot, text, interval);
        out.println(figure.add(
            new Figure3b.Row(policy, interval, point, figure.throughput(point) / base)));
      }
    }
    for (Path written : figure.write(results)) {
      out.println("bench recovery: wrote " + written);
    }
  }

  private static String spread(long[] nanoseconds) {
    long[] sorted = nanoseconds.clone();
    java.util.Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.1f/%.1f/%.1f", sorted[0] / 1e3,
        sorted[sorted.length / 2] / 1e3, sorted[sorted.length - 1] / 1e3);
  }
}

package org.minix3j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minix3j.cli.boot.BootSession;
import org.minix3j.cli.recovery.RecoveryBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minix3j bench recovery}: the recovery time of a block driver and the paper's Figure
 * 3(b), a large read while the driver is killed every T simulated milliseconds, with the
 * shipped restart policy and with restarts at once; the table, a CSV and a PNG plot under the
 * results folder. Prints figures; it is not a test.
 */
@Command(
    name = "recovery",
    mixinStandardHelpOptions = true,
    description = {
      "Recovery time of the RAM disk's driver (crash holding a read -> the re-issued read done),"
          + " and Figure 3(b): throughput of reading a large file while the driver is killed"
          + " every T simulated ms, relative to no kills.",
      "Writes recovery-time.csv, figure-3b.csv and figure-3b.png under --results."
    })
public final class BenchRecoveryCommand implements Callable<Integer> {
  @Option(names = "--size", paramLabel = "MIB", description = "the file read (default ${DEFAULT-VALUE})")
  int mebibytes = 64;

  @Option(names = "--intervals", paramLabel = "MS", split = ",",
      description = "kill intervals in simulated ms (default ${DEFAULT-VALUE})")
  List<Long> intervals = new ArrayList<>(List.of(1L, 2L, 5L, 10L, 20L, 50L, 100L, 200L, 500L,
      1000L));

  @Option(names = "--samples", paramLabel = "N",
      description = "recovery-time measurements per policy (default ${DEFAULT-VALUE})")
  int samples = 10;

  @Option(names = "--seed", paramLabel = "S",
      description = "seed of the file's bytes and the crash points (default ${DEFAULT-VALUE})")
  long seed = 1;

  @Option(names = "--results", paramLabel = "DIR",
      description = "where the CSV files and the plot go (default: results/ of the repository)")
  Path results = BootSession.repository().resolve("results");

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (mebibytes < 1 || mebibytes > 512 || samples < 0 || intervals.stream().anyMatch(t -> t < 1)) {
      System.err.println("minix3j bench recovery: --size is 1..512 MiB, --samples at least 0,"
          + " --intervals positive milliseconds");
      return 2;
    }
    System.setProperty("java.awt.headless", "true");
    RecoveryBenchmark benchmark = new RecoveryBenchmark(mebibytes, seed, System.out);
    benchmark.recoveryTimes(samples, results);
    benchmark.figure3b(intervals, results);
    return 0;
  }
}

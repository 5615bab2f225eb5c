package org.minix3j.cli.recovery;

import java.io.IOException;
import java.util.Optional;

/**
 * The paper's Figure 3(b) for one kill interval: {@code readsum /big} with the RAM
 * disk's driver killed every {@code intervalMillis} of simulated time (0: never;
 * {@link DriverKiller}). The read's time is the run's minus a boot that runs {@code true}, so booting and
 * shutting down cancel out. readsum's size and checksum must be the file's: the read may not fail, come out short or
 * bring back other bytes.
 */
final class ReadUnderKills {
  /** The driver that is killed. */
  static final String DRIVER = "memory";

  /**
   * One run.
   *
   * @param simulatedNanoseconds the read's simulated time
   * @param hostNanoseconds the run's host time
   * @param kills instances killed
   * @param restarts restarts RS logged
   */
  record Point(long simulatedNanoseconds, long hostNanoseconds, int kills, long restarts) {}

  private ReadUnderKills() {}

  /** The simulated nanoseconds of a boot that runs {@code true} and shuts down. */
  static long bootNanoseconds(byte[] image, int memoryMebibytes)
      throws IOException, InterruptedException {
    MeasuredBoot.Outcome outcome = MeasuredBoot.run(image, memoryMebibytes, "true",
        (label, instance) -> instance, Optional.empty(), system -> {});
    if (!outcome.succeeded()) {
      throw new IOException("a boot running 'true' did not shut down cleanly: " + outcome.result());
    }
    return outcome.result().simulatedNanoseconds();
  }

  /** Reads /big with the driver killed every {@code intervalMillis} ms, under {@code policy}. */
  static Point run(BigFileImage file, int memoryMebibytes, long bootNanoseconds, String policy,
      long intervalMillis) throws IOException, InterruptedException {
    long period = intervalMillis == 0 ? Long.MAX_VALUE : intervalMillis * 1_000_000L;
    DriverKiller killer = new DriverKiller(DRIVER, period);
    MeasuredBoot.Outcome outcome = MeasuredBoot.run(file.image(), memoryMebibytes,
        BigFileImage.READ_COMMAND, killer, Optional.of(policy),
        system -> killer.useClock(system.machine().clock()));
    if (!outcome.succeeded() || !outcome.console().contains(file.readsum())) {
      throw new IOException("the read with " + DRIVER + " killed every " + intervalMillis
          + " ms failed: " + outcome.result() + "; console: " + outcome.console().strip());
    }
    return new Point(outcome.result().simulatedNanoseconds() - bootNanoseconds,
        outcome.hostNanoseconds(), killer.kills(), outcome.logLines("rs: restarted " + DRIVER));
  }
}

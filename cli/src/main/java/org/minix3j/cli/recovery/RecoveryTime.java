package org.minix3j.cli.recovery;

import java.io.IOException;
import java.util.Optional;

/**
 * The recovery time of a block driver as the file system sees it: the RAM disk's driver
 * crashes holding a read of {@code readsum /big}, and the time runs until the new instance's reply
 * to the re-issued read. It is PM's death report, RS's back-off (none, or its first delay),
 * SYS_SPAWN and SYS_PRIVCTL, the label in DS, DS's notification, MFS's look-up and re-issue,
 * and the read itself.
 */
final class RecoveryTime {
  /** The driver whose recovery is timed. */
  static final String DRIVER = "memory";

  /**
   * One measurement.
   *
   * @param simulatedNanoseconds crash to completion, simulated
   * @param hostNanoseconds crash to completion, host
   */
  record Sample(long simulatedNanoseconds, long hostNanoseconds) {}

  private RecoveryTime() {}

  /** Crashes the driver at its {@code crashAt}-th request under {@code policy}; times it. */
  static Sample measure(byte[] image, int memoryMebibytes, String policy, int crashAt)
      throws IOException, InterruptedException {
    RequestCrash crash = new RequestCrash(DRIVER, crashAt);
    MeasuredBoot.Outcome outcome = MeasuredBoot.run(image, memoryMebibytes,
        BigFileImage.READ_COMMAND, crash, Optional.of(policy),
        system -> crash.attach(system.machine().clock(), system.loop()::requestStop));
    if (!crash.measured()) {
      throw new IOException("the driver did not crash at request " + crashAt
          + " and recover; the run ended: " + outcome.result() + "; console: " + outcome.console());
    }
    return new Sample(crash.simulatedNanoseconds(), crash.hostNanoseconds());
  }
}

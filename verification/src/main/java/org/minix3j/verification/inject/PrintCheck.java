package org.minix3j.verification.inject;

/**
 * The harness's side of the workload's print job: the bytes the printer must print, in order,
 * each once (the generator's bytes for round {@code rounds}, as {@code /bin/faultload} writes
 * them to /dev/lp). The printed bytes are fed to {@link #accept}; when the whole job is out,
 * injection stops (the job comes last, and it comes out whole even across a printer death, so
 * it marks the end whatever the terminal lost). A wrong byte, a byte too many or a job not out
 * when the boot ends ({@link #finish}) is a data mismatch.
 */
final class PrintCheck {
  private final byte[] expected;
  private final FaultLedger ledger;
  private int printed;
  private boolean wrong;

  PrintCheck(long seed, long round, int bytes, FaultLedger ledger) {
    this.expected = WorkloadCheck.expectedBytes(seed, round, bytes);
    this.ledger = ledger;
  }

  /** One byte the printer printed. */
  void accept(int value) {
    if (printed < expected.length && (byte) value != expected[printed]) {
      wrong = true;
    }
    printed++;
    if (printed == expected.length) {
      if (wrong) {
        ledger.mismatch();
      }
      ledger.stop();
    } else if (printed == expected.length + 1) {
      ledger.mismatch(); // printed more than the job: some bytes twice
    }
  }

  /** The boot is over: a job not printed whole is a mismatch. */
  void finish() {
    if (printed < expected.length) {
      ledger.mismatch();
    }
  }

  /** Whether the job came out whole and exact. */
  boolean exact() {
    return printed == expected.length && !wrong;
  }
}

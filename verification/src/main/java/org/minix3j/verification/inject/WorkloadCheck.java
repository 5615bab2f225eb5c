package org.minix3j.verification.inject;

import java.util.Locale;

/**
 * The harness's side of {@code /bin/faultload}: the sums the workload must print (the same
 * generator and FNV-1a hash, in 32-bit arithmetic as on i386), and the check of its console
 * output line by line as the lines come, each problem counted in the ledger against the fault
 * injected last: a block error ({@code error}), a data mismatch ({@code mismatch}: the workload
 * compares what it read with what it wrote), or a terminal error (a line missing, garbled,
 * unknown, or with a wrong sum: the data itself was compared right, so the line was damaged).
 *
 * <p>The console's bytes are fed to {@link #accept}; a line {@code faultload: done} ends the
 * workload (the ledger stops injecting) and a line {@code alive} is the final command's answer.
 */
public final class WorkloadCheck {
  /** What /etc/rc prints before the command line runs. */
  static final String BANNER = "minix3j: starting the console shell";

  /** The workload's last line. */
  static final String DONE = "faultload: done";

  /** How the workload's line begins when its print job could not be written. */
  static final String PRINT_ERROR = "print error";

  /** The final command's answer. */
  static final String ALIVE = "alive";

  private final long seed;
  private final long rounds;
  private final int bytes;
  private final boolean disk;
  private final FaultLedger ledger;
  private final StringBuilder line = new StringBuilder();
  private long nextCheck;
  private boolean done;
  private boolean alive;
  private long passed;

  /**
   * @param disk whether each round also checks the raw disk
   */
  public WorkloadCheck(long seed, long rounds, int bytes, boolean disk, FaultLedger ledger) {
    this.seed = seed;
    this.rounds = rounds;
    this.bytes = bytes;
    this.disk = disk;
    this.ledger = ledger;
  }

  /** Round {@code round}'s data, as the workload's generator makes it. */
  static byte[] expectedBytes(long seed, long round, int bytes) {
    long x = ((seed * 2654435761L) ^ (round * 40503L + 0x9e3779b9L)) & 0xffff_ffffL;
    if (x == 0) {
      x = 1;
    }
    byte[] data = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      x ^= (x << 13) & 0xffff_ffffL;
      x ^= x >>> 17;
      x ^= (x << 5) & 0xffff_ffffL;
      data[i] = (byte) (x >>> 8);
    }
    return data;
  }

  /** The hash of round {@code round}'s data, as the workload prints it. */
  public static String expectedSum(long seed, long round, int bytes) {
    long hash = 2166136261L;
    for (byte value : expectedBytes(seed, round, bytes)) {
      hash = ((hash ^ (value & 0xff)) * 16777619L) & 0xffff_ffffL;
    }
    return String.format(Locale.ROOT, "%08x", hash);
  }

  /** One byte of the console (CR dropped). */
  public void accept(int value) {
    if (value == '\r') {
      return;
    }
    if (value != '\n') {
      line.append((char) (value & 0xff));
      return;
    }
    String text = line.toString();
    line.setLength(0);
    lineDone(text);
  }

  private void lineDone(String text) {
    if (text.equals(BANNER) || text.isEmpty() || text.startsWith(PRINT_ERROR)) {
      return; // a print job that failed shows on the printer: PrintCheck counts it
    }
    if (text.equals(DONE)) {
      done = true;
      ledger.stop();
      missingUpTo(checks());
      return;
    }
    if (text.endsWith(ALIVE)) {
      if (!text.equals(ALIVE)) {
        ledger.terminalError(); // the line before lost its end when the terminal died
      }
      alive = true;
      finish(); // the done line was lost on the terminal: the workload ended all the same
      return;
    }
    String[] words = text.split(" ");
    long check = words.length == 3 || words.length == 4 ? position(words) : -1;
    if (check < nextCheck) {
      ledger.terminalError(); // garbled, repeated or unknown
      return;
    }
    missingUpTo(check);
    nextCheck = check + 1;
    long round = Long.parseLong(words[1]);
    if (words.length == 3 && words[2].equals(expectedSum(seed, round, bytes))) {
      passed++;
    } else if (words.length == 4 && words[2].equals("error")) {
      ledger.blockError();
    } else if (words.length == 4 && words[2].equals("mismatch")) {
      ledger.mismatch();
    } else {
      // the workload compared the data itself: a wrong sum is a line garbled on the terminal
      ledger.terminalError();
    }
  }

  /** The index of the check a line reports: 2 per round with the disk, else 1; -1 if none. */
  private long position(String[] words) {
    boolean onDisk = words[0].equals("disk");
    if ((!onDisk && !words[0].equals("file")) || (onDisk && !disk)) {
      return -1;
    }
    long round;
    try {
      round = Long.parseLong(words[1]);
    } catch (NumberFormatException e) {
      return -1;
    }
    if (round < 0 || round >= rounds) {
      return -1;
    }
    return disk ? 2 * round + (onDisk ? 1 : 0) : round;
  }

  private long checks() {
    return disk ? 2 * rounds : rounds;
  }

  private void missingUpTo(long check) {
    for (; nextCheck < check; nextCheck++) {
      ledger.terminalError(); // the line never came: lost on the terminal
    }
  }

  /** The run is over: checks whose lines never came are terminal errors; injection stops. */
  public void finish() {
    ledger.stop();
    missingUpTo(checks());
  }

  /** Whether the workload said it was done. */
  public boolean done() {
    return done;
  }

  /** Whether the final command answered. */
  public boolean alive() {
    return alive;
  }

  /** Checks that came back right. */
  public long passed() {
    return passed;
  }
}

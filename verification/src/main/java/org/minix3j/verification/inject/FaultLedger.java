package org.minix3j.verification.inject;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What happened to a campaign's faults, counted per kind: each injection as the fault wrapper
 * makes it, each detection as it is seen (a refusal's return code, a requester's re-issue of the
 * garbled request, RS's log line of a failure with its reason), RS's restarts and back-offs from
 * its log, and the workload's errors against the fault injected last.
 *
 * <p>The machine runs on one host thread, so the ledger needs no locking; it is deterministic as
 * the run is. {@link #stop} ends injection (the workload is done): armed faults stay unfired.
 */
public final class FaultLedger {
  private static final int INJECTED = 0;
  private static final int BY_EXIT = 1;
  private static final int BY_HEARTBEAT = 2;
  private static final int BY_REFUSAL = 3;
  private static final int BY_REQUESTER = 4;
  private static final int RESTARTS = 5;
  private static final int BACKOFFS = 6;
  private static final int NOT_REFUSED = 7;
  private static final int BLOCK_ERRORS = 8;
  private static final int TERMINAL_ERRORS = 9;
  private static final int MISMATCHES = 10;
  private static final int VIOLATIONS = 11;
  private static final int FIGURES = 12;

  private final Map<FaultKind, long[]> counts = new EnumMap<>(FaultKind.class);
  private final Map<String, Fault> awaitingDetection = new LinkedHashMap<>();
  private final Map<String, FaultKind> awaitingRestart = new LinkedHashMap<>();
  private @Nullable FaultKind last;
  private boolean active = true;
  private long unplannedFailures;
  private Consumer<String> trace = line -> {};

  private void add(FaultKind kind, int figure) {
    figures(kind)[figure]++;
  }

  private long[] figures(FaultKind kind) {
    return counts.computeIfAbsent(kind, k -> new long[FIGURES]);
  }

  /** Where each injection and each unexplained failure is described (a trace). */
  public void traceTo(Consumer<String> sink) {
    trace = sink;
  }

  /** A line for the trace. */
  void note(String line) {
    trace.accept(line);
  }

  /** Whether faults may still fire. */
  public boolean active() {
    return active;
  }

  /** No fault fires from now on. */
  public void stop() {
    active = false;
  }

  /** Faults may fire again (a new boot of the campaign). */
  public void resume() {
    active = true;
  }

  /** {@code fault} fired in its target. */
  void injected(Fault fault) {
    add(fault.kind(), INJECTED);
    trace.accept("fault #" + fault.index() + ": " + fault.kind().word() + " in " + fault.target());
    last = fault.kind();
    if (fault.kind().fatal()) {
      awaitingDetection.put(fault.target(), fault);
    }
  }

  /** An illegal access of {@code kind} came back with a refusal, or ({@code false}) did not. */
  void refusal(FaultKind kind, boolean refused) {
    add(kind, refused ? BY_REFUSAL : NOT_REFUSED);
  }

  /** The requester sent the garbled request again: it saw the reply was wrong. */
  void requesterDetected() {
    add(FaultKind.CORRUPT, BY_REQUESTER);
  }

  /**
   * A line of the kernel's log: RS's failure ({@code rs: L failed (REASON...)}, with {@code
   * restart in} for a back-off) and restart ({@code rs: restarted L}) lines are counted.
   */
  public void logLine(String line) {
    if (!line.startsWith("rs: ")) {
      return;
    }
    String rest = line.substring(4);
    if (rest.startsWith("restarted ")) {
      String label = word(rest.substring("restarted ".length()));
      FaultKind kind = awaitingRestart.remove(label);
      if (kind != null) {
        add(kind, RESTARTS);
      }
      return;
    }
    int failed = rest.indexOf(" failed (");
    if (failed <= 0) {
      return;
    }
    String label = rest.substring(0, failed);
    String reason = word(rest.substring(failed + " failed (".length()));
    Fault fault = awaitingDetection.remove(label);
    if (fault == null) {
      unplannedFailures++;
      trace.accept("unexplained: " + line);
      return;
    }
    FaultKind kind = fault.kind();
    add(kind, reason.equals("heartbeat") ? BY_HEARTBEAT : BY_EXIT);
    awaitingRestart.put(label, kind);
    if (rest.contains("restart in ")) {
      add(kind, BACKOFFS);
    }
  }

  private static String word(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end);
  }

  /** The workload saw an error on a block device (a file or the raw disk). */
  public void blockError() {
    if (last != null) {
      add(last, BLOCK_ERRORS);
    }
  }

  /** A line of the workload's terminal output was missing or wrong. */
  public void terminalError() {
    if (last != null) {
      add(last, TERMINAL_ERRORS);
    }
  }

  /** Data read back differs from what was written (counted even before any fault fired). */
  public void mismatch() {
    add(last == null ? FaultKind.CRASH : last, MISMATCHES);
  }

  /** A kernel invariant broke. */
  public void violation() {
    add(last == null ? FaultKind.CRASH : last, VIOLATIONS);
  }

  /**
   * The machine is off: fatal faults whose instance had not failed yet (a leak still growing)
   * were cut short; they are taken back (not injected) and returned to be injected again.
   * Restarts still due are forgotten.
   */
  List<Fault> cutShort() {
    List<Fault> cut = List.copyOf(awaitingDetection.values());
    for (Fault fault : cut) {
      figures(fault.kind())[INJECTED]--;
    }
    awaitingDetection.clear();
    awaitingRestart.clear();
    return cut;
  }

  /** Failures RS reported of a target no fault was waiting on. */
  public long unplannedFailures() {
    return unplannedFailures;
  }

  /** Services whose fatal fault RS has not reported yet, or not restarted after. */
  public int outstanding() {
    return awaitingDetection.size() + awaitingRestart.size();
  }

  /** One row per kind of {@code kinds}, in their order. */
  public List<KindRow> rows(List<FaultKind> kinds) {
    return kinds.stream().map(kind -> {
      long[] c = figures(kind);
      return new KindRow(kind, c[INJECTED], c[BY_EXIT], c[BY_HEARTBEAT], c[BY_REFUSAL],
          c[BY_REQUESTER], c[RESTARTS], c[BACKOFFS], c[NOT_REFUSED], c[BLOCK_ERRORS],
          c[TERMINAL_ERRORS], c[MISMATCHES], c[VIOLATIONS]);
    }).toList();
  }
}

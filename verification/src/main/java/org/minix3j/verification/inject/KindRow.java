package org.minix3j.verification.inject;

/**
 * The figures of one fault kind in a campaign: how many were injected, how each was detected
 * (the instance's exit or exception, RS's heartbeat, the kernel's refusal, the requester's check
 * of a reply), RS's restarts and back-offs, illegal accesses the kernel let through, errors the
 * workload saw on a block device and on the terminal, data that came back wrong, and kernel
 * invariant violations, each counted against the fault injected last before it.
 */
public record KindRow(FaultKind kind, long injected, long byExit, long byHeartbeat,
    long byRefusal, long byRequester, long restarts, long backoffs, long notRefused,
    long blockErrors, long terminalErrors, long mismatches, long violations) {

  /** Faults of the kind injected but not detected (yet). */
  public long undetected() {
    return Math.max(0, injected - byExit - byHeartbeat - byRefusal - byRequester);
  }

  /** Whether a figure that must be zero is not. */
  public boolean failing() {
    return undetected() > 0 || notRefused > 0 || blockErrors > 0 || mismatches > 0
        || violations > 0;
  }

  /** The sum of two rows of the same kind (shards of a campaign). */
  public KindRow plus(KindRow other) {
    return new KindRow(kind, injected + other.injected, byExit + other.byExit,
        byHeartbeat + other.byHeartbeat, byRefusal + other.byRefusal,
        byRequester + other.byRequester, restarts + other.restarts, backoffs + other.backoffs,
        notRefused + other.notRefused, blockErrors + other.blockErrors,
        terminalErrors + other.terminalErrors, mismatches + other.mismatches,
        violations + other.violations);
  }

  /** The row as one JSON object on one line. */
  public String json(long seed) {
    return String.format("{\"seed\":%d,\"kind\":\"%s\",\"injected\":%d,\"detected\":{\"exit\":%d,"
            + "\"heartbeat\":%d,\"refusal\":%d,\"requester\":%d},\"undetected\":%d,\"restarts\":%d,"
            + "\"backoffs\":%d,\"not_refused\":%d,\"block_errors\":%d,\"terminal_errors\":%d,"
            + "\"mismatches\":%d,\"violations\":%d}",
        seed, kind.word(), injected, byExit, byHeartbeat, byRefusal, byRequester, undetected(),
        restarts, backoffs, notRefused, blockErrors, terminalErrors, mismatches, violations);
  }
}

package org.minix3j.servers.rs.policy;

import java.util.Optional;

/**
 * What RS does when a service fails: {@code restart always|never [limit N] [backoff BASE_MS
 * FACTOR CAP_MS] [script PATH] [snapshot];}. RS's repair acts on it: the n-th failure in a row
 * waits {@code base * factor^(n-1)} ms, at most the cap, before the restart; a service up for
 * the cap (at least a second) counts from zero again; past the limit it is given up. With
 * {@code snapshot} RS keeps what it and the kernel knew of the last dead instance. With a
 * script (an absolute path shorter than 32 bytes) RS does not restart the service itself: PM
 * runs {@code PATH LABEL REASON COUNT}, which decides (with {@code service refresh LABEL}).
 *
 * @param mode restart the service, or leave it down
 * @param limit give up when failures in a row exceed this many (0: never give up)
 * @param backoffBaseMillis the first delay before a repeated restart
 * @param backoffFactor each further delay is the previous one times this
 * @param backoffCapMillis the longest delay
 * @param script the policy script run with label, reason and count, if any
 * @param snapshot whether RS keeps a snapshot of the last dead instance for inspection
 */
public record RestartPolicy(
    Mode mode,
    int limit,
    long backoffBaseMillis,
    int backoffFactor,
    long backoffCapMillis,
    Optional<String> script,
    boolean snapshot) {
  /** Restart or not. */
  public enum Mode {
    ALWAYS,
    NEVER
  }

  /** Restart always, no limit, 100 ms doubling up to 10 s, no script. */
  public static final RestartPolicy DEFAULT =
      new RestartPolicy(Mode.ALWAYS, 0, 100, 2, 10_000, Optional.empty(), false);

  public RestartPolicy {
    if (limit < 0 || backoffBaseMillis < 0 || backoffFactor < 1 || backoffCapMillis < backoffBaseMillis) {
      throw new IllegalArgumentException("bad restart policy");
    }
  }

  /** A policy that keeps no snapshot. */
  public RestartPolicy(Mode mode, int limit, long backoffBaseMillis, int backoffFactor,
      long backoffCapMillis, Optional<String> script) {
    this(mode, limit, backoffBaseMillis, backoffFactor, backoffCapMillis, script, false);
  }
}

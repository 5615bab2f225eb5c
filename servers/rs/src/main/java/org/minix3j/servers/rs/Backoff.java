package org.minix3j.servers.rs;

import org.minix3j.servers.rs.policy.RestartPolicy;

/**
 * The exponential back-off of repeated failures (spec: Recovery's BackoffDelay): the n-th
 * failure in a row waits {@code base * factor^(n-1)} milliseconds, at most the cap, before RS
 * restarts the service, counted in RS's periods (rounded up: a delay is never cut short).
 */
final class Backoff {
  private Backoff() {}

  /** The delay in milliseconds before the restart that follows the {@code failures}-th failure. */
  static long delayMillis(RestartPolicy policy, int failures) {
    long delay = policy.backoffBaseMillis();
    for (int i = 1; i < failures && delay < policy.backoffCapMillis(); i++) {
      delay *= policy.backoffFactor();
    }
    return Math.min(delay, policy.backoffCapMillis());
  }

  /** {@code millis} in whole periods of {@code periodMillis}, rounded up. */
  static int periods(long millis, long periodMillis) {
    return (int) Math.min(Integer.MAX_VALUE, Math.ceilDiv(millis, Math.max(1, periodMillis)));
  }

  /**
   * How long a service must stay up before its count of failures in a row starts again from
   * zero: its longest back-off delay (the cap), and at least a second.
   */
  static long stableMillis(RestartPolicy policy) {
    return Math.max(policy.backoffCapMillis(), 1000);
  }
}

package org.minix3j.servers.rs;

import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.servers.rs.policy.ServicePolicy;

/**
 * One row of RS's service table: a boot service, its policy, its endpoint now (the one of its
 * latest instance: a report naming an older one is stale), its state ({@link
 * RsCalls#STATE_UP}, ...), the restarts so far, how it last failed, and the repair state that
 * spec/Recovery.tla keeps per label: the failures in a row ({@code crashCount}), the back-off
 * periods still to wait ({@code backoff}) and the heartbeat ({@code heartbeat}: idle or pinged).
 *
 * <p>Times are RS's uptime in clock ticks.
 */
final class Service {
  private final String label;
  private final int slot;
  private final ServicePolicy policy;
  private int endpoint;
  private int state = RsCalls.STATE_UP;
  private int restarts;
  private FailureReason lastReason = FailureReason.NONE;
  private int lastSignal;
  private int failuresInRow;
  private long backoffMillis;
  private int backoffPeriodsLeft;
  private long failedAt = -1;
  private long upSince;
  private boolean pinged;
  private int periodsToPing;

  Service(String label, int slot, int endpoint, ServicePolicy policy) {
    this.label = label;
    this.slot = slot;
    this.endpoint = endpoint;
    this.policy = policy;
  }

  String label() {
    return label;
  }

  int slot() {
    return slot;
  }

  ServicePolicy policy() {
    return policy;
  }

  int endpoint() {
    return endpoint;
  }

  void setEndpoint(int endpoint) {
    this.endpoint = endpoint;
  }

  int state() {
    return state;
  }

  int restarts() {
    return restarts;
  }

  FailureReason lastReason() {
    return lastReason;
  }

  /** The signal that ended the last failed instance (0 for none, or a heartbeat kill). */
  int lastSignal() {
    return lastSignal;
  }

  int failuresInRow() {
    return failuresInRow;
  }

  /** The delay of the back-off now being waited out (or last waited), in milliseconds. */
  long backoffMillis() {
    return backoffMillis;
  }

  int backoffPeriodsLeft() {
    return backoffPeriodsLeft;
  }

  /** When the last instance ended, or -1 when nothing is to be repaired. */
  long failedAt() {
    return failedAt;
  }

  long upSince() {
    return upSince;
  }

  boolean pinged() {
    return pinged;
  }

  /** The instance failed at {@code now}: one more failure in a row. No instance runs. */
  // spec: Recovery!RsRecordsFailure
  void failed(FailureReason reason, int signal, long now) {
    state = RsCalls.STATE_DOWN;
    lastReason = reason;
    lastSignal = signal;
    failuresInRow++;
    failedAt = now;
    pinged = false;
    backoffPeriodsLeft = 0;
  }

  /** Waits {@code periods} of RS before the restart. */
  void backOff(long millis, int periods) {
    state = RsCalls.STATE_BACKOFF;
    backoffMillis = millis;
    backoffPeriodsLeft = periods;
  }

  /** One RS period of the back-off passed; true when none is left. */
  boolean backoffPeriodPassed() {
    if (backoffPeriodsLeft > 0) {
      backoffPeriodsLeft--;
    }
    return backoffPeriodsLeft == 0;
  }

  /** Stopped on request at {@code now}: down, not counted as a failure in a row. */
  void stopped(long now) {
    state = RsCalls.STATE_DOWN;
    lastReason = FailureReason.KILLED;
    lastSignal = 0;
    failedAt = now;
    pinged = false;
    backoffPeriodsLeft = 0;
  }

  /** A clean restart is asked for: the failures in a row are forgotten. */
  void forgetFailures() {
    failuresInRow = 0;
    backoffPeriodsLeft = 0;
    failedAt = -1;
  }

  /** It stayed up long enough: the next failure backs off from the start again. */
  void stable() {
    failuresInRow = 0;
  }

  /** A fresh copy is being started. */
  void restarting() {
    state = RsCalls.STATE_RESTARTING;
  }

  /** No instance runs, and none is being started. */
  void down() {
    state = RsCalls.STATE_DOWN;
    pinged = false;
    backoffPeriodsLeft = 0;
  }

  /** A fresh copy runs at {@code newEndpoint} since {@code now}; its heartbeat is idle. */
  void restarted(int newEndpoint, long now) {
    endpoint = newEndpoint;
    state = RsCalls.STATE_UP;
    restarts++;
    upSince = now;
    pinged = false;
    periodsToPing = 0;
  }

  /**
   * One RS period passed for a service that is up with a heartbeat every {@code periodsPerPing}
   * periods: true when a ping is due now.
   */
  boolean pingDue(int periodsPerPing) {
    if (periodsToPing > 0) {
      periodsToPing--;
    }
    if (periodsToPing > 0) {
      return false;
    }
    periodsToPing = periodsPerPing;
    return true;
  }

  /** RS pinged it. */
  // spec: Recovery!RSPeriod
  void ping() {
    pinged = true;
  }

  /** It answered the ping. */
  // spec: Recovery!DriverPong
  void answered() {
    pinged = false;
  }
}

package org.minix3j.servers.rs;

import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
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
  private final int programSlot;
  private final ServicePolicy policy;
  private long heartbeatMillis;
  private int endpoint;
  private int state = RsCalls.STATE_UP;
  private int restarts;
  private FailureReason lastReason = FailureReason.NONE;
  private int lastSignal;
  private String lastFailure = "-";
  private @Nullable String snapshot;
  private Optional<String> script;
  private int failures;
  private int failuresInRow;
  private long backoffMillis;
  private int backoffPeriodsLeft;
  private long failedAt = -1;
  private long upSince;
  private boolean pinged;
  private int periodsToPing;

  /** A boot service: its own program in its own slot, the policy's heartbeat. */
  Service(String label, int slot, int endpoint, ServicePolicy policy) {
    this(label, slot, slot, endpoint, policy, policy.heartbeatMillis());
  }

  /**
   * A service running the boot program of {@code programSlot} in {@code slot} (a second copy has
   * a slot of its own), pinged every {@code heartbeatMillis} (0: never).
   */
  Service(String label, int slot, int programSlot, int endpoint, ServicePolicy policy,
      long heartbeatMillis) {
    this.label = label;
    this.slot = slot;
    this.programSlot = programSlot;
    this.endpoint = endpoint;
    this.policy = policy;
    this.heartbeatMillis = heartbeatMillis;
    this.script = policy.restart().script();
  }

  /** The policy script run on a failure instead of RS's own restart, if any. */
  Optional<String> script() {
    return script;
  }

  /** From now on {@code path} is the policy script (empty: none, RS restarts on its own). */
  void setScript(Optional<String> path) {
    script = path;
  }

  /** Every failure of the service so far (a clean restart does not forget them). */
  int failures() {
    return failures;
  }

  /** The slot whose boot program this service runs (its own slot, but for a second copy). */
  int programSlot() {
    return programSlot;
  }

  /** The heartbeat period in milliseconds, 0 for none. */
  long heartbeatMillis() {
    return heartbeatMillis;
  }

  /** From now on pinged every {@code millis} (0: never). */
  void setHeartbeatMillis(long millis) {
    heartbeatMillis = millis;
  }

  /** The last failure as the log writes it ({@code crash: IllegalStateException: ...}), or "-". */
  String lastFailure() {
    return lastFailure;
  }

  /** The snapshot of the last dead instance, if the policy keeps one and it died. */
  @Nullable String snapshot() {
    return snapshot;
  }

  /** What the last failure was, as the log writes it, and the snapshot kept of it (or null). */
  void describeFailure(String failure, @Nullable String deadSnapshot) {
    lastFailure = failure;
    if (deadSnapshot != null) {
      snapshot = deadSnapshot;
    }
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
    failures++;
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
    lastFailure = FailureReason.KILLED.word();
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

  /**
   * A fresh copy runs at {@code newEndpoint} since {@code now} (a restart, or with {@code
   * restart} false the first copy of a service started by {@code service up}); its heartbeat is
   * idle.
   */
  void restarted(int newEndpoint, long now, boolean restart) {
    endpoint = newEndpoint;
    state = RsCalls.STATE_UP;
    if (restart) {
      restarts++;
    }
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

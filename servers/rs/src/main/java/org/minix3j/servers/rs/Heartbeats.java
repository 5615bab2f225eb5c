package org.minix3j.servers.rs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.protocol.RsCalls;

/**
 * RS's period (spec: Recovery!RSPeriod): an alarm (SYS_SETALARM) every {@link
 * RsContext#periodMillis}, the smallest heartbeat a service declares (or {@link
 * #DEFAULT_PERIOD_MILLIS} when none does). On each CLOCK notification RS
 *
 * <ul>
 *   <li>pings (NOTIFY) every service that is up, declares a heartbeat and whose ping is due
 *       (every {@code heartbeat / period} periods, rounded up); a service that has not answered
 *       the previous ping by then missed a whole period: RS kills it (SYS_EXIT) and treats it as
 *       a failure with the reason heartbeat;
 *   <li>forgets the failures in a row of a service that stayed up for a while ({@link
 *       Backoff#stableMillis});
 *   <li>counts down the back-off of every service waiting for its restart, and restarts those
 *       whose delay ran out.
 * </ul>
 *
 * <p>A service answers the ping with a NOTIFY to RS ({@link RsCalls#answerPing}): {@link
 * #answered}.
 */
final class Heartbeats {
  /** RS's period when no service declares a heartbeat: back-off delays still count down. */
  static final long DEFAULT_PERIOD_MILLIS = 100;

  private final RsContext context;
  private final Restarts restarts;

  Heartbeats(RsContext context, Restarts restarts) {
    this.context = context;
    this.restarts = restarts;
  }

  /** The period: the smallest declared heartbeat, else {@link #DEFAULT_PERIOD_MILLIS}. */
  static long periodMillis(Iterable<Service> services) {
    long period = 0;
    for (Service service : services) {
      long heartbeat = service.heartbeatMillis();
      if (heartbeat > 0 && (period == 0 || heartbeat < period)) {
        period = heartbeat;
      }
    }
    return period == 0 ? DEFAULT_PERIOD_MILLIS : period;
  }

  /** Arms the alarm for the next period. */
  void arm() {
    long ticks = Math.max(1, Math.ceilDiv(context.periodMillis * context.sys.ticksPerSecond(), 1000));
    long left = context.sys.setAlarm(ticks, false);
    if (left < 0) {
      context.report("alarm", "the period", (int) left);
    }
  }

  /** RS's CLOCK notification: one period passed. */
  // spec: Recovery!RSPeriod
  void period() {
    arm();
    long now = context.sys.uptime();
    for (Service service : context.services) {
      if (service.state() == RsCalls.STATE_UP) {
        if (service.failuresInRow() > 0
            && context.millis(now - service.upSince()) >= Backoff.stableMillis(service.policy().restart())) {
          service.stable();
        }
        heartbeat(service);
      } else if (service.state() == RsCalls.STATE_BACKOFF) {
        restarts.periodPassed(service);
      }
    }
  }

  private void heartbeat(Service service) {
    long heartbeat = service.heartbeatMillis();
    if (heartbeat <= 0 || !service.pingDue(Backoff.periods(heartbeat, context.periodMillis))) {
      return;
    }
    if (service.pinged()) {
      kill(service); // spec: Recovery!RSKillHung
      return;
    }
    service.ping();
    context.report("ping", service.label(), context.sys.notify(service.endpoint()));
  }

  /** The service missed its ping: RS ends it and repairs it as a failure. */
  // spec: Recovery!RSKillHung
  private void kill(Service service) {
    int ended = context.sys.exit(service.endpoint());
    if (ended != Errno.OK_VALUE && ended != Errno.EDEADSRCDST.wireValue()) {
      context.report("exit", service.label(), ended);
    }
    restarts.failed(service, FailureReason.HEARTBEAT, 0);
  }

  /** A NOTIFY from {@code source}: the answer to RS's ping if it is a service's current instance. */
  // spec: Recovery!DriverPong
  void answered(int source) {
    Service service = context.byEndpoint(source);
    if (service != null && service.state() == RsCalls.STATE_UP) {
      service.answered();
    }
  }
}

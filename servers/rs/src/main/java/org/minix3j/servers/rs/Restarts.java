package org.minix3j.servers.rs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.servers.rs.policy.Privileges;
import org.minix3j.servers.rs.policy.RestartPolicy;

/**
 * Failures and restarts of services (MINIX's manager.c). A failure ({@link #failed}) is logged
 * with its reason and, as the policy says, leaves the service down ({@code restart never}, or
 * given up past {@code limit N} failures in a row) or starts its back-off: the n-th failure in a
 * row waits {@link Backoff#delayMillis} (counted down on RS's periods by {@link #periodPassed})
 * before the restart. The restart ({@link #restart}) is a fresh copy from the boot image in the
 * service's slot with a new endpoint (SYS_SPAWN), its declared privilege with every label
 * resolved to the endpoint it has now (SYS_PRIVCTL, before the copy runs: RS has the highest
 * priority), then label -> new endpoint and a driver's {@code driver.major.<N>} in DS,
 * overwriting, so that subscribers (VFS for the majors) learn of it. Each step says in the log
 * what happened.
 */
final class Restarts {
  private final RsContext context;

  Restarts(RsContext context) {
    this.context = context;
  }

  /**
   * The current instance of {@code service} is gone ({@code reason}; {@code signal} as PM
   * reported it, 0 for none): recorded, then restarted after its back-off, or left down.
   */
  // spec: Recovery!RSReap
  void failed(Service service, FailureReason reason, int signal) {
    service.failed(reason, signal, context.sys.uptime());
    RestartPolicy policy = service.policy().restart();
    String what = "rs: " + service.label() + " failed (" + describe(reason, signal) + ")";
    if (policy.mode() == RestartPolicy.Mode.NEVER) {
      context.sys.diagnostic(what + ", restart never: left down");
      return;
    }
    if (policy.limit() > 0 && service.failuresInRow() > policy.limit()) {
      context.sys.diagnostic(what + ", " + service.failuresInRow()
          + " failures in a row, limit " + policy.limit() + ": given up, left down");
      return;
    }
    long delay = Backoff.delayMillis(policy, service.failuresInRow());
    int periods = Backoff.periods(delay, context.periodMillis);
    if (periods == 0) {
      restart(service, reason.word());
      return;
    }
    service.backOff(delay, periods);
    context.sys.diagnostic(what + ", restart in " + delay + " ms");
  }

  /** One RS period passed for {@code service}, which waits out its back-off. */
  // spec: Recovery!RSPeriod
  void periodPassed(Service service) {
    if (service.backoffPeriodPassed()) {
      restart(service, service.lastReason().word()); // spec: Recovery!RSRestart
    }
  }

  /**
   * Starts a fresh copy of {@code service}, whose instance is gone; {@code reason} goes to the
   * log. Returns {@link Errno#OK_VALUE}, or the error of the step that failed (the service is
   * then down).
   */
  // spec: Recovery!RSRestart
  int restart(Service service, String reason) {
    service.restarting();
    int endpoint = context.sys.spawn(service.slot());
    if (endpoint < 0) {
      return failedStep(service, "spawn", endpoint);
    }
    service.setEndpoint(endpoint);
    int result = context.sys.privctl(endpoint,
        Privileges.toPrivilege(service.policy(), context::endpointOf));
    if (result < 0) {
      context.sys.exit(endpoint); // never let it run without its privilege
      return failedStep(service, "privctl", result);
    }
    LabelPublisher publisher = new LabelPublisher(context.sys);
    result = publisher.open();
    if (result >= 0) {
      result = publisher.publish(service.label(), endpoint);
      if (result >= 0 && service.policy().major().isPresent()) {
        result = publisher.publish(
            LabelPublisher.majorKey(service.policy().major().getAsInt()), endpoint);
      }
      publisher.close();
    }
    long now = context.sys.uptime();
    long after = service.failedAt() < 0 ? 0 : context.millis(now - service.failedAt());
    service.restarted(endpoint, now);
    if (result < 0) {
      context.report("publish", service.label(), result); // it runs; DS lags behind
    }
    context.sys.diagnostic("rs: restarted " + service.label() + ", endpoint "
        + Endpoint.describe(endpoint) + " (" + reason + ", restart " + service.restarts()
        + ", after " + after + " ms)");
    return Errno.OK_VALUE;
  }

  private int failedStep(Service service, String step, int result) {
    service.down();
    context.sys.diagnostic("rs: restart of " + service.label() + " failed at " + step + ": "
        + RsContext.errorName(result) + "; left down");
    return result;
  }

  private static String describe(FailureReason reason, int signal) {
    return reason == FailureReason.CRASH ? reason.word() + ", signal " + signal : reason.word();
  }
}

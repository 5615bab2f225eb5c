package org.minix3j.servers.rs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.servers.rs.policy.Privileges;
import org.minix3j.servers.rs.policy.RestartPolicy;

/**
 * The restart of a service (MINIX's manager.c, restart_service): a fresh copy from the boot
 * image in the service's slot with a new endpoint (SYS_SPAWN), its declared privilege with
 * every label resolved to the endpoint it has now (SYS_PRIVCTL, before the copy runs: RS has
 * the highest priority), then label -> new endpoint and a driver's {@code driver.major.<N>} in
 * DS, overwriting, so that subscribers (VFS for the majors) learn of it. One log line says what
 * happened.
 *
 * <p>Entry points: {@link #died} when PM reports a death (the policy decides), {@link #restart}
 * for a service that is already gone (RESTART ends it first).
 */
// spec: Recovery!RSRestart
final class Restarts {
  private final RsContext context;

  Restarts(RsContext context) {
    this.context = context;
  }

  /**
   * The current instance of {@code service} died of {@code signal}: restarted if its policy
   * says {@code restart always}, else left down.
   */
  void died(Service service, int signal) {
    service.died(signal);
    if (service.policy().restart().mode() == RestartPolicy.Mode.NEVER) {
      context.sys.diagnostic("rs: " + service.label() + " died (signal " + signal
          + "), restart never: left down");
      return;
    }
    restart(service, "signal " + signal);
  }

  /**
   * Starts a fresh copy of {@code service}, whose instance is gone; {@code reason} goes to the
   * log. Returns {@link Errno#OK_VALUE}, or the error of the step that failed (the service is
   * then down).
   */
  int restart(Service service, String reason) {
    service.restarting();
    int endpoint = context.sys.spawn(service.slot());
    if (endpoint < 0) {
      return failed(service, "spawn", endpoint);
    }
    service.setEndpoint(endpoint);
    int result = context.sys.privctl(endpoint,
        Privileges.toPrivilege(service.policy(), context::endpointOf));
    if (result < 0) {
      context.sys.exit(endpoint); // never let it run without its privilege
      return failed(service, "privctl", result);
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
    service.restarted(endpoint);
    if (result < 0) {
      context.report("publish", service.label(), result); // it runs; DS lags behind
    }
    context.sys.diagnostic("rs: restarted " + service.label() + ", endpoint "
        + Endpoint.describe(endpoint) + " (" + reason + ")");
    return Errno.OK_VALUE;
  }

  private int failed(Service service, String step, int result) {
    service.down();
    context.sys.diagnostic("rs: restart of " + service.label() + " failed at " + step + ": "
        + RsContext.errorName(result) + "; left down");
    return result;
  }
}

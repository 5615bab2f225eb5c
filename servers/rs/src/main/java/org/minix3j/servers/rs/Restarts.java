package org.minix3j.servers.rs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmCalls;
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
 * what happened. Every failure is first described from the kernel's death record ({@link
 * DeadInstances}); a service with a policy script is left to it (PM runs it) instead of backing
 * off. A second copy started by {@code service up} restarts in its own slot from its program.
 */
final class Restarts {
  private final RsContext context;
  private final DeadInstances deadInstances;

  Restarts(RsContext context) {
    this.context = context;
    this.deadInstances = new DeadInstances(context);
  }

  /**
   * The current instance of {@code service} is gone ({@code reason}; {@code signal} as PM
   * reported it, 0 for none): recorded, then restarted after its back-off, or left down.
   */
  // spec: Recovery!RSReap
  void failed(Service service, FailureReason reason, int signal) {
    deadInstances.died(service, reason, signal);
    service.failed(reason, signal, context.sys.uptime());
    RestartPolicy policy = service.policy().restart();
    String what = "rs: " + service.label() + " failed (" + describe(service, reason, signal) + ")";
    if (policy.mode() == RestartPolicy.Mode.NEVER) {
      context.sys.diagnostic(what + ", restart never: left down");
      return;
    }
    if (policy.limit() > 0 && service.failuresInRow() > policy.limit()) {
      context.sys.diagnostic(what + ", " + service.failuresInRow()
          + " failures in a row, limit " + policy.limit() + ": given up, left down");
      return;
    }
    if (service.script().isPresent()) {
      runScript(service, what, service.script().get());
      return;
    }
    long delay = Backoff.delayMillis(policy, service.failuresInRow());
    int periods = context.mutant == RsMutant.NO_BACKOFF
        ? 0 : Backoff.periods(delay, context.periodMillis);
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
    return start(service, reason, true);
  }

  /**
   * As {@link #restart}; with {@code restart} false the first copy of a service that {@code
   * service up} added (not counted as a restart).
   */
  int start(Service service, String reason, boolean restart) {
    service.restarting();
    int endpoint = service.programSlot() == service.slot()
        ? context.sys.spawn(service.slot())
        : context.sys.spawn(service.slot(), service.programSlot());
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
      result = context.mutant == RsMutant.NO_PUBLISH
          ? Errno.OK_VALUE : publisher.publish(service.label(), endpoint);
      boolean ownProgram = service.programSlot() == service.slot(); // a second copy has no major
      if (result >= 0 && ownProgram && service.policy().major().isPresent()) {
        result = publisher.publish(
            LabelPublisher.majorKey(service.policy().major().getAsInt()), endpoint);
      }
      publisher.close();
    }
    long now = context.sys.uptime();
    long after = service.failedAt() < 0 ? 0 : context.millis(now - service.failedAt());
    service.restarted(endpoint, now, restart);
    if (result < 0) {
      context.report("publish", service.label(), result); // it runs; DS lags behind
    }
    context.sys.diagnostic("rs: " + (restart ? "restarted " : "started ") + service.label()
        + ", endpoint "
        + Endpoint.describe(endpoint) + " (" + reason + ", restart " + service.restarts()
        + ", after " + after + " ms)");
    return Errno.OK_VALUE;
  }

  /**
   * The policy script decides: PM starts {@code script LABEL REASON COUNT} (through init's
   * script runner) and RS leaves the service down until someone (the script, with {@code service
   * refresh}) asks. If PM cannot take the job, RS restarts the service on its own after the
   * back-off, so that a lost script never loses the service.
   */
  // spec: Recovery!RSReap
  private void runScript(Service service, String what, String script) {
    Message job = new Message();
    job.setType(PmCalls.RUN_SCRIPT);
    putText(job, 0, script, PmCalls.SCRIPT_PATH_BYTES);
    putText(job, PmCalls.SCRIPT_PATH_BYTES / 4, service.label(), LabelWords.BYTES);
    job.setPayload(12, service.lastReason().code()).setPayload(13, service.failures());
    int result = context.sys.sendrec(Endpoint.of(SystemSlots.PM, 0), job);
    if (result == Errno.OK_VALUE && job.type() == Errno.OK_VALUE) {
      context.sys.diagnostic(what + ", script " + script + " " + service.label() + " "
          + service.lastReason().word() + " " + service.failures() + ": left to the script");
      return;
    }
    int error = result != Errno.OK_VALUE ? result : job.type();
    long delay = Backoff.delayMillis(service.policy().restart(), service.failuresInRow());
    context.sys.diagnostic(what + ", script " + script + " not started ("
        + RsContext.errorName(error) + "), restart in " + delay + " ms");
    int periods = Backoff.periods(delay, context.periodMillis);
    if (periods == 0) {
      restart(service, service.lastReason().word());
    } else {
      service.backOff(delay, periods);
    }
  }

  /** {@code text} (ASCII, shorter than {@code bytes}), NUL-padded, in words {@code first}... */
  static void putText(Message message, int first, String text, int bytes) {
    byte[] ascii = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int word = 0; word < bytes / 4; word++) {
      int value = 0;
      for (int b = 0; b < 4; b++) {
        int index = word * 4 + b;
        value |= (index < ascii.length ? ascii[index] & 0xFF : 0) << (8 * b);
      }
      message.setPayload(first + word, value);
    }
  }

  private int failedStep(Service service, String step, int result) {
    service.down();
    context.sys.diagnostic("rs: restart of " + service.label() + " failed at " + step + ": "
        + RsContext.errorName(result) + "; left down");
    return result;
  }

  private static String describe(Service service, FailureReason reason, int signal) {
    return reason == FailureReason.CRASH
        ? service.lastFailure() + ", signal " + signal
        : service.lastFailure();
  }
}

package org.minix3j.servers.rs;

import java.nio.charset.StandardCharsets;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.SystemCalls;

/**
 * What RS learns of a dead instance: the kernel's death record (SYS_GETINFO's death-record
 * variant: how a Java process ended, what it threw, its IPC state, pending notifications, grants
 * and kernel entries), turned into the failure's text for the log and LIST ({@code crash:
 * IllegalStateException: queue overflow}) and, where the policy says {@code snapshot}, into the
 * snapshot kept for {@code service snapshot LABEL}: RS's own view first (label, endpoint,
 * restarts, reason, time), then the kernel's record.
 *
 * <p>Memory stays bounded: one snapshot per service, at most {@link #SNAPSHOT_MAX} characters.
 */
final class DeadInstances {
  /** The longest snapshot kept. */
  static final int SNAPSHOT_MAX = 2048;

  private static final String EXCEPTION = "exception ";

  private final RsContext context;
  private final byte[] record = new byte[SystemCalls.DEATH_RECORD_MAX];

  DeadInstances(RsContext context) {
    this.context = context;
  }

  /**
   * The instance of {@code service} at its current endpoint died ({@code reason}, {@code
   * signal}): records its failure text and, if asked for, its snapshot. Call before {@link
   * Service#failed}, while the service still names the dead endpoint.
   */
  void died(Service service, FailureReason reason, int signal) {
    int dead = service.endpoint();
    int length = context.sys.deathRecord(dead, record);
    String kernelRecord =
        length > 0 ? new String(record, 0, length, StandardCharsets.US_ASCII) : "";
    String failure = failureText(reason, kernelRecord);
    @Nullable String snapshot = null;
    if (service.policy().restart().snapshot()) {
      snapshot = snapshot(service, dead, failure, signal, kernelRecord,
          length > 0 ? null : RsContext.errorName(length));
    }
    service.describeFailure(failure, snapshot);
  }

  /**
   * The failure as the log writes it: the reason's word, and for a crash the exception's class
   * and message when the kernel's record has them.
   */
  static String failureText(FailureReason reason, String kernelRecord) {
    if (reason == FailureReason.CRASH && kernelRecord.startsWith(EXCEPTION)) {
      int end = kernelRecord.indexOf('\n');
      String thrown = kernelRecord.substring(EXCEPTION.length(),
          end < 0 ? kernelRecord.length() : end);
      return reason.word() + ": " + thrown;
    }
    return reason.word();
  }

  private String snapshot(Service service, int dead, String failure, int signal,
      String kernelRecord, @Nullable String missing) {
    StringBuilder text = new StringBuilder(256 + kernelRecord.length());
    text.append("label ").append(service.label()).append('\n')
        .append("endpoint ").append(Endpoint.describe(dead)).append('\n')
        .append("restarts ").append(service.restarts()).append('\n')
        .append("reason ").append(failure).append('\n')
        .append("signal ").append(signal).append('\n')
        .append("died at ").append(context.millis(context.sys.uptime())).append(" ms\n")
        .append("up since ").append(context.millis(service.upSince())).append(" ms\n")
        .append("failures in a row before ").append(service.failuresInRow()).append('\n')
        .append("kernel:");
    if (missing != null) {
      text.append(" no record (").append(missing).append(")\n");
    } else {
      text.append('\n').append(kernelRecord);
    }
    return text.length() <= SNAPSHOT_MAX ? text.toString() : text.substring(0, SNAPSHOT_MAX);
  }
}

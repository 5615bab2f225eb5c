package org.minix3j.servers.rs;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.SystemCalls;
import org.minix3j.servers.rs.policy.PolicyFile;

/**
 * RS's tables: the policy file, the services in slot order (the order of LIST) and RS's period
 * ({@link Heartbeats}), set once the services are known, and the mutant switched on (none in a
 * real boot).
 */
final class RsContext {
  final SystemCalls sys;
  final PolicyFile policy;
  final RsMutant mutant;
  final List<Service> services = new ArrayList<>();
  long periodMillis = Heartbeats.DEFAULT_PERIOD_MILLIS;

  RsContext(SystemCalls sys, PolicyFile policy, RsMutant mutant) {
    this.sys = sys;
    this.policy = policy;
    this.mutant = mutant;
  }

  @Nullable Service byLabel(String label) {
    for (Service service : services) {
      if (service.label().equals(label)) {
        return service;
      }
    }
    return null;
  }

  @Nullable Service byEndpoint(int endpoint) {
    for (Service service : services) {
      if (service.endpoint() == endpoint) {
        return service;
      }
    }
    return null;
  }

  /** A failed step goes to the kernel's log (SYS_DIAGCTL); RS goes on without it. */
  void report(String step, String what, int result) {
    if (result < 0) {
      sys.diagnostic("rs: " + step + " of " + what + " failed: " + errorName(result));
    }
  }

  /** The name of an error's wire value ({@code EPERM}), or the number if it is none. */
  static String errorName(int result) {
    Errno errno = Errno.fromValue(result);
    return errno == null ? Integer.toString(result) : errno.name();
  }

  /** {@code ticks} of the clock in milliseconds. */
  long millis(long ticks) {
    return ticks * 1000 / Math.max(1, sys.ticksPerSecond());
  }

  /** The endpoint of {@code label}'s service now, or -1 if it has none. */
  int endpointOf(String label) {
    Service service = byLabel(label);
    return service == null ? -1 : service.endpoint();
  }
}

package org.minix3j.servers.rs;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.SystemCalls;
import org.minix3j.servers.rs.policy.PolicyFile;

/** RS's tables: the policy file and the services in slot order (the order of LIST). */
final class RsContext {
  final SystemCalls sys;
  final PolicyFile policy;
  final List<Service> services = new ArrayList<>();

  RsContext(SystemCalls sys, PolicyFile policy) {
    this.sys = sys;
    this.policy = policy;
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

  /** The endpoint of {@code label}'s service now, or -1 if it has none. */
  int endpointOf(String label) {
    Service service = byLabel(label);
    return service == null ? -1 : service.endpoint();
  }
}

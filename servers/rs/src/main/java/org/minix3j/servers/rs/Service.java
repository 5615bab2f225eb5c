package org.minix3j.servers.rs;

import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.servers.rs.policy.ServicePolicy;

/**
 * One row of RS's service table: a boot service, its policy, its endpoint now (the one of its
 * latest instance: a report naming an older one is stale), its state ({@link
 * RsCalls#STATE_UP}, ...), the restarts so far and how it last ended.
 */
final class Service {
  private final String label;
  private final int slot;
  private final ServicePolicy policy;
  private int endpoint;
  private int state = RsCalls.STATE_UP;
  private int restarts;
  private int lastSignal;

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

  /** The signal that ended the last instance (0 while none ended). */
  int lastSignal() {
    return lastSignal;
  }

  /** The instance died of {@code signal}. */
  void died(int signal) {
    state = RsCalls.STATE_DOWN;
    lastSignal = signal;
  }

  /** A fresh copy is being started. */
  void restarting() {
    state = RsCalls.STATE_RESTARTING;
  }

  /** No instance runs, and none is being started. */
  void down() {
    state = RsCalls.STATE_DOWN;
  }

  void restarted(int newEndpoint) {
    endpoint = newEndpoint;
    state = RsCalls.STATE_UP;
    restarts++;
  }
}

package org.minix3j.servers.rs;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.servers.rs.policy.RestartPolicy;

/**
 * UP ({@code service up PROGRAM [-label L] [-period MS]}): a service from a boot-image program,
 * named by its boot service's label. Under the program's own label it brings back a service
 * that is down (stopped, failed under {@code restart never} is refused, given up), as a clean
 * restart; under a new label it starts a second copy of the program in a free system slot, with
 * the program's policy and the label published in DS (never the program's driver major, which
 * stays with the first copy). Either way the copy is then repaired as every service: a restart
 * reuses its own slot. Only root may (EPERM otherwise).
 */
final class ServiceUp {
  /** The longest heartbeat period UP takes, as the policy file. */
  static final int MOST_PERIOD_MILLIS = 3_600_000;

  private final RsContext context;
  private final Restarts restarts;
  private final ServiceCalls calls;

  ServiceUp(RsContext context, Restarts restarts, ServiceCalls calls) {
    this.context = context;
    this.restarts = restarts;
    this.calls = calls;
  }

  /** in: w0-w3 program, w4-w7 label (empty: the program's), w8 period (-1: the policy's). */
  int up(int caller, Message request, Message reply) {
    if (!calls.mayChangeServices(caller)) {
      return Errno.EPERM.wireValue();
    }
    String program = LabelWords.get(request, 0);
    String label = LabelWords.get(request, 4);
    if (label.isEmpty()) {
      label = program;
    }
    int period = request.payload(8);
    if (period < -1 || period > MOST_PERIOD_MILLIS || !validLabel(label)) {
      return Errno.EINVAL.wireValue();
    }
    Service image = bootService(program);
    if (image == null) {
      return Errno.ESRCH.wireValue();
    }
    if (image.policy().restart().mode() == RestartPolicy.Mode.NEVER) {
      return Errno.EPERM.wireValue();
    }
    long heartbeat = period < 0 ? image.policy().heartbeatMillis() : period;
    Service existing = context.byLabel(label);
    if (existing != null) {
      return again(existing, image, heartbeat);
    }
    return secondCopy(label, image, heartbeat);
  }

  /** The label's service exists: started afresh if it runs the program and is down. */
  private int again(Service existing, Service image, long heartbeat) {
    if (existing.programSlot() != image.programSlot()) {
      return Errno.EBUSY.wireValue(); // the label is another program's
    }
    if (existing.state() != RsCalls.STATE_DOWN) {
      return Errno.EBUSY.wireValue();
    }
    existing.setHeartbeatMillis(heartbeat);
    existing.forgetFailures();
    int result = restarts.restart(existing, "up");
    return result == Errno.OK_VALUE ? existing.endpoint() : result;
  }

  /** A second copy of {@code image}'s program under {@code label} in a free system slot. */
  private int secondCopy(String label, Service image, long heartbeat) {
    int slot = freeSystemSlot();
    if (slot < 0) {
      return Errno.ENOSPC.wireValue();
    }
    Service copy = new Service(label, slot, image.programSlot(), Endpoint.NONE, image.policy(),
        heartbeat);
    int result = restarts.start(copy, "up", false);
    if (result != Errno.OK_VALUE) {
      return result;
    }
    int at = 0;
    while (at < context.services.size() && context.services.get(at).slot() < slot) {
      at++;
    }
    context.services.add(at, copy);
    return copy.endpoint();
  }

  private @Nullable Service bootService(String program) {
    Service service = context.byLabel(program);
    return service != null && service.programSlot() == service.slot() ? service : null;
  }

  /** The lowest system slot no service holds (every boot program is a service's), or -1. */
  private int freeSystemSlot() {
    for (int slot = SystemSlots.PM; slot < SystemSlots.FIRST_USER; slot++) {
      if (!taken(slot)) {
        return slot;
      }
    }
    return -1;
  }

  private boolean taken(int slot) {
    for (Service service : context.services) {
      if (service.slot() == slot || service.programSlot() == slot) {
        return true;
      }
    }
    return false;
  }

  /** A label as the policy file's: 1 to 16 of a-z, 0-9, '_' and '-', starting with a letter. */
  static boolean validLabel(String label) {
    if (label.isEmpty() || label.length() > LabelWords.BYTES
        || label.charAt(0) < 'a' || label.charAt(0) > 'z') {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}

package org.minix3j.servers.rs;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.servers.rs.policy.RestartPolicy;

/**
 * LIST, REFRESH (and its old name RESTART) and DOWN: what the {@code service} utility asks.
 * Changing a service is for root only (PM says a user caller's effective uid) and refused with
 * EPERM for a service whose policy says {@code restart never} (its peers address it at a fixed
 * endpoint). RS ends a running instance itself (SYS_EXIT; one already dead is fine); PM is not
 * told of that end, and a report of it that comes anyway names the old endpoint and is ignored.
 */
final class ServiceCalls {
  private final RsContext context;
  private final Restarts restarts;
  private final Message question = new Message();

  ServiceCalls(RsContext context, Restarts restarts) {
    this.context = context;
    this.restarts = restarts;
  }

  /**
   * in: w0 index. result: the index, or ESRCH; out: w0-w3 label, w4 endpoint, w5 restarts, w6
   * state, w7 last failure's reason, w8 failures in a row, w9 back-off left (ms), w10 signal.
   */
  int list(int caller, Message request, Message reply) {
    int index = request.payload(0);
    if (index < 0) {
      return Errno.EINVAL.wireValue();
    }
    if (index >= context.services.size()) {
      return Errno.ESRCH.wireValue();
    }
    Service service = context.services.get(index);
    long left = service.state() == RsCalls.STATE_BACKOFF
        ? Math.min(service.backoffMillis(), service.backoffPeriodsLeft() * context.periodMillis)
        : 0;
    LabelWords.put(reply, 0, service.label());
    reply.setPayload(4, service.endpoint())
        .setPayload(5, service.restarts())
        .setPayload(6, service.state())
        .setPayload(7, service.lastReason().code())
        .setPayload(8, service.failuresInRow())
        .setPayload(9, (int) Math.min(Integer.MAX_VALUE, left))
        .setPayload(10, service.lastSignal());
    return index;
  }

  /**
   * in: w0-w3 label. A clean restart: the running instance is ended and a fresh copy started at
   * once, with no back-off; the failures in a row are forgotten (a given-up service comes back).
   */
  int refresh(int caller, Message request, Message reply) {
    Service service = context.byLabel(LabelWords.get(request, 0));
    int refused = refusal(caller, service);
    if (service == null || refused != Errno.OK_VALUE) {
      return refused;
    }
    int ended = endInstance(service);
    if (ended != Errno.OK_VALUE) {
      return ended;
    }
    service.forgetFailures();
    return restarts.restart(service, "refresh");
  }

  /** in: w0-w3 label. The service is stopped for good: ended, left down, not restarted. */
  int down(int caller, Message request, Message reply) {
    Service service = context.byLabel(LabelWords.get(request, 0));
    int refused = refusal(caller, service);
    if (service == null || refused != Errno.OK_VALUE) {
      return refused;
    }
    if (service.state() == RsCalls.STATE_DOWN && service.lastReason() == FailureReason.KILLED) {
      return Errno.OK_VALUE; // down already
    }
    int ended = endInstance(service);
    if (ended != Errno.OK_VALUE) {
      return ended;
    }
    service.stopped(context.sys.uptime());
    context.sys.diagnostic("rs: " + service.label() + " down (killed): stopped on request");
    return Errno.OK_VALUE;
  }

  /**
   * Why {@code caller} may not change {@code service} (EPERM for a user who is not root, ESRCH
   * for no such service, EPERM for {@code restart never}), or OK.
   */
  private int refusal(int caller, @Nullable Service service) {
    if (!mayChangeServices(caller)) {
      return Errno.EPERM.wireValue();
    }
    if (service == null) {
      return Errno.ESRCH.wireValue();
    }
    if (service.policy().restart().mode() == RestartPolicy.Mode.NEVER) {
      return Errno.EPERM.wireValue();
    }
    return Errno.OK_VALUE;
  }

  /** Ends the running instance of {@code service}, if one runs; OK or the kernel's error. */
  private int endInstance(Service service) {
    if (service.state() != RsCalls.STATE_UP) {
      return Errno.OK_VALUE; // in back-off or down: no instance runs
    }
    int ended = context.sys.exit(service.endpoint());
    if (ended != Errno.OK_VALUE && ended != Errno.EDEADSRCDST.wireValue()) {
      context.report("exit", service.label(), ended);
      return ended;
    }
    return Errno.OK_VALUE;
  }

  /** System processes may; a user process only if PM says its effective uid is 0. */
  private boolean mayChangeServices(int caller) {
    if (!Endpoint.isProcess(caller) || !SystemSlots.isUser(Endpoint.slot(caller))) {
      return true;
    }
    question.clear();
    question.setType(PmCalls.GETEPINFO).setPayload(0, caller);
    int result = context.sys.sendrec(Endpoint.of(SystemSlots.PM, 0), question);
    return result == Errno.OK_VALUE && question.type() >= 0 && question.payload(0) == 0;
  }
}

package org.minix3j.servers.rs;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.servers.rs.policy.RestartPolicy;

/**
 * LIST, REFRESH (and its old name RESTART), DOWN, and the texts of FAILURE and SNAPSHOT: what
 * the {@code service} utility asks ({@link ServiceUp} has UP).
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
   * state, w7 last failure's reason, w8 failures in a row, w9 back-off left (ms), w10 signal, w11 1 while a ping is unanswered.
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
        .setPayload(10, service.lastSignal())
        .setPayload(11, service.pinged() ? 1 : 0);
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

  /** in: w0-w3 label, w4-w11 script path (empty: none). {@link RsCalls#SCRIPT}. */
  int script(int caller, Message request, Message reply) {
    Service service = context.byLabel(LabelWords.get(request, 0));
    int refused = refusal(caller, service);
    if (service == null || refused != Errno.OK_VALUE) {
      return refused;
    }
    String path = scriptPath(request);
    if (!path.isEmpty() && !path.startsWith("/")) {
      return Errno.EINVAL.wireValue();
    }
    service.setScript(path.isEmpty() ? Optional.empty() : Optional.of(path));
    context.sys.diagnostic("rs: " + service.label() + " script "
        + (path.isEmpty() ? "none: RS restarts it" : path));
    return Errno.OK_VALUE;
  }

  /** The script path in w4-w11, up to the first NUL (at most 31 bytes). */
  private static String scriptPath(Message request) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < PmCalls.SCRIPT_PATH_BYTES - 1; i++) {
      int c = (request.payload(4 + i / 4) >>> (8 * (i % 4))) & 0xFF;
      if (c == 0) {
        break;
      }
      path.append((char) c);
    }
    return path.toString();
  }

  /** in: w0-w3 label, w4 offset. The text of the last failure, {@link RsCalls#FAILURE}. */
  int failure(int caller, Message request, Message reply) {
    Service service = context.byLabel(LabelWords.get(request, 0));
    return service == null
        ? Errno.ESRCH.wireValue()
        : text(service.lastFailure(), request.payload(4), reply);
  }

  /** in: w0-w3 label, w4 offset. The last dead instance's snapshot, {@link RsCalls#SNAPSHOT}. */
  int snapshot(int caller, Message request, Message reply) {
    Service service = context.byLabel(LabelWords.get(request, 0));
    if (service == null) {
      return Errno.ESRCH.wireValue();
    }
    String snapshot = service.snapshot();
    return snapshot == null
        ? Errno.ENOENT.wireValue()
        : text(snapshot, request.payload(4), reply);
  }

  /**
   * Up to {@link RsCalls#TEXT_BYTES} bytes of {@code text} from {@code offset} in w0-w13 (as a C
   * {@code char[]} over the words); returns how many (0 past the end), EINVAL for a negative
   * offset.
   */
  static int text(String text, int offset, Message reply) {
    if (offset < 0) {
      return Errno.EINVAL.wireValue();
    }
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    int count = Math.max(0, Math.min(RsCalls.TEXT_BYTES, bytes.length - offset));
    for (int word = 0; word < RsCalls.TEXT_BYTES / 4; word++) {
      int value = 0;
      for (int b = 0; b < 4; b++) {
        int index = word * 4 + b;
        value |= (index < count ? bytes[offset + index] & 0xFF : 0) << (8 * b);
      }
      reply.setPayload(word, value);
    }
    return count;
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
  int refusal(int caller, @Nullable Service service) {
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
  boolean mayChangeServices(int caller) {
    if (!Endpoint.isProcess(caller) || !SystemSlots.isUser(Endpoint.slot(caller))) {
      return true;
    }
    question.clear();
    question.setType(PmCalls.GETEPINFO).setPayload(0, caller);
    int result = context.sys.sendrec(Endpoint.of(SystemSlots.PM, 0), question);
    return result == Errno.OK_VALUE && question.type() >= 0 && question.payload(0) == 0;
  }
}

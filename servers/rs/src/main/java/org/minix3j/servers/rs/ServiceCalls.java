package org.minix3j.servers.rs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.servers.rs.policy.RestartPolicy;

/** LIST and RESTART: what the {@code service} utility asks. */
final class ServiceCalls {
  private final RsContext context;
  private final Restarts restarts;
  private final Message question = new Message();

  ServiceCalls(RsContext context, Restarts restarts) {
    this.context = context;
    this.restarts = restarts;
  }

  /** in: w0 index. result: the index, or ESRCH; out: w0-w3 label, w4 endpoint, w5, w6. */
  int list(int caller, Message request, Message reply) {
    int index = request.payload(0);
    if (index < 0) {
      return Errno.EINVAL.wireValue();
    }
    if (index >= context.services.size()) {
      return Errno.ESRCH.wireValue();
    }
    Service service = context.services.get(index);
    LabelWords.put(reply, 0, service.label());
    reply.setPayload(4, service.endpoint())
        .setPayload(5, service.restarts())
        .setPayload(6, service.state());
    return index;
  }

  /**
   * in: w0-w3 label. Root only (PM says the caller's effective uid). A service whose policy
   * says {@code restart never} is refused with EPERM (its peers address it at a fixed
   * endpoint). RS ends the running instance itself (SYS_EXIT; one already dead is fine) and
   * starts a fresh copy at once; PM is not told of that end, and a report of it that comes
   * anyway names the old endpoint and is ignored.
   */
  int restart(int caller, Message request, Message reply) {
    if (!mayChangeServices(caller)) {
      return Errno.EPERM.wireValue();
    }
    Service service = context.byLabel(LabelWords.get(request, 0));
    if (service == null) {
      return Errno.ESRCH.wireValue();
    }
    if (service.policy().restart().mode() == RestartPolicy.Mode.NEVER) {
      return Errno.EPERM.wireValue();
    }
    if (service.state() == RsCalls.STATE_UP) {
      int ended = context.sys.exit(service.endpoint());
      if (ended != Errno.OK_VALUE && ended != Errno.EDEADSRCDST.wireValue()) {
        context.report("exit", service.label(), ended);
        return ended;
      }
    }
    return restarts.restart(service, "service restart");
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

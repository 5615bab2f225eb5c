package org.minix3j.servers.rs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.RsCalls;

/**
 * PM's NOTIFY means system processes died: RS asks {@link PmCalls#SERVICE_DIED} until ESRCH and
 * hands each death of a service's current instance to {@link Restarts} as a failure: a crash for
 * the signal of an exception, a panic for {@link org.minix3j.abi.KernelSignal#EXITED} (a body
 * that returned). A report naming an endpoint no service has now is stale (an instance RS
 * itself ended and replaced, or an older generation) and is ignored: it must never restart the
 * copy that replaced it.
 */
final class DeathReports {
  /** More answers than this from one NOTIFY mean PM is misbehaving: stop asking. */
  private static final int MOST_PER_NOTIFY = 128;

  private final RsContext context;
  private final Restarts restarts;
  private final Message question = new Message();

  DeathReports(RsContext context, Restarts restarts) {
    this.context = context;
    this.restarts = restarts;
  }

  void collect() {
    for (int i = 0; i < MOST_PER_NOTIFY; i++) {
      question.clear();
      question.setType(PmCalls.SERVICE_DIED);
      int result = context.sys.sendrec(Endpoint.of(SystemSlots.PM, 0), question);
      if (result != Errno.OK_VALUE || question.type() < 0) {
        return;
      }
      Service service = context.byEndpoint(question.type());
      if (service != null && service.state() == RsCalls.STATE_UP) {
        int signal = question.payload(0);
        restarts.failed(service, FailureReason.ofSignal(signal), signal);
      }
    }
  }
}

package org.minix3j.servers.rs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmCalls;

/**
 * PM's NOTIFY means system processes died: RS asks {@link PmCalls#SERVICE_DIED} until ESRCH and
 * marks each one down with the signal that ended it. (Starting a fresh copy needs a kernel
 * mechanism that does not exist yet; the service stays down and LIST shows it.)
 */
final class DeathReports {
  /** More answers than this from one NOTIFY mean PM is misbehaving: stop asking. */
  private static final int MOST_PER_NOTIFY = 128;

  private final RsContext context;
  private final Message question = new Message();

  DeathReports(RsContext context) {
    this.context = context;
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
      if (service != null) {
        service.died(question.payload(0));
      }
    }
  }
}

package org.minix3j.servers.rs;

import java.nio.charset.StandardCharsets;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.RsCalls;

/**
 * Deaths of services, from two sides. PM's NOTIFY means system processes died: RS asks {@link
 * PmCalls#SERVICE_DIED} until ESRCH. The kernel's NOTIFY from HARDWARE means a Java system
 * process died: RS asks the kernel for the death record of each service that is up, which
 * exists only for an instance that died ({@link #fromKernel}); this needs no answer from PM,
 * which may be blocked in a call to a server that waits for the dead driver. Each death of a
 * service's current instance goes to {@link Restarts} as a failure: a crash for the signal of an
 * exception, a panic for {@link KernelSignal#EXITED} (a body that returned). A report naming an
 * endpoint no service has now is stale (one side reported it first, or RS itself ended and
 * replaced the instance, or an older generation) and is ignored: it must never restart the
 * copy that replaced it.
 */
final class DeathReports {
  /** More answers than this from one NOTIFY mean PM is misbehaving: stop asking. */
  private static final int MOST_PER_NOTIFY = 128;

  /** How the death record of a Java body that returned begins. */
  private static final String RETURNED = "returned";

  private final RsContext context;
  private final Restarts restarts;
  private final Message question = new Message();
  private final byte[] record = new byte[SystemCalls.DEATH_RECORD_MAX];

  DeathReports(RsContext context, Restarts restarts) {
    this.context = context;
    this.restarts = restarts;
  }

  /** The kernel's NOTIFY: every service that is up and has a death record now has died. */
  // spec: Recovery!RSReap
  void fromKernel() {
    for (Service service : context.services) {
      if (service.state() != RsCalls.STATE_UP) {
        continue;
      }
      int length = context.sys.deathRecord(service.endpoint(), record);
      if (length <= 0) {
        continue; // alive (ESRCH), or a death RS itself caused and handles
      }
      String how = new String(record, 0, Math.min(length, RETURNED.length()),
          StandardCharsets.US_ASCII);
      int signal = how.equals(RETURNED) ? KernelSignal.EXITED : KernelSignal.SIGABRT;
      restarts.failed(service, FailureReason.ofSignal(signal), signal);
    }
  }

  /** PM's NOTIFY: its queue of deaths. */
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

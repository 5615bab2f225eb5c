package org.minix3j.servers.pm.signal;

import java.util.ArrayDeque;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.protocol.TtyToPm;
import org.minix3j.servers.pm.Reply;
import org.minix3j.servers.pm.ipc.Peers;
import org.minix3j.servers.pm.table.PmProcess;
import org.minix3j.servers.pm.table.ProcessTable;

/**
 * Signals that come from below PM: the kernel's (CPU exceptions of user processes, the crash of
 * a system process; a HARDWARE notification, then SYS_GETKSIG until none is left), and a
 * terminal driver's (its NOTIFY, then TtyToPm.TAKE_SIGNAL until it has none).
 *
 * <p>A user process's kernel signals are faults ({@link SignalDelivery#fault}); the process
 * stays stopped in the kernel until PM ends them (SYS_ENDKSIG), unless it died or is stopped
 * by job control. SIGSTOP from the kernel is the echo of PM's own SYS_KILL and is dropped.
 * A system process's signals mean it died: the death is queued for RS, which PM NOTIFYs and
 * which asks with PmCalls.SERVICE_DIED.
 */
public final class KernelEvents {
  /** Deaths kept for RS at most; older ones are dropped past this. */
  private static final int MAX_DEATHS = 64;

  /** TAKE_SIGNAL rounds per notification at most (a driver that never says 0 cannot hang PM). */
  private static final int MAX_TERMINAL_SIGNALS = 64;

  private record Death(int endpoint, int signal) {}

  private final SystemCalls sys;
  private final ProcessTable table;
  private final Peers peers;
  private final SignalDelivery delivery;
  private final ArrayDeque<Death> deaths = new ArrayDeque<>();
  private final Message answer = new Message();

  public KernelEvents(SystemCalls sys, ProcessTable table, Peers peers, SignalDelivery delivery) {
    this.sys = sys;
    this.table = table;
    this.peers = peers;
    this.delivery = delivery;
  }

  /** A HARDWARE notification: takes and handles every pending kernel signal. */
  public void kernelSignals() {
    for (int round = 0; round < 4 * SystemSlots.TABLE_SIZE; round++) {
      if (sys.getKernelSignals(answer) != Errno.OK_VALUE) {
        return;
      }
      int endpoint = answer.payload(KernelSignal.ENDPOINT_WORD);
      int signals = answer.payload(KernelSignal.SIGNALS_WORD);
      if (endpoint == Endpoint.NONE) {
        return;
      }
      if (!Endpoint.isProcess(endpoint) || signals == 0) {
        continue;
      }
      if (SystemSlots.isUser(Endpoint.slot(endpoint))) {
        userSignals(endpoint, signals);
      } else {
        serviceDied(endpoint, signals);
      }
    }
  }

  /** A NOTIFY from a terminal driver at {@code driver}: the signals it has for process groups. */
  public void terminalSignals(int driver) {
    for (int round = 0; round < MAX_TERMINAL_SIGNALS; round++) {
      Message taken = peers.request(driver, TtyToPm.TAKE_SIGNAL);
      int signal = taken.type();
      if (signal <= 0) {
        return;
      }
      int group = taken.payload(0);
      if (!DefaultAction.valid(signal) || group <= 0) {
        continue;
      }
      for (int slot = SystemSlots.FIRST_USER; slot < SystemSlots.TABLE_SIZE; slot++) {
        PmProcess process = table.slot(slot);
        if (process.alive() && process.pgid == group) {
          delivery.raise(process, signal);
        }
      }
    }
  }

  /** SERVICE_DIED (RS only): result the dead service's endpoint, out w0 its signal; ESRCH when none. */
  public Reply nextDeath(int source, Message request, Message reply) {
    if (!Endpoint.isProcess(source) || Endpoint.slot(source) != SystemSlots.RS) {
      return Reply.of(Errno.EPERM.wireValue());
    }
    @Nullable Death death = deaths.poll();
    if (death == null) {
      return Reply.of(Errno.ESRCH.wireValue());
    }
    reply.setPayload(0, death.signal());
    return Reply.of(death.endpoint());
  }

  private void userSignals(int endpoint, int signals) {
    @Nullable PmProcess process = table.byEndpoint(endpoint);
    if (process == null) {
      return;
    }
    int raised = signals & ~KernelSignal.bit(Signals.SIGSTOP);
    for (int signal = 1; signal < Signals.NSIG && process.alive(); signal++) {
      if ((raised & KernelSignal.bit(signal)) == 0) {
        continue;
      }
      if (isFault(signal)) {
        delivery.fault(process, signal);
      } else {
        delivery.raise(process, signal); // SYS_KILL by a server: VFS's SIGPIPE
      }
    }
    if (process.alive() && !process.stopped) {
      int unused = sys.endKernelSignals(endpoint);
    }
  }

  /** The signals of CPU exceptions: they cannot be ignored or blocked away, the others can. */
  private static boolean isFault(int signal) {
    return signal == Signals.SIGSEGV || signal == Signals.SIGILL || signal == Signals.SIGFPE
        || signal == Signals.SIGTRAP || signal == Signals.SIGBUS;
  }

  private void serviceDied(int endpoint, int signals) {
    if (Endpoint.slot(endpoint) == SystemSlots.PM) {
      return;
    }
    if (deaths.size() >= MAX_DEATHS) {
      deaths.poll();
    }
    deaths.add(new Death(endpoint, Integer.numberOfTrailingZeros(signals)));
    int unused = sys.notify(SystemSlots.RS);
  }
}

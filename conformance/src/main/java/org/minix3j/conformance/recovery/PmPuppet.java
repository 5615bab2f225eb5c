package org.minix3j.conformance.recovery;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmCalls;

/**
 * A puppet PM: takes the kernel's signals (a driver's crash) and keeps each death; on the
 * binding's {@code reap} command it tells RS (NOTIFY) and answers RS's SERVICE_DIED with that
 * death, then ESRCH (spec: Recovery!RSReap, PM's half of it).
 */
final class PmPuppet implements SystemProcess {
  private final Puppets.PmRecord record;

  PmPuppet(Puppets.PmRecord record) {
    this.record = record;
  }

  @Override
  public void run(SystemCalls sys) {
    Message m = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, m) != Errno.OK_VALUE) {
        continue;
      }
      if (m.isNotification()) {
        if (m.source() == Notification.HARDWARE) {
          while (sys.getKernelSignals(m) == Errno.OK_VALUE
              && m.payload(KernelSignal.ENDPOINT_WORD) != Endpoint.NONE) {
            int dead = m.payload(KernelSignal.ENDPOINT_WORD);
            record.deaths.put(dead, m.payload(KernelSignal.SIGNALS_WORD));
            sys.endKernelSignals(dead);
          }
        } else if (m.source() == Puppets.CONDUCTOR) {
          Puppets.Command command = record.mailbox.poll();
          if (command != null) {
            Integer signals = record.deaths.remove(command.argument());
            record.toReport.add(new int[] {command.argument(), signals == null ? 0 : signals});
            sys.notify(Endpoint.of(SystemSlots.RS, 0));
          }
        }
        continue;
      }
      int caller = m.source();
      int type = m.type();
      m.clear();
      int[] death = type == PmCalls.SERVICE_DIED ? record.toReport.poll() : null;
      if (death != null) {
        m.setType(death[0]).setPayload(0, KernelSignal.SIGABRT);
      } else {
        m.setType(Errno.ESRCH.wireValue());
      }
      sys.send(caller, m);
    }
  }
}

package org.minix3j.drivers.printer;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.protocol.CharDevice;
import org.minix3j.abi.protocol.RsCalls;

/**
 * The printer driver, MINIX's {@code printer}: a printer on a PC parallel port ({@link
 * PrinterPort}), {@code /dev/lp} (minor 0), speaking the CharDevice protocol to VFS. A write is
 * a print job: it stays pending until its last byte is printed, jobs print whole in the order
 * they came ({@link Spooler}).
 *
 * <p>The loop: receive from ANY. RS's ping is answered ({@link RsCalls#answerPing}). A HARDWARE
 * notification with the port's IRQ bit, or the watchdog's CLOCK notification (an interrupt lost
 * must not stall a job): {@link Spooler#feed} hands the printer its next byte; when a job ends the driver NOTIFYs VFS, which asks STATUS
 * until NO_STATUS. Requests: OPEN and CLOSE succeed; WRITE is SUSPENDED (or fails at once:
 * EIO when the printer cannot print, EAGAIN with O_NONBLOCK behind another job); READ is
 * EINVAL (a printer has nothing to read); IOCTL ENOTTY; SELECT says ready at once (neither call
 * waits for input); CANCEL ends a pending job. Every answer is a {@link CharDevice#REPLY}
 * (w0 id, w1 status, w2 SUSPENDED for a job left pending); other minors ENXIO, unknown types
 * ENOSYS.
 *
 * <p>Print jobs survive the driver: OPEN answers {@link CharDevice#REISSUABLE}, so VFS sends a
 * job this driver held when it died again to the next instance, which goes on after the last
 * byte printed ({@link JobRecord}). A fresh instance that finds its predecessor's record in DS
 * takes the port over as it is (no INIT pulse: that would lose the byte being printed); at boot
 * there is none and the printer is reset.
 */
public final class PrinterDriver implements SystemProcess {
  /** The one minor: {@code /dev/lp}. */
  public static final int PRINTER_MINOR = 0;

  private final PrinterConfig config;

  public PrinterDriver(PrinterConfig config) {
    this.config = config;
  }

  @Override
  public void run(SystemCalls sys) {
    PrinterPort port = new PrinterPort(sys, config.port());
    JobRecord record = new JobRecord(sys);
    Spooler spooler = new Spooler(sys, port, record);
    if (record.restore(port.latch())) {
      port.takeOver();
      record.save(); // the head is none now: the latch may be written again
    } else {
      port.initialise();
    }
    sys.irqctl(config.irqLine(), true);
    long watchdog = sys.ticksPerSecond();
    boolean armed = false;

    Message request = new Message();
    Message reply = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, request) != Errno.OK_VALUE) {
        continue;
      }
      if (request.isNotification()) {
        boolean interrupt = request.source() == Notification.HARDWARE
            && (request.payload(Notification.ARGUMENT_WORD) & (1 << config.irqLine())) != 0;
        boolean alarm = request.source() == Notification.CLOCK;
        RsCalls.answerPing(sys, request); // RS's heartbeat
        if (alarm) {
          armed = false;
        }
        if (interrupt || alarm) {
          spooler.feed();
        }
      } else {
        reply.clear();
        answer(spooler, request, reply);
        sys.send(request.source(), reply); // EDEADSRCDST: the caller is gone
      }
      if (spooler.news) {
        spooler.news = false;
        sys.notify(spooler.vfs);
      }
      if (!armed && !spooler.jobs.isEmpty()) {
        armed = sys.setAlarm(watchdog, false) >= 0;
      }
    }
  }

  private static void answer(Spooler spooler, Message request, Message reply) {
    int type = request.type();
    if (type == CharDevice.STATUS) {
      Spooler.Revival revival = spooler.revivals.poll();
      if (revival == null) {
        reply.setType(CharDevice.NO_STATUS);
      } else {
        spooler.collected(revival.id());
        reply.setType(CharDevice.REVIVE).setPayload(0, revival.id()).setPayload(1, revival.status());
      }
      return;
    }
    if (type < CharDevice.OPEN || type > CharDevice.SELECT) {
      reply.setType(Errno.ENOSYS.wireValue());
      return;
    }
    int id = request.payload(1);
    int status;
    if (request.payload(0) != PRINTER_MINOR) {
      status = Errno.ENXIO.wireValue();
    } else {
      status = switch (type) {
        case CharDevice.OPEN, CharDevice.CLOSE -> Errno.OK_VALUE;
        case CharDevice.WRITE -> spooler.write(request.source(), id, request.payload(2),
            request.payload(3), request.payload(5));
        case CharDevice.READ -> Errno.EINVAL.wireValue();
        case CharDevice.IOCTL -> Errno.ENOTTY.wireValue();
        case CharDevice.SELECT ->
            request.payload(2) & (CharDevice.SELECT_READ | CharDevice.SELECT_WRITE);
        case CharDevice.CANCEL -> spooler.cancel(id);
        default -> Errno.ENOSYS.wireValue();
      };
    }
    reply.setType(CharDevice.REPLY).setPayload(0, id);
    if (type == CharDevice.OPEN && status == Errno.OK_VALUE) {
      reply.setPayload(1, status).setPayload(2, CharDevice.REISSUABLE);
    } else if (status == Spooler.SUSPENDED) {
      reply.setPayload(1, 0).setPayload(2, CharDevice.SUSPENDED);
    } else {
      reply.setPayload(1, status);
    }
  }
}

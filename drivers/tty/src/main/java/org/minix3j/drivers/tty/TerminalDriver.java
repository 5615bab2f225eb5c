package org.minix3j.drivers.tty;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.protocol.CharDevice;
import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.abi.protocol.TtyToPm;

/**
 * The terminal driver, MINIX's {@code tty}: the console on a 16550 UART ({@link Uart}), with the
 * line discipline of {@link LineDiscipline} and termios settings, speaking the CharDevice
 * protocol to VFS and TtyToPm to PM.
 *
 * <p>The loop: receive from ANY. A HARDWARE notification with the UART's IRQ bit: serve the
 * UART (typed bytes through the line discipline, more output to the transmitter); a CLOCK
 * notification: the VTIME timer; RS's ping is answered with a NOTIFY ({@link
 * RsCalls#answerPing}); after the others {@link Terminal#progress} finishes what it can and
 * NOTIFYs VFS, which asks STATUS until NO_STATUS. Requests: OPEN, CLOSE, READ, WRITE, IOCTL,
 * SELECT and CANCEL get a {@link CharDevice#REPLY} (w0 id, w1 status, w2 SUSPENDED for a
 * request left pending); STATUS gets REVIVE, SELECT_READY or NO_STATUS; PM's TAKE_SIGNAL gets
 * the signal (0: none) and w0 the process group. Minors: the console and /dev/tty (the
 * controlling terminal, which can only be the console); others ENXIO. Unknown types ENOSYS.
 *
 * <p>The foreground process group and the settings are kept in DS ({@link SavedState}): taken
 * back at start, saved whenever they change, so a restarted copy goes on where the old one
 * stopped (^C still reaches the shell's group). Requests the old copy held are lost with it:
 * VFS fails them with EIO.
 */
public final class TerminalDriver implements SystemProcess {
  private final TtyConfig config;

  public TerminalDriver(TtyConfig config) {
    this.config = config;
  }

  @Override
  public void run(SystemCalls sys) {
    Terminal terminal = new Terminal(sys, config);
    Ioctls ioctls = new Ioctls(terminal);
    Transfers transfers = new Transfers(terminal);
    SavedState saved = new SavedState(sys);
    saved.restore(terminal);
    terminal.uart.initialise();
    sys.irqctl(config.irqLine(), true);
    terminal.uart.service(terminal::received, terminal.output);

    Message request = new Message();
    Message reply = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, request) != Errno.OK_VALUE) {
        continue;
      }
      if (request.isNotification()) {
        if (RsCalls.answerPing(sys, request)) {
          continue; // RS's heartbeat
        }
        if (request.source() == Notification.HARDWARE
            && (request.payload(Notification.ARGUMENT_WORD) & (1 << config.irqLine())) != 0) {
          terminal.uart.service(terminal::received, terminal.output);
        } else if (request.source() == Notification.CLOCK) {
          terminal.timerExpired();
        }
        terminal.progress(transfers);
        saved.saveIfChanged(terminal);
        continue;
      }
      reply.clear();
      answer(terminal, transfers, ioctls, request, reply);
      sys.send(request.source(), reply); // EDEADSRCDST: the caller is gone
      terminal.progress(transfers);
      saved.saveIfChanged(terminal);
    }
  }

  private static void answer(
      Terminal terminal, Transfers transfers, Ioctls ioctls, Message request, Message reply) {
    int caller = request.source();
    int type = request.type();
    if (type == CharDevice.STATUS) {
      Terminal.Status status = terminal.statuses.poll();
      if (status == null) {
        reply.setType(CharDevice.NO_STATUS);
      } else {
        reply.setType(status.type()).setPayload(0, status.first()).setPayload(1, status.second());
      }
      return;
    }
    if (type == TtyToPm.TAKE_SIGNAL) {
      Terminal.Signal signal = terminal.takeSignal();
      reply.setType(signal == null ? 0 : signal.signal())
          .setPayload(0, signal == null ? 0 : signal.processGroup());
      return;
    }
    if (type < CharDevice.OPEN || type > CharDevice.SELECT) {
      reply.setType(Errno.ENOSYS.wireValue());
      return;
    }
    int minor = request.payload(0);
    int id = request.payload(1);
    int status;
    if (minor != Devices.CONSOLE_MINOR && minor != Devices.CONTROLLING_TTY_MINOR) {
      status = Errno.ENXIO.wireValue();
    } else {
      status = switch (type) {
        case CharDevice.OPEN -> open(terminal, request.payload(4));
        case CharDevice.CLOSE -> Errno.OK_VALUE;
        case CharDevice.READ -> transfers.read(caller, id, request.payload(2),
            request.payload(3), request.payload(5));
        case CharDevice.WRITE -> transfers.write(caller, id, request.payload(2),
            request.payload(3), request.payload(5));
        case CharDevice.IOCTL -> ioctls.ioctl(caller, id, request.payload(2), request.payload(3));
        case CharDevice.SELECT -> transfers.select(caller, request.payload(2),
            request.payload(3) == 1);
        case CharDevice.CANCEL -> transfers.cancel(id);
        default -> Errno.ENOSYS.wireValue();
      };
    }
    reply.setType(CharDevice.REPLY).setPayload(0, id);
    if (status == Transfers.SUSPENDED) {
      reply.setPayload(1, 0).setPayload(2, CharDevice.SUSPENDED);
    } else {
      reply.setPayload(1, status);
    }
  }

  /** The first opener with a process group makes it the foreground group. */
  private static int open(Terminal terminal, int processGroup) {
    if (terminal.foreground <= 0 && processGroup > 0) {
      terminal.foreground = processGroup;
    }
    return Errno.OK_VALUE;
  }
}

package org.minix3j.conformance.recovery;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.BlockDevice;

/**
 * A puppet driver: RECEIVE from ANY, as a driver does. A request from its file server is
 * taken and held (spec: Recovery!DriverReceive; OPEN and CLOSE, which the file server sends when
 * it follows a new instance, are answered at once); RS's ping is taken and left unanswered
 * until the binding says so; a NOTIFY from the conductor brings the binding's command:
 * {@code reply} (Recovery!DriverReply: the data {@code <<label code, payload>>}, copied into the
 * block request's grant or carried in the reply), {@code pong} (Recovery!DriverPong), {@code
 * crash} (Recovery!DriverCrash: the body throws, the kernel ends it and tells PM) or {@code hang}
 * (Recovery!DriverHang: from then on it takes nothing but the conductor's NOTIFYs, and no
 * command comes).
 */
final class DriverPuppet implements SystemProcess {
  /** Request type of a character write (the print-job path). */
  static final int CHAR_WRITE = 4101;

  private final Puppets.DriverRecord record;
  private final Puppets puppets;
  private final boolean block;

  DriverPuppet(Puppets.DriverRecord record, Puppets puppets, boolean block) {
    this.record = record;
    this.puppets = puppets;
    this.block = block;
  }

  @Override
  public void run(SystemCalls sys) {
    record.freshInstance();
    Message m = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, m) != Errno.OK_VALUE) {
        continue;
      }
      if (m.isNotification()) {
        if (m.source() == Puppets.CONDUCTOR) {
          Puppets.Command command = record.mailbox.poll();
          if (command != null) {
            perform(sys, command.what());
          }
        }
        continue; // RS's ping: answered when the binding says pong
      }
      int type = m.type();
      if (type == BlockDevice.READ || type == CHAR_WRITE) {
        hold(m, type == BlockDevice.READ);
      } else {
        int caller = m.source();
        m.clear();
        m.setType(Errno.OK_VALUE);
        sys.send(caller, m);
      }
    }
  }

  // spec: Recovery!DriverReceive
  private void hold(Message m, boolean blockRequest) {
    int position = blockRequest ? m.payload(1) : m.payload(0);
    record.holdingSource = m.source();
    record.holdingClient = position / 1000;
    record.holdingIndex = (position / 10) % 100;
    record.holdingPayload = position % 10;
    record.holdingGrant = blockRequest ? m.payload(3) : -1;
    record.holdingOffset = blockRequest ? m.payload(4) : 0;
    if (!blockRequest) {
      puppets.charTaken.merge(record.holdingClient * 100 + record.holdingIndex, 1, Integer::sum);
    }
  }

  private void perform(SystemCalls sys, String what) {
    switch (what) {
      case "reply" -> reply(sys); // spec: Recovery!DriverReply
      case "pong" -> sys.notify(Endpoint.of(SystemSlots.RS, 0)); // spec: Recovery!DriverPong
      case "crash" -> throw new IllegalStateException("puppet driver " + record.label
          + " crashes"); // spec: Recovery!DriverCrash
      case "hang" -> { // spec: Recovery!DriverHang
        record.hung = true;
        Message ignored = new Message();
        while (true) {
          sys.receive(Puppets.CONDUCTOR, ignored);
        }
      }
      default -> throw new IllegalStateException("no driver command " + what);
    }
  }

  private void reply(SystemCalls sys) {
    Message m = new Message();
    if (block) {
      byte[] data = new byte[8];
      putInt(data, 0, record.labelCode);
      putInt(data, 4, record.holdingPayload);
      int copied = sys.safecopyTo(record.holdingSource, record.holdingGrant, record.holdingOffset,
          data, 0, data.length);
      m.setType(copied < 0 ? copied : data.length);
    } else {
      m.setType(Errno.OK_VALUE).setPayload(0, record.labelCode).setPayload(1,
          record.holdingPayload);
    }
    int to = record.holdingSource;
    record.holdingClient = 0;
    record.holdingIndex = 0;
    record.holdingGrant = -1;
    sys.send(to, m);
  }

  private static void putInt(byte[] bytes, int at, int value) {
    for (int i = 0; i < 4; i++) {
      bytes[at + i] = (byte) (value >>> (8 * i));
    }
  }
}

package org.minix3j.conformance.recovery;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;

/**
 * A puppet client (spec: Recovery!ClientCall): on the conductor's NOTIFY it makes the call the
 * binding put in its mailbox, a SENDREC to the file-server path of the request's label, and
 * records the outcome (OK with the data {@code <<label code, payload>>}, or EIO).
 */
final class ClientPuppet implements SystemProcess {
  private final int number;
  private final Puppets.ClientRecord record;

  ClientPuppet(int number, Puppets.ClientRecord record) {
    this.number = number;
    this.record = record;
  }

  @Override
  public void run(SystemCalls sys) {
    Message m = new Message();
    while (true) {
      if (sys.receive(Puppets.CONDUCTOR, m) != Errno.OK_VALUE) {
        continue;
      }
      Puppets.Command command = record.mailbox.poll();
      if (command == null) {
        continue;
      }
      int index = command.argument() / 100;
      int payload = command.argument() % 10;
      int fileServer = Integer.parseInt(command.what());
      record.current = index;
      record.outcome.put(index, "pending");
      m.clear();
      m.setType(1).setPayload(0, number).setPayload(1, index).setPayload(2, payload);
      int result = sys.sendrec(Endpoint.of(fileServer, 0), m);
      if (result == Errno.OK_VALUE && m.type() == Errno.OK_VALUE) {
        record.outcome.put(index, "OK");
        record.data.put(index, new int[] {m.payload(0), m.payload(1)});
      } else {
        record.outcome.put(index, "EIO");
      }
    }
  }
}

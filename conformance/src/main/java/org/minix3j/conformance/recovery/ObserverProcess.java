package org.minix3j.conformance.recovery;

import java.nio.charset.StandardCharsets;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.DsCalls;
import org.minix3j.abi.protocol.RsCalls;

/**
 * Reads RS's and DS's state through their own interfaces, for the abstraction function: on the
 * conductor's NOTIFY, RsCalls.LIST of every service and DS's RETRIEVE of each driver label.
 */
final class ObserverProcess implements SystemProcess {
  private final Puppets.ObserverRecord record;
  private final String[] labels;

  ObserverProcess(Puppets.ObserverRecord record, String... labels) {
    this.record = record;
    this.labels = labels.clone();
  }

  @Override
  public void run(SystemCalls sys) {
    Message m = new Message();
    byte[] key = new byte[DsCalls.KEY_MAX];
    int ds = Endpoint.of(SystemSlots.DS, 0);
    while (true) {
      if (sys.receive(Puppets.CONDUCTOR, m) != Errno.OK_VALUE) {
        continue;
      }
      record.list.clear();
      for (int index = 0; ; index++) {
        m.clear();
        m.setType(RsCalls.LIST).setPayload(0, index);
        if (sys.sendrec(Endpoint.of(SystemSlots.RS, 0), m) != Errno.OK_VALUE || m.type() < 0) {
          break;
        }
        int[] row = new int[12];
        for (int w = 0; w < row.length; w++) {
          row[w] = m.payload(w);
        }
        record.list.put(label(m), row);
      }
      record.published.clear();
      for (String label : labels) {
        byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, key, 0, bytes.length);
        int grant = sys.grant(ds, GrantAccess.READ, key, 0, bytes.length);
        m.clear();
        m.setType(DsCalls.RETRIEVE).setPayload(0, grant).setPayload(1, bytes.length)
            .setPayload(2, DsCalls.KIND_LABEL);
        int status = sys.sendrec(ds, m);
        sys.revokeGrant(grant);
        record.published.put(label, status < 0 || m.type() < 0 ? -1 : m.payload(0));
      }
      record.done = true;
    }
  }

  private static String label(Message m) {
    StringBuilder text = new StringBuilder();
    for (int word = 0; word < 4; word++) {
      int value = m.payload(word);
      for (int b = 0; b < 4; b++) {
        char c = (char) ((value >>> (8 * b)) & 0xFF);
        if (c == 0) {
          return text.toString();
        }
        text.append(c);
      }
    }
    return text.toString();
  }
}

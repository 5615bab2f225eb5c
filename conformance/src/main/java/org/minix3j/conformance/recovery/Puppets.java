package org.minix3j.conformance.recovery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.minix3j.abi.Endpoint;

/**
 * What the binding and its puppet processes share on the host side: each puppet's command
 * mailbox (the binding puts a command, the conductor's NOTIFY wakes the puppet, which takes
 * it) and what each puppet and file-server path records of its own state for the abstraction
 * function. One per replayed behaviour; a restarted driver's fresh body takes over its slot's
 * record.
 */
final class Puppets {
  /** The slot of the bodiless conductor, whose NOTIFY wakes a puppet for its next command. */
  static final int CONDUCTOR_SLOT = 12;
  static final int CONDUCTOR = Endpoint.of(CONDUCTOR_SLOT, 0);

  /** One command to a puppet. */
  record Command(String what, int argument) {}

  /** A driver slot's record: its label and what its current instance holds. */
  static final class DriverRecord {
    final String label;
    final int labelCode;
    final Deque<Command> mailbox = new ArrayDeque<>();
    /** The request the instance took and has not answered: client number and index, 0 for none. */
    int holdingClient;
    int holdingIndex;
    /** The grant, offset and count of a held block request (0 for a character request). */
    int holdingGrant = -1;
    int holdingOffset;
    int holdingPayload;
    int holdingSource;
    boolean hung;

    DriverRecord(String label, int labelCode) {
      this.label = label;
      this.labelCode = labelCode;
    }

    void freshInstance() {
      mailbox.clear();
      holdingClient = 0;
      holdingIndex = 0;
      holdingGrant = -1;
      hung = false;
    }
  }

  /** A client's record: the outcome and the data of each of its requests, by index. */
  static final class ClientRecord {
    final Deque<Command> mailbox = new ArrayDeque<>();
    final Map<Integer, String> outcome = new LinkedHashMap<>();
    final Map<Integer, int[]> data = new LinkedHashMap<>();
    int current;
  }

  /** PM's record: deaths the kernel reported, not yet reported to RS, and the one to report. */
  static final class PmRecord {
    final Map<Integer, Integer> deaths = new LinkedHashMap<>();
    final Deque<Command> mailbox = new ArrayDeque<>();
    final Deque<int[]> toReport = new ArrayDeque<>();
  }

  /** The observer's answers: LIST rows by label, DS's endpoint per label. */
  static final class ObserverRecord {
    final Map<String, int[]> list = new LinkedHashMap<>();
    final Map<String, Integer> published = new LinkedHashMap<>();
    boolean done;
  }

  final Map<Integer, DriverRecord> drivers = new LinkedHashMap<>();
  final Map<Integer, ClientRecord> clients = new LinkedHashMap<>();
  final PmRecord pm = new PmRecord();
  final ObserverRecord observer = new ObserverRecord();
  /** Character requests that reached a driver, per client number * 100 + index. */
  final Map<Integer, Integer> charTaken = new LinkedHashMap<>();
}

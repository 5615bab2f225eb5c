package org.minix3j.verification.audit;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.kernel.proc.IpcCall;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessState;
import org.minix3j.kernel.proc.ProcessTable;

/**
 * spec/Ipc.tla's invariants, once more in Java under the same names, on the kernel's live
 * process table (and, for the messages, the audit's {@link MessageLedger}). Each returns null
 * when it holds, else what breaks it.
 */
final class IpcInvariants {
  /** The names, in the spec's order. */
  static final List<String> NAMES = List.of("TypeOK", "NotifyNeverBlocks", "NoKernelBuffering",
      "NoLostOrDuplicatedMessage", "NoStaleDelivery", "BlockedPeerAlive", "NoBlockedCycle");

  private final ProcessTable table;
  private final MessageLedger ledger;

  IpcInvariants(ProcessTable table, MessageLedger ledger) {
    this.table = table;
    this.ledger = ledger;
  }

  @Nullable String check(String name) {
    return switch (name) {
      case "TypeOK" -> typeOk();
      case "NotifyNeverBlocks" -> notifyNeverBlocks();
      case "NoKernelBuffering" -> noKernelBuffering();
      case "NoLostOrDuplicatedMessage" -> noLostOrDuplicatedMessage();
      case "NoStaleDelivery" -> noStaleDelivery();
      case "BlockedPeerAlive" -> blockedPeerAlive();
      case "NoBlockedCycle" -> noBlockedCycle();
      default -> throw new IllegalArgumentException("no invariant " + name);
    };
  }

  // spec: Ipc!TypeOK (the parts a Java type does not already guarantee)
  private @Nullable String typeOk() {
    for (int i = 0; i < table.size(); i++) {
      ProcessSlot p = table.slot(i);
      int peer = p.peer();
      if (peer != Endpoint.ANY && peer != Endpoint.NONE && !table.inRange(peer)) {
        return p + " has peer " + peer + ", no endpoint of this table";
      }
      if (p.state().blocked() == (p.call() == IpcCall.NONE)) {
        return p + " is " + p.state() + " in call " + p.call();
      }
      if (!p.pending().isEmpty() && p.pending().next(table.size()) >= 0) {
        return p + " has a pending bit beyond the table";
      }
    }
    return null;
  }

  // spec: Ipc!NotifyNeverBlocks
  private @Nullable String notifyNeverBlocks() {
    for (int i = 0; i < table.size(); i++) {
      ProcessSlot p = table.slot(i);
      if (p.state() == ProcessState.SENDING && p.call() != IpcCall.SEND && p.call() != IpcCall.SENDREC) {
        return p + " is sending in call " + p.call();
      }
      if (p.state() == ProcessState.RECEIVING && p.call() != IpcCall.RECEIVE && p.call() != IpcCall.SENDREC) {
        return p + " is receiving in call " + p.call();
      }
    }
    return null;
  }

  // spec: Ipc!NoKernelBuffering
  private @Nullable String noKernelBuffering() {
    for (int i = 0; i < table.size(); i++) {
      ProcessSlot p = table.slot(i);
      if (p.holdsMessage()) {
        if (p.state() != ProcessState.SENDING || !Endpoint.isProcess(p.peer())) {
          return p + " holds a message but is not blocked sending it";
        }
        if (!inQueue(table.slot(Endpoint.slot(p.peer())), p)) {
          return p + " holds a message but is not in the queue of " + Endpoint.describe(p.peer());
        }
      }
      for (ProcessSlot s = p.queueHead(); s != null; s = s.queueNext()) {
        if (s.state() != ProcessState.SENDING || !s.holdsMessage()) {
          return s + " is in the queue of " + p + " without a message to send";
        }
      }
    }
    return null;
  }

  private static boolean inQueue(ProcessSlot receiver, ProcessSlot sender) {
    for (ProcessSlot s = receiver.queueHead(); s != null; s = s.queueNext()) {
      if (s == sender) {
        return true;
      }
    }
    return false;
  }

  // spec: Ipc!NoLostOrDuplicatedMessage
  private @Nullable String noLostOrDuplicatedMessage() {
    int[] held = new int[ledger.sentCount() + 1];
    for (int i = 0; i < table.size(); i++) {
      ProcessSlot p = table.slot(i);
      if (p.holdsMessage()) {
        int id = p.message()[MessageLedger.ID_WORD];
        if (id < 1 || id > ledger.sentCount()) {
          return p + " holds a message with id " + id + ", never sent";
        }
        held[id]++;
      }
    }
    for (int id = 1; id <= ledger.sentCount(); id++) {
      int places = ledger.deliveriesOf(id) + held[id] + (ledger.aborted(id) ? 1 : 0);
      if (places != 1) {
        return "message " + id + " is in " + places + " places: delivered " + ledger.deliveriesOf(id)
            + " times, held " + held[id] + " times, handed back " + ledger.aborted(id);
      }
    }
    return null;
  }

  // spec: Ipc!NoStaleDelivery
  private @Nullable String noStaleDelivery() {
    for (int id = 1; id <= ledger.sentCount(); id++) {
      int by = ledger.receivedBy(id);
      if (by != Endpoint.NONE && by != ledger.addressedTo(id)) {
        return "message " + id + " addressed to " + Endpoint.describe(ledger.addressedTo(id))
            + " was received by " + Endpoint.describe(by);
      }
    }
    for (int i = 0; i < table.size(); i++) {
      ProcessSlot r = table.slot(i);
      if (r.alive()) {
        for (ProcessSlot s = r.queueHead(); s != null; s = s.queueNext()) {
          if (s.peer() != r.endpoint()) {
            return s + " waits in the queue of " + r + " with a message for " + Endpoint.describe(s.peer());
          }
        }
      }
    }
    return null;
  }

  // spec: Ipc!BlockedPeerAlive
  private @Nullable String blockedPeerAlive() {
    for (int i = 0; i < table.size(); i++) {
      ProcessSlot p = table.slot(i);
      if (p.state().blocked() && p.peer() != Endpoint.ANY && table.current(p.peer()) == null) {
        return p + " is blocked on " + Endpoint.describe(p.peer()) + ", which is dead or stale";
      }
    }
    return null;
  }

  // spec: Ipc!NoBlockedCycle
  private @Nullable String noBlockedCycle() {
    for (int i = 0; i < table.size(); i++) {
      ProcessSlot start = table.slot(i);
      ProcessSlot at = start;
      for (int hops = 0; hops < table.size(); hops++) {
        if (!at.state().blocked() || !Endpoint.isProcess(at.peer()) || !table.inRange(at.peer())) {
          break;
        }
        at = table.slot(Endpoint.slot(at.peer()));
        if (at == start) {
          return "blocked cycle through " + start;
        }
      }
    }
    return null;
  }
}

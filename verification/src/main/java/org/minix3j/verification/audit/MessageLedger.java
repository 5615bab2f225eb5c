package org.minix3j.verification.audit;

import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Notification;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessState;
import org.minix3j.kernel.proc.ProcessTable;

/**
 * The history spec/Ipc.tla keeps and the kernel does not, kept by the audit from the ids its
 * workload writes into messages (payload word 0): the endpoint each id was addressed to, the
 * endpoint that received it, how often it was received, and whether it was handed back. The
 * workload calls {@link #before} before each kernel step and {@link #after} after it.
 */
final class MessageLedger {
  /** Payload word 0 of the message words: the id. */
  static final int ID_WORD = 2;

  private int[] addressedTo = new int[1024];
  private int[] receivedBy = new int[1024];
  private int[] deliveries = new int[1024];
  private boolean[] aborted = new boolean[1024];
  private int nextId = 1;
  private ProcessState[] stateBefore = new ProcessState[0];
  private int[] heldBefore = new int[0];

  /** The id for the next message sent. */
  int nextId() {
    return nextId;
  }

  /** The message with the next id was accepted by the kernel for {@code destination}. */
  void sent(int destination) {
    grow(nextId);
    addressedTo[nextId] = destination;
    receivedBy[nextId] = Endpoint.NONE;
    nextId++;
  }

  int sentCount() {
    return nextId - 1;
  }

  void before(ProcessTable table) {
    if (stateBefore.length != table.size()) {
      stateBefore = new ProcessState[table.size()];
      heldBefore = new int[table.size()];
    }
    for (int i = 0; i < table.size(); i++) {
      ProcessSlot p = table.slot(i);
      stateBefore[i] = p.state();
      heldBefore[i] = p.holdsMessage() ? p.message()[ID_WORD] : 0;
    }
  }

  /**
   * Records what the step did to messages: receipts (a receiver woken with OK, or {@code
   * receiver}, which took a message at once) and messages handed back (held before, held no more,
   * not received: their sender was released or exited).
   */
  void after(ProcessTable table, @Nullable ProcessSlot receiverAtOnce) {
    for (int i = 0; i < table.size(); i++) {
      ProcessSlot p = table.slot(i);
      boolean woke = stateBefore[i] == ProcessState.RECEIVING
          && p.state() == ProcessState.RUNNING && p.result() == Errno.OK_VALUE;
      boolean tookAtOnce = p == receiverAtOnce && p.result() == Errno.OK_VALUE;
      if ((woke || tookAtOnce) && p.message()[1] != Notification.TYPE) {
        int id = p.message()[ID_WORD];
        if (id >= 1 && id < nextId) {
          receivedBy[id] = p.endpoint();
          deliveries[id]++;
        }
      }
    }
    for (int i = 0; i < table.size(); i++) {
      int id = heldBefore[i];
      if (id != 0 && !table.slot(i).holdsMessage() && deliveriesOf(id) == 0) {
        aborted[id] = true;
      }
    }
  }

  int addressedTo(int id) {
    return addressedTo[id];
  }

  int receivedBy(int id) {
    return receivedBy[id];
  }

  int deliveriesOf(int id) {
    return deliveries[id];
  }

  boolean aborted(int id) {
    return aborted[id];
  }

  private void grow(int id) {
    if (id >= addressedTo.length) {
      int size = Math.max(id + 1, addressedTo.length * 2);
      addressedTo = Arrays.copyOf(addressedTo, size);
      receivedBy = Arrays.copyOf(receivedBy, size);
      deliveries = Arrays.copyOf(deliveries, size);
      aborted = Arrays.copyOf(aborted, size);
    }
  }
}

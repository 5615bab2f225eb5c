package org.minix3j.conformance.kernel;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * spec/Ipc.tla's history variables, which the kernel does not hold: kept by the binding from the
 * message ids its puppets write into their messages and read out of what they receive
 * ({@code nextId}, {@code addressedTo}, {@code receivedBy}, {@code deliveries}, {@code aborted},
 * {@code notifyCount}).
 */
final class IpcHistory {
  final long[] addressedTo;
  final long[] receivedBy;
  final long[] deliveries;
  final TreeSet<Integer> aborted = new TreeSet<>();
  int nextId = 1;
  int notifyCount;

  IpcHistory(int maxMessages, long none) {
    addressedTo = new long[maxMessages + 1];
    receivedBy = new long[maxMessages + 1];
    deliveries = new long[maxMessages + 1];
    Arrays.fill(addressedTo, none);
    Arrays.fill(receivedBy, none);
  }

  int maxMessages() {
    return addressedTo.length - 1;
  }

  /** Whether {@code id} is a message id of the model (a corrupted id is reported, not stored). */
  boolean known(int id) {
    return id >= 1 && id <= maxMessages();
  }
}

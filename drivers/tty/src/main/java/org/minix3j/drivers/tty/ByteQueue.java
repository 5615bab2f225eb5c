package org.minix3j.drivers.tty;

/** A bounded FIFO of bytes (a ring), for the terminal's raw input and its output. */
final class ByteQueue {
  private final byte[] ring;
  private int head;
  private int size;

  ByteQueue(int capacity) {
    ring = new byte[capacity];
  }

  int size() {
    return size;
  }

  int room() {
    return ring.length - size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Appends {@code value}; returns false (and drops it) when full. */
  boolean add(int value) {
    if (size == ring.length) {
      return false;
    }
    ring[(head + size) % ring.length] = (byte) value;
    size++;
    return true;
  }

  /** Removes and returns the oldest byte (0..255); the queue must not be empty. */
  int take() {
    if (size == 0) {
      throw new IllegalStateException("empty queue");
    }
    int value = ring[head] & 0xFF;
    head = (head + 1) % ring.length;
    size--;
    return value;
  }

  /** Moves up to {@code max} bytes into {@code into} from 0; returns how many. */
  int take(byte[] into, int max) {
    int count = Math.min(max, size);
    for (int i = 0; i < count; i++) {
      into[i] = (byte) take();
    }
    return count;
  }

  void clear() {
    head = 0;
    size = 0;
  }
}

package org.minix3j.servers.vfs;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.posix.Limits;

/**
 * A pipe's data: a ring of {@link Limits#PIPE_BUF} bytes, and how many open files read and
 * write it. Anonymous pipes (pipe(2)) have no vnode; a FIFO's pipe hangs off its vnode while
 * open.
 */
final class Pipe {
  final int id;
  final @Nullable Vnode fifo;
  private final byte[] ring = new byte[Limits.PIPE_BUF];
  private int head;
  private int count;
  int readers;
  int writers;

  Pipe(int id, @Nullable Vnode fifo) {
    this.id = id;
    this.fifo = fifo;
  }

  int available() {
    return count;
  }

  int free() {
    return ring.length - count;
  }

  /** Appends {@code length} bytes of {@code from}; the caller made sure they fit. */
  void put(byte[] from, int offset, int length) {
    for (int i = 0; i < length; i++) {
      ring[(head + count + i) % ring.length] = from[offset + i];
    }
    count += length;
  }

  /** Copies up to {@code length} of the oldest bytes into {@code into}, keeping them; how many. */
  int peek(byte[] into, int length) {
    int taken = Math.min(length, count);
    for (int i = 0; i < taken; i++) {
      into[i] = ring[(head + i) % ring.length];
    }
    return taken;
  }

  /** Drops the {@code length} oldest bytes (after a {@link #peek} reached the reader). */
  void skip(int length) {
    int dropped = Math.min(length, count);
    head = (head + dropped) % ring.length;
    count -= dropped;
  }
}

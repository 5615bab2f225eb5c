package org.minix3j.abi;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The IPC primitives, numbered as the trap passes them in EAX.
 *
 * <p>The trap convention: {@code int 0x21} with EAX = the function number, EBX = the peer
 * endpoint (or {@link Endpoint#ANY} for RECEIVE), ECX = the linear address of the caller's
 * {@link MessageLayout#SIZE}-byte message buffer. The result comes back in EAX: {@link
 * Errno#OK_VALUE} or a negative {@link Errno} wire value.
 */
public enum IpcFunction {
  /** Blocks until the destination receives the message (rendezvous). */
  SEND(1),
  /** Blocks until a message or notification from the given source (or ANY) arrives. */
  RECEIVE(2),
  /** SEND followed by a RECEIVE that accepts only the reply from the same endpoint. */
  SENDREC(3),
  /** Sets one pending bit for the destination; never blocks. */
  NOTIFY(4);

  /** The software interrupt vector of the IPC trap. */
  public static final int TRAP_VECTOR = 0x21;

  private final int number;

  IpcFunction(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  /** The function with this number, or null for an illegal number (the kernel: EBADCALL). */
  public static @Nullable IpcFunction fromNumber(int number) {
    for (IpcFunction function : values()) {
      if (function.number == number) {
        return function;
      }
    }
    return null;
  }

  /** The bit of this primitive in a privilege's allowed-primitives mask. */
  public int maskBit() {
    return 1 << number;
  }
}

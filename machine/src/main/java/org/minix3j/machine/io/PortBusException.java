package org.minix3j.machine.io;

/** A refused registration or an access outside the 64 KiB port space of the {@link PortBus}. */
public final class PortBusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message. */
  public PortBusException(String message) {
    super(message);
  }
}

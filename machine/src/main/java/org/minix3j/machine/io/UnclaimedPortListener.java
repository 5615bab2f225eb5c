package org.minix3j.machine.io;

/** Told about every access to a port no device claims (for logging and diagnostics). */
@FunctionalInterface
public interface UnclaimedPortListener {
  /** A listener that does nothing. */
  UnclaimedPortListener NONE = (port, width, write, value) -> {};

  /**
   * Called once per unclaimed byte port touched; {@code value} is the byte written, or all ones
   * for a read.
   */
  void unclaimedAccess(int port, PortWidth width, boolean write, int value);
}

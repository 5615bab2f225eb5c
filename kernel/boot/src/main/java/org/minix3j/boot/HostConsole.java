package org.minix3j.boot;

import java.io.IOException;

/**
 * The host's side of the console's input: what the user types, handed to the machine between
 * slices of simulated time. Output needs no interface: the UART's sink takes it.
 */
public interface HostConsole {
  /** Bytes typed since the last call, waiting at most {@code waitMillis} (0: don't wait) for one. */
  byte[] poll(long waitMillis) throws IOException;

  /** Whether the user asked to leave (the console's escape key). */
  boolean leaveRequested();

  /** No input, ever: the console of {@code boot -c} and of the tests. */
  HostConsole NONE = new HostConsole() {
    @Override
    public byte[] poll(long waitMillis) {
      return new byte[0];
    }

    @Override
    public boolean leaveRequested() {
      return false;
    }
  };
}

package org.minix3j.machine.devices.uart;

/**
 * Where the bytes a UART puts on the wire go: the host terminal, or a buffer in a test. Called on
 * the simulated clock, once per byte, when the byte's last stop bit has been sent.
 */
@FunctionalInterface
public interface SerialSink {
  /** A sink that throws every byte away. */
  SerialSink DISCARD = byteValue -> {};

  /** One byte (0-255) has left the transmitter. */
  void transmitted(int byteValue);
}

package org.minix3j.machine.devices.lpt;

/**
 * Where the bytes a printer on the parallel port prints go: a host file, or a buffer in a test.
 * Called on the simulated clock, once per byte, when the printer has taken the byte (the end of
 * its BUSY time).
 */
@FunctionalInterface
public interface PrinterSink {
  /** A sink that throws every byte away (no printer attached). */
  PrinterSink DISCARD = byteValue -> {};

  /** One byte (0-255) has been printed. */
  void printed(int byteValue);
}

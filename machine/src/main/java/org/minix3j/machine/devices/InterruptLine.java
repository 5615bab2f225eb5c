package org.minix3j.machine.devices;

/**
 * One interrupt request wire from a device to the interrupt controller. A device is given its
 * line at construction and drives it: {@link #raise()} sets the wire high, {@link #lower()} sets
 * it low; calling either when the wire is already at that level changes nothing. An
 * edge-triggered input latches a request on a low-to-high transition; {@link #pulse()} gives one
 * such transition and leaves the wire low.
 */
public interface InterruptLine {
  /** A line connected to nothing (for devices whose output goes nowhere). */
  InterruptLine DISCONNECTED =
      new InterruptLine() {
        @Override
        public void raise() {}

        @Override
        public void lower() {}
      };

  /** Drives the wire high. */
  void raise();

  /** Drives the wire low. */
  void lower();

  /** A rising edge followed by a return to low. */
  default void pulse() {
    raise();
    lower();
  }

  /** Drives the wire to {@code high}. */
  default void set(boolean high) {
    if (high) {
      raise();
    } else {
      lower();
    }
  }
}

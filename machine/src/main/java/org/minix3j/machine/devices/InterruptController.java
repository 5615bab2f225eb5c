package org.minix3j.machine.devices;

/**
 * What the CPU side (the Java kernel and the machine's run loop) sees of the interrupt
 * controller: whether an interrupt is pending, and the interrupt-acknowledge cycle (INTA) that
 * returns its vector and marks it in service. The kernel ends the interrupt later with an EOI
 * written to the controller's ports.
 */
public interface InterruptController {
  /** True when the controller asserts INTR: an unmasked request of high enough priority. */
  boolean interruptPending();

  /**
   * The INTA cycle: chooses the highest-priority pending request, marks it in service and
   * returns its vector. With nothing pending it returns the spurious vector (IRQ 7 of the
   * master, or IRQ 15 when the slave has lost its request), as the 8259 does.
   */
  int acknowledge();
}

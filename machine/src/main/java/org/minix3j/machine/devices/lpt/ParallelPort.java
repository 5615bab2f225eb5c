package org.minix3j.machine.devices.lpt;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.machine.clock.ScheduledEvent;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.InterruptLine;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.io.PortDevice;
import org.minix3j.machine.io.PortWidth;

/**
 * The PC's standard (output-only, SPP) parallel port with a Centronics printer attached: LPT1
 * at 0x378, IRQ 7.
 *
 * <p>Registers: base+0 data (the output latch; reads back what was written); base+1 status,
 * read only: bit 7 {@link #STATUS_NOT_BUSY} (the BUSY line, inverted), bit 6 {@link
 * #STATUS_NOT_ACK} (ACK, active low), bit 5 {@link #STATUS_PAPER_OUT}, bit 4 {@link
 * #STATUS_SELECT} (the printer is on line), bit 3 {@link #STATUS_NOT_ERROR} (ERROR, active low),
 * bits 2-0 read 0; base+2 control: bit 0 {@link #CONTROL_STROBE}, bit 1 auto feed (recorded),
 * bit 2 {@link #CONTROL_NOT_INIT} (0 holds the printer in reset), bit 3 {@link
 * #CONTROL_SELECT_IN}, bit 4 {@link #CONTROL_IRQ_ENABLE}; bit 5 (direction) and up are ignored.
 * At power-on the control register reads {@code 0x0C}, as the BIOS leaves it: the printer
 * initialised and selected, interrupts off.
 *
 * <p>The printer's protocol (the Centronics handshake) on the simulated clock: the host puts a
 * byte in the data latch and raises STROBE; if the printer is ready (selected, out of reset,
 * paper loaded, no fault, not busy) it takes the byte and is BUSY for {@link
 * #BUSY_NANOSECONDS}; then the byte is printed (to the {@link PrinterSink}), BUSY drops, and ACK
 * is pulsed low for {@link #ACK_NANOSECONDS}; at the end of the pulse (ACK's rising edge) the port
 * interrupts if IRQ enable is set. A strobe while the printer is not ready is ignored (the byte
 * is lost): a driver looks at BUSY first. The printer also shows BUSY while it cannot print (off
 * line, out of paper, in fault), with ERROR asserted. Asserting INIT resets the printer: a byte
 * it was printing is lost and no ACK follows.
 *
 * <p>The host side sets the printer's condition with {@link #setPaperOut} and {@link #setFault}.
 */
public final class ParallelPort implements PortDevice {
  /** LPT1's base port. */
  public static final int LPT1_PORT = 0x378;

  /** How long the printer is busy with one byte. */
  public static final long BUSY_NANOSECONDS = 10_000;

  /** How long the ACK pulse lasts after BUSY drops. */
  public static final long ACK_NANOSECONDS = 5_000;

  /** Status: the printer can take a byte (BUSY inverted). */
  public static final int STATUS_NOT_BUSY = 0x80;

  /** Status: not acknowledging (ACK is active low). */
  public static final int STATUS_NOT_ACK = 0x40;

  /** Status: the printer is out of paper. */
  public static final int STATUS_PAPER_OUT = 0x20;

  /** Status: the printer is selected (on line). */
  public static final int STATUS_SELECT = 0x10;

  /** Status: no error (ERROR is active low). */
  public static final int STATUS_NOT_ERROR = 0x08;

  /** Control: STROBE; a rising edge hands the data latch to the printer. */
  public static final int CONTROL_STROBE = 0x01;

  /** Control: INIT, inverted: 0 holds the printer in reset. */
  public static final int CONTROL_NOT_INIT = 0x04;

  /** Control: SELECT IN; 1 selects the printer. */
  public static final int CONTROL_SELECT_IN = 0x08;

  /** Control: the port interrupts at the end of every ACK pulse. */
  public static final int CONTROL_IRQ_ENABLE = 0x10;

  private static final int CONTROL_BITS = 0x1F;

  private final SimulatedClock clock;
  private final InterruptLine irq;
  private final PrinterSink sink;
  private final int basePort;
  private int data;
  private int control = CONTROL_NOT_INIT | CONTROL_SELECT_IN;
  private boolean paperOut;
  private boolean fault;
  private int printing = -1;
  private boolean acknowledging;
  private @Nullable ScheduledEvent pending;
  private long bytesPrinted;
  private long strobesIgnored;

  /** A port at {@code basePort} (3 ports) on {@code clock}, interrupting on {@code irq}. */
  public ParallelPort(SimulatedClock clock, int basePort, InterruptLine irq, PrinterSink sink) {
    this.clock = clock;
    this.basePort = basePort;
    this.irq = irq;
    this.sink = sink;
  }

  /** Claims the data, status and control ports. */
  public void attach(PortBus bus) {
    bus.register(basePort, 3, String.format("lpt@0x%X", basePort), this);
  }

  /** The host loads paper ({@code false}) or the printer runs out of it ({@code true}). */
  public void setPaperOut(boolean out) {
    paperOut = out;
  }

  /** The printer reports a fault (a jam, the cover open) until cleared. */
  public void setFault(boolean faulty) {
    fault = faulty;
  }

  /** Bytes printed since power-on. */
  public long bytesPrinted() {
    return bytesPrinted;
  }

  /** Strobes the printer ignored because it was not ready (bytes lost). */
  public long strobesIgnored() {
    return strobesIgnored;
  }

  @Override
  public int read(int port, PortWidth width) {
    return switch (port - basePort) {
      case 0 -> data;
      case 1 -> status();
      default -> control;
    };
  }

  @Override
  public void write(int port, PortWidth width, int value) {
    switch (port - basePort) {
      case 0 -> data = value & 0xFF;
      case 1 -> {} // the status register is read only
      default -> writeControl(value & CONTROL_BITS);
    }
  }

  private int status() {
    int status = 0;
    boolean online = online();
    if (online && printing < 0) {
      status |= STATUS_NOT_BUSY;
    }
    if (!acknowledging) {
      status |= STATUS_NOT_ACK;
    }
    if (paperOut) {
      status |= STATUS_PAPER_OUT;
    }
    if ((control & CONTROL_SELECT_IN) != 0 && !fault) {
      status |= STATUS_SELECT;
    }
    if (online) {
      status |= STATUS_NOT_ERROR;
    }
    return status;
  }

  /** Whether the printer could print: selected, out of reset, with paper and no fault. */
  private boolean online() {
    return (control & CONTROL_SELECT_IN) != 0
        && (control & CONTROL_NOT_INIT) != 0
        && !paperOut
        && !fault;
  }

  private void writeControl(int value) {
    int before = control;
    control = value;
    if ((value & CONTROL_NOT_INIT) == 0 && (before & CONTROL_NOT_INIT) != 0) {
      reset();
    }
    if ((value & CONTROL_STROBE) != 0 && (before & CONTROL_STROBE) == 0) {
      strobe();
    }
  }

  private void reset() {
    ScheduledEvent event = pending;
    if (event != null) {
      clock.cancel(event);
      pending = null;
    }
    printing = -1;
    acknowledging = false;
  }

  private void strobe() {
    if (!online() || printing >= 0) {
      strobesIgnored++;
      return;
    }
    printing = data;
    ScheduledEvent acknowledge = pending;
    if (acknowledge != null) {
      clock.cancel(acknowledge); // a byte strobed during ACK: that ACK ends now, unseen
      acknowledging = false;
    }
    pending = clock.scheduleAfter(BUSY_NANOSECONDS, "lpt.busy", this::printed);
  }

  private void printed() {
    int value = printing;
    printing = -1;
    bytesPrinted++;
    sink.printed(value);
    acknowledging = true;
    pending = clock.scheduleAfter(ACK_NANOSECONDS, "lpt.ack", this::acknowledged);
  }

  private void acknowledged() {
    pending = null;
    acknowledging = false;
    if ((control & CONTROL_IRQ_ENABLE) != 0) {
      irq.pulse(); // the interrupt follows ACK's rising edge
    }
  }
}

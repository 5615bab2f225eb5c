package org.minix3j.drivers.printer;

import java.util.List;
import org.minix3j.abi.PortRequest;
import org.minix3j.abi.SystemCalls;

/**
 * The parallel port through SYS_DEVIO and SYS_VDEVIO, as MINIX's {@code printer.c} drives it:
 * the printer is reset (INIT asserted) and selected with interrupts on; a byte goes out as data,
 * then a STROBE pulse; the status register says whether the printer can take the next one, is
 * still busy, or cannot print at all (off line, out of paper, in fault). The data latch, which
 * reads back what was last written and which the printer looks at only on a strobe, doubles as
 * the job's byte counter that outlives the driver ({@link JobRecord}).
 */
final class PrinterPort {
  static final int DATA = 0;
  static final int STATUS = 1;
  static final int CONTROL = 2;

  static final int STATUS_NOT_BUSY = 0x80;
  static final int STATUS_PAPER_OUT = 0x20;
  static final int STATUS_SELECT = 0x10;
  static final int STATUS_NOT_ERROR = 0x08;

  static final int CONTROL_STROBE = 0x01;
  static final int CONTROL_NOT_INIT = 0x04;
  static final int CONTROL_SELECT_IN = 0x08;
  static final int CONTROL_IRQ_ENABLE = 0x10;

  /** The control register while printing: out of reset, selected, interrupting on ACK. */
  static final int RUNNING = CONTROL_NOT_INIT | CONTROL_SELECT_IN | CONTROL_IRQ_ENABLE;

  /** What the status register says. */
  enum Condition {
    /** It takes a byte now. */
    READY,
    /** It is printing the last byte; the ACK interrupt will come. */
    BUSY,
    /** It cannot print: off line, out of paper, in fault, or the port cannot be read. */
    FAILED
  }

  private final SystemCalls sys;
  private final int base;
  private final long[] values = new long[4];

  PrinterPort(SystemCalls sys, int base) {
    this.sys = sys;
    this.base = base;
  }

  /** Resets the printer (INIT pulse) and leaves it selected with interrupts on. */
  void initialise() {
    List<PortRequest> setup = List.of(
        PortRequest.write(base + CONTROL, 1, CONTROL_SELECT_IN), // INIT asserted: reset
        PortRequest.write(base + CONTROL, 1, RUNNING));
    sys.vdevio(setup, new long[setup.size()]);
  }

  /**
   * A new instance takes over a port its predecessor was printing on: out of reset, selected,
   * interrupting, without the INIT pulse that would lose a byte the printer is still printing.
   */
  void takeOver() {
    sys.outPort(base + CONTROL, 1, RUNNING);
  }

  /** The data latch (0-255), or a negative error. */
  int latch() {
    long value = sys.inPort(base + DATA, 1);
    return value < 0 ? (int) value : (int) (value & 0xFF);
  }

  /** Sets the data latch without printing (no strobe). */
  int setLatch(int value) {
    return sys.outPort(base + DATA, 1, value & 0xFF);
  }

  /** The printer's condition now. */
  Condition condition() {
    long status = sys.inPort(base + STATUS, 1);
    if (status < 0
        || (status & STATUS_PAPER_OUT) != 0
        || (status & STATUS_NOT_ERROR) == 0
        || (status & STATUS_SELECT) == 0) {
      return Condition.FAILED;
    }
    return (status & STATUS_NOT_BUSY) != 0 ? Condition.READY : Condition.BUSY;
  }

  /**
   * Hands {@code value} to the printer: data, then STROBE raised and lowered, then {@code
   * witness} left in the latch; one SYS_VDEVIO, so the latch holds the witness exactly when the
   * byte went out.
   */
  int strobe(int value, int witness) {
    List<PortRequest> writes = List.of(
        PortRequest.write(base + DATA, 1, value & 0xFF),
        PortRequest.write(base + CONTROL, 1, RUNNING | CONTROL_STROBE),
        PortRequest.write(base + CONTROL, 1, RUNNING),
        PortRequest.write(base + DATA, 1, witness & 0xFF));
    return sys.vdevio(writes, values);
  }
}

package org.minix3j.drivers.printer;

import org.minix3j.abi.testing.FakeSystemCalls;

/**
 * A parallel port and printer as the driver sees them through their ports: a byte strobed while
 * the printer is ready is printed at once and leaves the printer busy until {@link #finish}
 * (the end of its BUSY time, before the ACK interrupt the test then delivers). Strobes while
 * busy or unable to print are counted and lost.
 */
final class FakePrinterPort implements FakeSystemCalls.Ports {
  static final int BASE = 0x378;

  private final StringBuilder paper = new StringBuilder();
  private int data;
  private int control;
  private boolean busy;
  boolean paperOut;
  boolean fault;
  int lostStrobes;
  int controlWrites;

  /** What the printer printed so far. */
  String paper() {
    return paper.toString();
  }

  int control() {
    return control;
  }

  boolean busy() {
    return busy;
  }

  /** Power-on: no paper printed, nothing latched, the printer idle. */
  void reset() {
    paper.setLength(0);
    data = 0;
    control = 0;
    busy = false;
    lostStrobes = 0;
    controlWrites = 0;
  }

  /** The printer is done with its byte. */
  void finish() {
    busy = false;
  }

  private boolean online() {
    return (control & PrinterPort.CONTROL_SELECT_IN) != 0
        && (control & PrinterPort.CONTROL_NOT_INIT) != 0 && !paperOut && !fault;
  }

  @Override
  public long in(int port, int width) {
    return switch (port - BASE) {
      case 0 -> data;
      case 1 -> (online() && !busy ? 0x80 : 0) | 0x40 | (paperOut ? 0x20 : 0)
          | (fault ? 0 : 0x10) | (online() ? 0x08 : 0);
      case 2 -> control;
      default -> 0xFF;
    };
  }

  @Override
  public void out(int port, int width, int value) {
    switch (port - BASE) {
      case 0 -> data = value & 0xFF;
      case 2 -> {
        controlWrites++;
        boolean rising = (value & 1) != 0 && (control & 1) == 0;
        control = value;
        if (rising) {
          if (!online() || busy) {
            lostStrobes++;
          } else {
            paper.append((char) data);
            busy = true;
          }
        }
      }
      default -> {}
    }
  }
}

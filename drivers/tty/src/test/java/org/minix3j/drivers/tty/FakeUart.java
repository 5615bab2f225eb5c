package org.minix3j.drivers.tty;

import org.minix3j.abi.testing.FakeSystemCalls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * A 16550 as the driver sees it through its ports: bytes typed wait in the receiver, bytes
 * written go out on the wire at once (or, when {@link #busy}, wait until {@link #drain}).
 * Interrupt identification: received data first, then transmitter empty.
 */
final class FakeUart implements FakeSystemCalls.Ports {
  static final int BASE = 0x3F8;

  private final ArrayDeque<Integer> receiver = new ArrayDeque<>();
  private final StringBuilder wire = new StringBuilder();
  private final StringBuilder held = new StringBuilder();
  private int interruptEnable;
  private int lineControl;
  private int modemControl;
  private int fifoControl;
  private boolean transmitEmptyPending;
  boolean busy;

  void type(String text) {
    for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
      receiver.add(b & 0xFF);
    }
  }

  /** What went out on the wire so far, and forget it. */
  String takeWire() {
    String out = wire.toString();
    wire.setLength(0);
    return out;
  }

  /** The line finished sending what the FIFO held. */
  void drain() {
    wire.append(held);
    held.setLength(0);
    transmitEmptyPending = true;
  }

  int interruptEnable() {
    return interruptEnable;
  }

  int lineControl() {
    return lineControl;
  }

  int modemControl() {
    return modemControl;
  }

  int fifoControl() {
    return fifoControl;
  }

  @Override
  public long in(int port, int width) {
    switch (port - BASE) {
      case 0 -> {
        Integer value = receiver.poll();
        return value == null ? 0 : value;
      }
      case 2 -> {
        if ((interruptEnable & 1) != 0 && !receiver.isEmpty()) {
          return 0xC4;
        }
        if ((interruptEnable & 2) != 0 && transmitEmptyPending) {
          transmitEmptyPending = false;
          return 0xC2;
        }
        return 0xC1;
      }
      case 5 -> {
        return (receiver.isEmpty() ? 0 : 1) | (held.length() == 0 ? 0x60 : 0);
      }
      default -> {
        return 0;
      }
    }
  }

  @Override
  public void out(int port, int width, int value) {
    switch (port - BASE) {
      case 0 -> {
        if ((lineControl & 0x80) != 0) {
          return;
        }
        if (busy) {
          held.append((char) value);
        } else {
          wire.append((char) value);
          transmitEmptyPending = true;
        }
      }
      case 1 -> interruptEnable = (lineControl & 0x80) != 0 ? interruptEnable : value;
      case 2 -> fifoControl = value;
      case 3 -> lineControl = value;
      case 4 -> modemControl = value;
      default -> {}
    }
  }
}

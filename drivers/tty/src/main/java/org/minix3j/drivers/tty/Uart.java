package org.minix3j.drivers.tty;

import java.util.ArrayList;
import java.util.List;
import org.minix3j.abi.PortRequest;
import org.minix3j.abi.SystemCalls;

/**
 * The 16550 UART, through SYS_DEVIO and SYS_VDEVIO: set up as 115200 baud 8N1 with both 16-byte
 * FIFOs, receive-data and transmit-empty interrupts, OUT2 set (the PC gates the IRQ with it).
 * The line is paced by the machine's clock, so output is queued and sent one FIFO-full at a
 * time, when the line status says the transmitter is empty; the next transmit-empty interrupt
 * asks for more.
 */
final class Uart {
  static final int DATA = 0;
  static final int INTERRUPT_ENABLE = 1;
  static final int INTERRUPT_ID = 2;
  static final int FIFO_CONTROL = 2;
  static final int LINE_CONTROL = 3;
  static final int MODEM_CONTROL = 4;
  static final int LINE_STATUS = 5;

  static final int LSR_DATA_READY = 0x01;
  static final int LSR_THR_EMPTY = 0x20;
  static final int IIR_NONE = 0x01;
  static final int FIFO_BYTES = 16;

  /** Interrupt sources served per notification, at most (a stuck device cannot hold us). */
  private static final int MOST_SOURCES = 64;

  private final SystemCalls sys;
  private final int base;
  private final long[] values = new long[FIFO_BYTES];

  Uart(SystemCalls sys, int base) {
    this.sys = sys;
    this.base = base;
  }

  void initialise() {
    List<PortRequest> setup = List.of(
        PortRequest.write(base + INTERRUPT_ENABLE, 1, 0),
        PortRequest.write(base + LINE_CONTROL, 1, 0x80), // divisor latch
        PortRequest.write(base + DATA, 1, 1), // divisor 1: 115200 baud
        PortRequest.write(base + INTERRUPT_ENABLE, 1, 0),
        PortRequest.write(base + LINE_CONTROL, 1, 0x03), // 8N1
        PortRequest.write(base + FIFO_CONTROL, 1, 0x07), // FIFOs on and cleared, trigger 1
        PortRequest.write(base + MODEM_CONTROL, 1, 0x0B), // DTR, RTS, OUT2
        PortRequest.write(base + INTERRUPT_ENABLE, 1, 0x03)); // received data, THR empty
    sys.vdevio(setup, new long[setup.size()]);
  }

  /** Where received bytes go. */
  interface Receiver {
    void received(int value);
  }

  /**
   * Serves the UART's interrupt: every pending source in the datasheet's order, received bytes
   * to {@code receiver}; then sends what {@code output} holds as far as the FIFO takes it.
   */
  void service(Receiver receiver, ByteQueue output) {
    for (int i = 0; i < MOST_SOURCES; i++) {
      long id = sys.inPort(base + INTERRUPT_ID, 1);
      if (id < 0 || (id & IIR_NONE) != 0) {
        break;
      }
      int source = (int) id & 0x0E;
      if (source == 0x06) {
        sys.inPort(base + LINE_STATUS, 1);
      } else if (source == 0x04 || source == 0x0C) {
        drain(receiver);
      } else if (source == 0x02) {
        transmit(output);
      }
    }
    drain(receiver);
    transmit(output);
  }

  /** Reads every byte the receiver holds. */
  void drain(Receiver receiver) {
    for (int i = 0; i < 4 * FIFO_BYTES; i++) {
      long status = sys.inPort(base + LINE_STATUS, 1);
      if (status < 0 || (status & LSR_DATA_READY) == 0) {
        return;
      }
      long value = sys.inPort(base + DATA, 1);
      if (value >= 0) {
        receiver.received((int) value);
      }
    }
  }

  /**
   * Whether the UART's transmit FIFO is empty: at most the byte in the shift register is still
   * on the wire (the transmit-empty interrupt says when this becomes true; nothing says when
   * the shift register empties, and a powering-off machine lets it finish).
   */
  boolean transmitterIdle() {
    long status = sys.inPort(base + LINE_STATUS, 1);
    return status >= 0 && (status & LSR_THR_EMPTY) != 0;
  }

  /** If the transmitter is empty, fills its FIFO from {@code output}. */
  void transmit(ByteQueue output) {
    if (output.isEmpty()) {
      return;
    }
    long status = sys.inPort(base + LINE_STATUS, 1);
    if (status < 0 || (status & LSR_THR_EMPTY) == 0) {
      return; // the transmit-empty interrupt will come
    }
    List<PortRequest> writes = new ArrayList<>(FIFO_BYTES);
    while (!output.isEmpty() && writes.size() < FIFO_BYTES) {
      writes.add(PortRequest.write(base + DATA, 1, output.take()));
    }
    sys.vdevio(writes, values);
  }
}

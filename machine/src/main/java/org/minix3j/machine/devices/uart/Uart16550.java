package org.minix3j.machine.devices.uart;

import java.util.ArrayDeque;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.machine.clock.ClockMath;
import org.minix3j.machine.clock.ScheduledEvent;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.InterruptLine;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.io.PortDevice;
import org.minix3j.machine.io.PortWidth;

/**
 * A National Semiconductor 16550A UART (the PC's COM1 at 0x3F8, IRQ 4, is the console).
 *
 * <p>Implemented (16550A datasheet): RBR/THR, IER (received data, THR empty, line status), IIR
 * with the datasheet's priorities (line status, received data, character time-out, THR empty)
 * and FIFO bits, FCR (enable, clear, receive trigger level 1/4/8/14), LCR with the DLAB bit and
 * the divisor latch, MCR (loopback; OUT2 gates the interrupt output, as wired on the PC), LSR
 * (DR, OE, THRE, TEMT), MSR (carrier, DSR and CTS present; loopback reflects MCR), scratch. FIFOs
 * are 16 bytes; without FIFOs the holding registers are one byte. Parity, framing and break are
 * never produced and the modem status interrupt never fires.
 *
 * <p>Timing: a character occupies (start + data + parity + stop) bits at 1.8432 MHz / (16 x
 * divisor) baud on the simulated clock, so output is paced deterministically. The host side
 * feeds input with {@link #feed}; the wire delivers it one character time apart and, like
 * hardware flow control, holds the next byte while the receive FIFO is full (no host input is
 * lost). Bytes sent in loopback mode that find the FIFO full are lost and set OE.
 */
public final class Uart16550 implements PortDevice {
  /** COM1's base port. */
  public static final int COM1_PORT = 0x3F8;

  /** The UART's crystal frequency, in Hz. */
  public static final long CRYSTAL_FREQUENCY_HZ = 1_843_200L;

  private static final int FIFO_SIZE = 16;
  private static final int[] TRIGGER_LEVELS = {1, 4, 8, 14};

  private final SimulatedClock clock;
  private final InterruptLine irq;
  private final SerialSink sink;
  private final int basePort;
  private final ArrayDeque<Integer> receiveFifo = new ArrayDeque<>();
  private final ArrayDeque<Integer> transmitFifo = new ArrayDeque<>();
  private final ArrayDeque<Integer> hostInput = new ArrayDeque<>();
  private int interruptEnable;
  private int lineControl;
  private int modemControl;
  private int scratch;
  private int divisor = 1;
  private boolean fifoEnabled;
  private int triggerLevel = 1;
  private boolean overrun;
  private boolean transmitEmptyPending;
  private boolean timeoutPending;
  private int shifting = -1;
  private boolean irqHigh;
  private @Nullable ScheduledEvent receiveEvent;
  private @Nullable ScheduledEvent timeoutEvent;

  /**
   * A UART at {@code basePort} (8 ports) on {@code clock}, interrupting on {@code irq} and
   * sending to {@code sink}. The divisor starts at 1 (115200 baud), 5 data bits, no FIFO.
   */
  public Uart16550(SimulatedClock clock, int basePort, InterruptLine irq, SerialSink sink) {
    this.clock = clock;
    this.basePort = basePort;
    this.irq = irq;
    this.sink = sink;
  }

  /** Claims the 8 ports from the base port. */
  public void attach(PortBus bus) {
    bus.register(basePort, 8, String.format("uart@0x%X", basePort), this);
  }

  /** The host side sends bytes to the machine; they arrive one character time apart. */
  public void feed(byte[] bytes) {
    for (byte value : bytes) {
      hostInput.add(value & 0xFF);
    }
    scheduleReceiveIfNeeded();
  }

  /** Bytes fed by the host that the wire has not delivered into the receiver yet. */
  public int hostInputWaiting() {
    return hostInput.size();
  }

  /** The simulated time one character takes with the current divisor and line control. */
  public long characterTimeNanoseconds() {
    int dataBits = 5 + (lineControl & 3);
    int halfBits = 2 * (1 + dataBits) + ((lineControl & 0x08) != 0 ? 2 : 0);
    halfBits += (lineControl & 0x04) == 0 ? 2 : dataBits == 5 ? 3 : 4;
    long effectiveDivisor = divisor == 0 ? 0x1_0000 : divisor;
    return ClockMath.ticksToNanosecondsCeiling(
        halfBits * 16L * effectiveDivisor, 2 * CRYSTAL_FREQUENCY_HZ);
  }

  @Override
  public int read(int port, PortWidth width) {
    boolean latch = (lineControl & 0x80) != 0;
    return switch (port - basePort) {
      case 0 -> latch ? divisor & 0xFF : readReceiveBuffer();
      case 1 -> latch ? divisor >>> 8 : interruptEnable;
      case 2 -> readInterruptIdentification();
      case 3 -> lineControl;
      case 4 -> modemControl;
      case 5 -> readLineStatus();
      case 6 -> modemStatus();
      default -> scratch;
    };
  }

  @Override
  public void write(int port, PortWidth width, int value) {
    boolean latch = (lineControl & 0x80) != 0;
    switch (port - basePort) {
      case 0 -> {
        if (latch) {
          divisor = (divisor & 0xFF00) | value;
        } else {
          writeTransmitHolding(value);
        }
      }
      case 1 -> {
        if (latch) {
          divisor = (divisor & 0xFF) | (value << 8);
        } else {
          writeInterruptEnable(value);
        }
      }
      case 2 -> writeFifoControl(value);
      case 3 -> lineControl = value;
      case 4 -> modemControl = value & 0x1F;
      case 5, 6 -> {} // LSR and MSR writes are factory test only
      default -> scratch = value;
    }
    updateInterrupt();
  }

  private int readReceiveBuffer() {
    Integer value = receiveFifo.poll();
    timeoutPending = false;
    restartTimeout();
    scheduleReceiveIfNeeded();
    updateInterrupt();
    return value == null ? 0 : value;
  }

  private int readInterruptIdentification() {
    int identification = pendingInterruptIdentification();
    if (identification == 0x02) {
      transmitEmptyPending = false; // reading IIR clears a THR-empty interrupt it reports
      updateInterrupt();
    }
    return identification | (fifoEnabled ? 0xC0 : 0);
  }

  private int readLineStatus() {
    int status = receiveFifo.isEmpty() ? 0 : 0x01;
    status |= overrun ? 0x02 : 0;
    if (transmitFifo.isEmpty()) {
      status |= 0x20;
      status |= shifting < 0 ? 0x40 : 0;
    }
    overrun = false;
    updateInterrupt();
    return status;
  }

  private int modemStatus() {
    if ((modemControl & 0x10) == 0) {
      return 0xB0; // carrier detect, data set ready, clear to send
    }
    int status = (modemControl & 0x02) != 0 ? 0x10 : 0;
    status |= (modemControl & 0x01) != 0 ? 0x20 : 0;
    status |= (modemControl & 0x04) != 0 ? 0x40 : 0;
    status |= (modemControl & 0x08) != 0 ? 0x80 : 0;
    return status;
  }

  private void writeTransmitHolding(int value) {
    if (transmitFifo.size() >= (fifoEnabled ? FIFO_SIZE : 1)) {
      if (!fifoEnabled) {
        transmitFifo.pollLast(); // the 16450 holding register is overwritten
      } else {
        return; // a full transmit FIFO drops the byte
      }
    }
    transmitFifo.add(value & 0xFF);
    transmitEmptyPending = false;
    startTransmitterIfIdle();
  }

  private void writeInterruptEnable(int value) {
    boolean wasEnabled = (interruptEnable & 0x02) != 0;
    interruptEnable = value & 0x0F;
    if (!wasEnabled && (interruptEnable & 0x02) != 0 && transmitFifo.isEmpty()) {
      transmitEmptyPending = true; // enabling ETBEI with THR empty interrupts at once
    }
  }

  private void writeFifoControl(int value) {
    boolean enable = (value & 0x01) != 0;
    if (enable != fifoEnabled) {
      receiveFifo.clear();
      transmitFifo.clear();
      fifoEnabled = enable;
    }
    if ((value & 0x02) != 0) {
      receiveFifo.clear();
      timeoutPending = false;
    }
    if ((value & 0x04) != 0 && !transmitFifo.isEmpty()) {
      transmitFifo.clear();
      transmitEmptyPending = true;
    }
    triggerLevel = TRIGGER_LEVELS[(value >>> 6) & 3];
    scheduleReceiveIfNeeded();
  }

  private void startTransmitterIfIdle() {
    if (shifting >= 0) {
      return;
    }
    Integer next = transmitFifo.poll();
    if (next == null) {
      return;
    }
    shifting = next;
    if (transmitFifo.isEmpty()) {
      transmitEmptyPending = true;
    }
    clock.scheduleAfter(characterTimeNanoseconds(), "uart.tx", this::transmitComplete);
  }

  private void transmitComplete() {
    int value = shifting;
    shifting = -1;
    if ((modemControl & 0x10) != 0) {
      loopbackReceive(value);
    } else {
      sink.transmitted(value);
    }
    startTransmitterIfIdle();
    updateInterrupt();
  }

  private void loopbackReceive(int value) {
    if (receiveFifo.size() >= receiveCapacity()) {
      overrun = true;
      return;
    }
    receiveFifo.add(value);
    restartTimeout();
  }

  private void scheduleReceiveIfNeeded() {
    if (receiveEvent == null
        && !hostInput.isEmpty()
        && receiveFifo.size() < receiveCapacity()) {
      receiveEvent =
          clock.scheduleAfter(characterTimeNanoseconds(), "uart.rx", this::receiveComplete);
    }
  }

  private void receiveComplete() {
    receiveEvent = null;
    if (receiveFifo.size() < receiveCapacity()) {
      Integer value = hostInput.poll();
      if (value != null) {
        receiveFifo.add(value);
        restartTimeout();
      }
    }
    scheduleReceiveIfNeeded();
    updateInterrupt();
  }

  private void restartTimeout() {
    ScheduledEvent pending = timeoutEvent;
    if (pending != null) {
      clock.cancel(pending);
      timeoutEvent = null;
    }
    if (fifoEnabled && !receiveFifo.isEmpty()) {
      timeoutEvent =
          clock.scheduleAfter(4 * characterTimeNanoseconds(), "uart.timeout", this::timeout);
    }
  }

  private void timeout() {
    timeoutEvent = null;
    if (!receiveFifo.isEmpty()) {
      timeoutPending = true;
      updateInterrupt();
    }
  }

  private int receiveCapacity() {
    return fifoEnabled ? FIFO_SIZE : 1;
  }

  /** The IIR's low 4 bits for the highest-priority enabled source, or 0x01 for none. */
  private int pendingInterruptIdentification() {
    if ((interruptEnable & 0x04) != 0 && overrun) {
      return 0x06;
    }
    if ((interruptEnable & 0x01) != 0 && !receiveFifo.isEmpty()) {
      if (!fifoEnabled || receiveFifo.size() >= triggerLevel) {
        return 0x04;
      }
      if (timeoutPending) {
        return 0x0C;
      }
    }
    if ((interruptEnable & 0x02) != 0 && transmitEmptyPending) {
      return 0x02;
    }
    return 0x01;
  }

  private void updateInterrupt() {
    boolean high = pendingInterruptIdentification() != 0x01 && (modemControl & 0x08) != 0;
    if (high != irqHigh) {
      irqHigh = high;
      irq.set(high);
    }
  }
}

package org.minix3j.machine.devices.uart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.InterruptLine;
import org.minix3j.machine.io.PortBus;

class Uart16550Test {
  private static final int BASE = 0x3F8;
  private static final int RBR = BASE;
  private static final int IER = BASE + 1;
  private static final int IIR = BASE + 2;
  private static final int LCR = BASE + 3;
  private static final int MCR = BASE + 4;
  private static final int LSR = BASE + 5;
  private static final int MSR = BASE + 6;
  /** 8N1 at 9600 baud: 10 bits of 12 x 16 crystal periods each. */
  private static final long CHARACTER = 1_041_667;

  private final SimulatedClock clock = new SimulatedClock();
  private final PortBus bus = new PortBus();
  private final List<String> output = new ArrayList<>();
  private final List<Long> irqEdges = new ArrayList<>();
  private boolean irqHigh;
  private final Uart16550 uart =
      new Uart16550(
          clock,
          BASE,
          new InterruptLine() {
            @Override
            public void raise() {
              if (!irqHigh) {
                irqEdges.add(clock.now());
              }
              irqHigh = true;
            }

            @Override
            public void lower() {
              irqHigh = false;
            }
          },
          byteValue -> output.add((char) byteValue + "@" + clock.now()));

  Uart16550Test() {
    uart.attach(bus);
    bus.out8(LCR, 0x80); // DLAB
    bus.out8(RBR, 12); // divisor 12: 9600 baud
    bus.out8(IER, 0);
    bus.out8(LCR, 0x03); // 8 data bits, no parity, 1 stop bit
  }

  @Test
  void theDivisorLatchAndScratchRegisterReadBack() {
    bus.out8(LCR, 0x83);
    assertEquals(12, bus.in8(RBR));
    assertEquals(0, bus.in8(IER));
    bus.out8(LCR, 0x03);
    bus.out8(BASE + 7, 0x5A);
    assertEquals(0x5A, bus.in8(BASE + 7));
    assertEquals(CHARACTER, uart.characterTimeNanoseconds());
  }

  @Test
  void transmittedBytesArePacedByTheBaudRate() {
    assertEquals(0x60, bus.in8(LSR)); // THRE and TEMT
    bus.out8(RBR, 'H');
    assertEquals(0x20, bus.in8(LSR), "H moved to the shifter: THR empty, transmitter busy");
    bus.out8(RBR, 'i');
    assertEquals(0x00, bus.in8(LSR));

    clock.advanceTo(10 * CHARACTER);

    assertEquals(List.of("H@" + CHARACTER, "i@" + 2 * CHARACTER), output);
    assertEquals(0x60, bus.in8(LSR));
  }

  @Test
  void theFifoHoldsSixteenBytesAndSendsThemInOrder() {
    bus.out8(IIR, 0x07); // enable and clear FIFOs
    byte[] text = "0123456789abcdefXYZ".getBytes(StandardCharsets.US_ASCII);
    for (byte value : text) {
      bus.out8(RBR, value);
    }
    clock.advanceTo(100 * CHARACTER);
    StringBuilder sent = new StringBuilder();
    for (String entry : output) {
      sent.append(entry.charAt(0));
    }
    // the first byte goes straight to the shifter, 16 fill the FIFO, the last two are dropped
    assertEquals("0123456789abcdefX", sent.toString());
    assertEquals("X@" + 17 * CHARACTER, output.get(16));
  }

  @Test
  void transmitHoldingEmptyInterruptFollowsTheDatasheet() {
    bus.out8(MCR, 0x08); // OUT2 connects the interrupt to the PIC, as on the PC
    bus.out8(IER, 0x02);
    assertTrue(irqHigh, "enabling ETBEI with THR empty interrupts at once");
    assertEquals(0x02, bus.in8(IIR));
    assertFalse(irqHigh, "reading IIR cleared the THRE interrupt");
    assertEquals(0x01, bus.in8(IIR));

    bus.out8(RBR, 'A'); // goes to the shifter at once: THR empty again
    assertTrue(irqHigh);
    assertEquals(0x02, bus.in8(IIR));
    bus.out8(RBR, 'B'); // waits in THR
    assertFalse(irqHigh);
    clock.advanceTo(CHARACTER);
    assertTrue(irqHigh, "B moved to the shifter when A finished");
  }

  @Test
  void out2GatesTheInterruptOutput() {
    bus.out8(IER, 0x02);
    assertFalse(irqHigh);
    assertEquals(0x02, bus.in8(IIR), "the UART still reports the interrupt internally");
  }

  @Test
  void hostInputArrivesOneCharacterTimeApartWithoutLoss() {
    bus.out8(MCR, 0x08);
    bus.out8(IER, 0x01);
    uart.feed("abc".getBytes(StandardCharsets.US_ASCII));

    clock.advanceTo(CHARACTER - 1);
    assertEquals(0, bus.in8(LSR) & 0x01);
    clock.advanceTo(CHARACTER);
    assertEquals(0x01, bus.in8(LSR) & 0x01);
    assertTrue(irqHigh);
    assertEquals(0x04, bus.in8(IIR));

    clock.advanceTo(50 * CHARACTER); // no FIFO: b waits on the wire, nothing is overrun
    assertEquals(0, bus.in8(LSR) & 0x02);
    assertEquals('a', bus.in8(RBR));
    assertFalse(irqHigh);
    assertEquals(0x01, bus.in8(IIR));
    clock.advanceTo(51 * CHARACTER);
    assertEquals('b', bus.in8(RBR));
    clock.advanceTo(52 * CHARACTER);
    assertEquals('c', bus.in8(RBR));
    assertEquals(0, uart.hostInputWaiting());
    assertEquals(0x60, bus.in8(LSR));
    assertEquals(List.of(CHARACTER, 51 * CHARACTER, 52 * CHARACTER), irqEdges);
  }

  @Test
  void theFifoTriggerLevelAndCharacterTimeout() {
    bus.out8(MCR, 0x08);
    bus.out8(IER, 0x01);
    bus.out8(IIR, 0x41); // FIFO on, trigger level 4
    assertEquals(0xC1, bus.in8(IIR));

    uart.feed(new byte[] {1, 2});
    clock.advanceTo(2 * CHARACTER);
    assertFalse(irqHigh, "two bytes are below the trigger level");
    clock.advanceTo(6 * CHARACTER);
    assertTrue(irqHigh, "four character times of silence give the time-out interrupt");
    assertEquals(0xCC, bus.in8(IIR));
    assertEquals(1, bus.in8(RBR));
    assertEquals(2, bus.in8(RBR));
    assertFalse(irqHigh);

    uart.feed(new byte[] {3, 4, 5, 6});
    clock.advanceTo(10 * CHARACTER);
    assertTrue(irqHigh);
    assertEquals(0xC4, bus.in8(IIR));
  }

  @Test
  void loopbackReturnsTransmittedBytesAndReportsOverrun() {
    bus.out8(MCR, 0x10 | 0x03); // loopback, RTS and DTR
    assertEquals(0x30, bus.in8(MSR) & 0xF0);
    bus.out8(RBR, 'x');
    bus.out8(RBR, 'y');
    clock.advanceTo(3 * CHARACTER);

    assertEquals(List.of(), output);
    assertEquals(0x63, bus.in8(LSR), "data ready, overrun, transmitter empty");
    assertEquals(0x61, bus.in8(LSR), "reading LSR clears the overrun");
    assertEquals('x', bus.in8(RBR));
  }

  @Test
  void withoutLoopbackTheModemLinesShowACarrier() {
    assertEquals(0xB0, bus.in8(MSR));
  }
}

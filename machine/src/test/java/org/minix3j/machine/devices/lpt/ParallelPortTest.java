package org.minix3j.machine.devices.lpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.Board;
import org.minix3j.machine.devices.BoardConfiguration;
import org.minix3j.machine.devices.InterruptLine;
import org.minix3j.machine.io.PortBus;

class ParallelPortTest {
  private static final int DATA = 0x378;
  private static final int STATUS = 0x379;
  private static final int CONTROL = 0x37A;
  private static final int SELECTED = ParallelPort.CONTROL_NOT_INIT | ParallelPort.CONTROL_SELECT_IN;
  private static final int INTERRUPTING = SELECTED | ParallelPort.CONTROL_IRQ_ENABLE;
  private static final int IDLE = 0xD8; // not busy, no ACK, selected, no error
  private static final long BYTE_TIME = ParallelPort.BUSY_NANOSECONDS + ParallelPort.ACK_NANOSECONDS;

  private final SimulatedClock clock = new SimulatedClock();
  private final PortBus bus = new PortBus();
  private final List<String> printed = new ArrayList<>();
  private final List<Long> interrupts = new ArrayList<>();
  private final ParallelPort port =
      new ParallelPort(
          clock,
          ParallelPort.LPT1_PORT,
          new InterruptLine() {
            @Override
            public void raise() {
              interrupts.add(clock.now());
            }

            @Override
            public void lower() {}
          },
          value -> printed.add((char) value + "@" + clock.now()));

  ParallelPortTest() {
    port.attach(bus);
  }

  /** The driver's side of one byte: data, then a STROBE pulse. */
  private void strobe(int value, int control) {
    bus.out8(DATA, value);
    bus.out8(CONTROL, control | ParallelPort.CONTROL_STROBE);
    bus.out8(CONTROL, control);
  }

  @Test
  void atPowerOnThePrinterIsSelectedAndIdle() {
    assertEquals(0x0C, bus.in8(CONTROL));
    assertEquals(IDLE, bus.in8(STATUS));
    bus.out8(DATA, 0xA5);
    assertEquals(0xA5, bus.in8(DATA), "the data latch reads back");
    assertTrue(printed.isEmpty(), "writing the data latch prints nothing without a strobe");
  }

  @Test
  void aStrobedByteMakesThePrinterBusyThenAcknowledges() {
    strobe('A', SELECTED);
    assertEquals(IDLE & ~ParallelPort.STATUS_NOT_BUSY, bus.in8(STATUS), "BUSY after the strobe");
    clock.advanceTo(ParallelPort.BUSY_NANOSECONDS - 1);
    assertTrue(printed.isEmpty());
    clock.advanceTo(ParallelPort.BUSY_NANOSECONDS);
    assertEquals(List.of("A@" + ParallelPort.BUSY_NANOSECONDS), printed);
    assertEquals(IDLE & ~ParallelPort.STATUS_NOT_ACK, bus.in8(STATUS), "ACK low after BUSY");
    clock.advanceTo(BYTE_TIME);
    assertEquals(IDLE, bus.in8(STATUS));
    assertTrue(interrupts.isEmpty(), "no interrupt while IRQ enable is clear");
    assertEquals(1, port.bytesPrinted());
  }

  @Test
  void theInterruptFollowsTheEndOfEveryAckWhenEnabled() {
    bus.out8(CONTROL, INTERRUPTING);
    strobe('h', INTERRUPTING);
    clock.advanceTo(BYTE_TIME - 1);
    assertTrue(interrupts.isEmpty(), "not before ACK rises");
    clock.advanceTo(BYTE_TIME);
    assertEquals(List.of(BYTE_TIME), interrupts);
    strobe('i', INTERRUPTING);
    clock.advanceTo(10 * BYTE_TIME);
    assertEquals(List.of(BYTE_TIME, 2 * BYTE_TIME), interrupts);
    assertEquals(List.of("h@" + ParallelPort.BUSY_NANOSECONDS,
        "i@" + (BYTE_TIME + ParallelPort.BUSY_NANOSECONDS)), printed);
  }

  @Test
  void aStrobeWhileBusyIsIgnoredAndTheByteLost() {
    strobe('1', SELECTED);
    strobe('2', SELECTED);
    clock.advanceTo(10 * BYTE_TIME);
    assertEquals(1, printed.size());
    assertEquals('1', printed.get(0).charAt(0));
    assertEquals(1, port.strobesIgnored());
  }

  @Test
  void onlyTheRisingEdgeOfStrobeCounts() {
    bus.out8(DATA, 'x');
    bus.out8(CONTROL, SELECTED | ParallelPort.CONTROL_STROBE);
    clock.advanceTo(10 * BYTE_TIME);
    bus.out8(CONTROL, SELECTED | ParallelPort.CONTROL_STROBE); // held high: no new edge
    clock.advanceTo(20 * BYTE_TIME);
    assertEquals(1, printed.size());
  }

  @Test
  void outOfPaperTheStatusSaysSoAndNothingPrints() {
    port.setPaperOut(true);
    int status = bus.in8(STATUS);
    assertEquals(ParallelPort.STATUS_PAPER_OUT, status & ParallelPort.STATUS_PAPER_OUT);
    assertEquals(0, status & ParallelPort.STATUS_NOT_BUSY, "BUSY while it cannot print");
    assertEquals(0, status & ParallelPort.STATUS_NOT_ERROR, "ERROR asserted");
    strobe('p', SELECTED);
    clock.advanceTo(10 * BYTE_TIME);
    assertTrue(printed.isEmpty());
    port.setPaperOut(false);
    assertEquals(IDLE, bus.in8(STATUS));
  }

  @Test
  void aFaultTakesThePrinterOffLine() {
    port.setFault(true);
    int status = bus.in8(STATUS);
    assertEquals(0, status & (ParallelPort.STATUS_SELECT | ParallelPort.STATUS_NOT_ERROR
        | ParallelPort.STATUS_NOT_BUSY));
    strobe('f', SELECTED);
    clock.advanceTo(10 * BYTE_TIME);
    assertTrue(printed.isEmpty());
  }

  @Test
  void anUnselectedPrinterIgnoresStrobes() {
    strobe('u', ParallelPort.CONTROL_NOT_INIT);
    clock.advanceTo(10 * BYTE_TIME);
    assertTrue(printed.isEmpty());
    assertEquals(0, bus.in8(STATUS) & ParallelPort.STATUS_SELECT);
  }

  @Test
  void initResetsThePrinterAndLosesTheByteInFlight() {
    bus.out8(CONTROL, INTERRUPTING);
    strobe('r', INTERRUPTING);
    bus.out8(CONTROL, ParallelPort.CONTROL_SELECT_IN | ParallelPort.CONTROL_IRQ_ENABLE);
    assertEquals(0, bus.in8(STATUS) & ParallelPort.STATUS_NOT_BUSY, "held in reset: busy");
    bus.out8(CONTROL, INTERRUPTING);
    assertEquals(IDLE, bus.in8(STATUS), "out of reset: idle at once");
    clock.advanceTo(10 * BYTE_TIME);
    assertTrue(printed.isEmpty());
    assertTrue(interrupts.isEmpty());
  }

  @Test
  void theBoardHasLpt1OnIrq7WithTheConfiguredSink() {
    StringBuilder paper = new StringBuilder();
    Board board = new Board(BoardConfiguration.defaults()
        .withPrinterSink(value -> paper.append((char) value)));
    PortBus boardBus = board.bus();
    int[] pic = {0x11, 0x20, 0x04, 0x01};
    boardBus.out8(0x20, pic[0]);
    for (int step = 1; step < 4; step++) {
      boardBus.out8(0x21, pic[step]);
    }
    boardBus.out8(0x21, 0x00);
    boardBus.out8(CONTROL, INTERRUPTING);
    List<Integer> vectors = new ArrayList<>();
    for (byte value : "ok\n".getBytes(StandardCharsets.US_ASCII)) {
      boardBus.out8(DATA, value);
      boardBus.out8(CONTROL, INTERRUPTING | ParallelPort.CONTROL_STROBE);
      boardBus.out8(CONTROL, INTERRUPTING);
      board.clock().advanceBy(BYTE_TIME);
      assertTrue(board.interruptController().interruptPending());
      vectors.add(board.interruptController().acknowledge());
      boardBus.out8(0x20, 0x20);
    }
    assertEquals("ok\n", paper.toString());
    assertEquals(List.of(0x27, 0x27, 0x27), vectors);
    assertFalse(board.interruptController().interruptPending());
    assertEquals(3, board.printer().bytesPrinted());
  }

  @Test
  void theSameStrobesGiveTheSameTimesTwice() {
    assertEquals(trace(), trace());
  }

  /** A page's worth of bytes, strobed on every interrupt, at uneven clock steps. */
  private static List<String> trace() {
    SimulatedClock clock = new SimulatedClock();
    PortBus bus = new PortBus();
    List<String> events = new ArrayList<>();
    boolean[] interrupted = {false};
    ParallelPort port = new ParallelPort(clock, ParallelPort.LPT1_PORT,
        new InterruptLine() {
          @Override
          public void raise() {
            interrupted[0] = true;
            events.add("irq@" + clock.now());
          }

          @Override
          public void lower() {}
        },
        value -> events.add(value + "@" + clock.now()));
    port.attach(bus);
    bus.out8(CONTROL, INTERRUPTING);
    int next = 0;
    interrupted[0] = true;
    long step = 3_001;
    while (next < 200) {
      if (interrupted[0] && (bus.in8(STATUS) & ParallelPort.STATUS_NOT_BUSY) != 0) {
        interrupted[0] = false;
        bus.out8(DATA, next++);
        bus.out8(CONTROL, INTERRUPTING | ParallelPort.CONTROL_STROBE);
        bus.out8(CONTROL, INTERRUPTING);
      }
      clock.advanceBy(step);
      step = step * 7 % 10_007 + 1;
    }
    clock.advanceBy(10 * BYTE_TIME);
    assertEquals(400, events.size());
    return events;
  }
}

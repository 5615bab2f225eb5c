package org.minix3j.machine.devices.pit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.InterruptLine;
import org.minix3j.machine.io.PortBus;

class Pit8254Test {
  private static final long SECOND = 1_000_000_000L;

  private final SimulatedClock clock = new SimulatedClock();
  private final PortBus bus = new PortBus();
  private final List<Long> edges = new ArrayList<>();
  private boolean high;
  private final InterruptLine irq0 =
      new InterruptLine() {
        @Override
        public void raise() {
          if (!high) {
            edges.add(clock.now());
          }
          high = true;
        }

        @Override
        public void lower() {
          high = false;
        }
      };
  private final Pit8254 pit = new Pit8254(clock, irq0);

  Pit8254Test() {
    pit.attach(bus);
  }

  private void program(int mode, int count) {
    bus.out8(0x43, 0x30 | (mode << 1)); // counter 0, low then high byte, binary
    bus.out8(0x40, count & 0xFF);
    bus.out8(0x40, (count >>> 8) & 0xFF);
  }

  @ParameterizedTest(name = "mode {0}, divisor {1}: {2} IRQ 0 per second")
  @CsvSource({
    "2, 11932, 99",
    "2, 1193, 1000",
    "3, 19886, 60",
    "3, 65535, 18",
    "2, 0, 18",
    "2, 100, 11931",
    "3, 7, 170454"
  })
  void irq0CountOverOneSimulatedSecondIsExact(int mode, int divisor, int expected) {
    program(mode, divisor);
    clock.advanceTo(SECOND);
    assertEquals(expected, edges.size());
    long effective = divisor == 0 ? 65536 : divisor;
    assertEquals(Pit8254.INPUT_FREQUENCY_HZ / effective, edges.size());
  }

  @Test
  void edgesDoNotDriftOverALongRun() {
    program(2, 59_659); // 20 Hz, for two simulated hours
    clock.advanceTo(7_200L * SECOND);
    assertEquals(144_000, edges.size());
    long last = edges.get(edges.size() - 1);
    long k = edges.size();
    // the k-th edge is at ceil(k * 59659 * 10^9 / 1193182) ns exactly
    long expected = Math.ceilDiv(k * 59_659L * SECOND, Pit8254.INPUT_FREQUENCY_HZ);
    assertEquals(expected, last);
  }

  @Test
  void edgeTimesAreTheExactMultiplesOfThePeriod() {
    program(3, 11932);
    clock.advanceTo(SECOND / 10);
    assertEquals(List.of(10_000_151L, 20_000_302L, 30_000_453L), edges.subList(0, 3));
  }

  @Test
  void modeZeroFiresOnceAndHoldsOutputHigh() {
    program(0, 1000);
    clock.advanceTo(SECOND);
    assertEquals(List.of(Math.ceilDiv(1000 * SECOND, Pit8254.INPUT_FREQUENCY_HZ)), edges);
    assertTrue(high);

    program(0, 500); // the control word drops OUT, the new count starts again
    long start = clock.now();
    clock.advanceTo(2 * SECOND);
    assertEquals(2, edges.size());
    assertEquals(start + Math.ceilDiv(500 * SECOND, Pit8254.INPUT_FREQUENCY_HZ), edges.get(1));
  }

  @Test
  void reprogrammingCancelsThePendingEdge() {
    program(2, 60_000);
    clock.advanceTo(SECOND / 100);
    bus.out8(0x43, 0x34); // counter 0, mode 2: stops the count until a new one is written
    clock.advanceTo(SECOND);
    assertEquals(List.of(), edges);
    assertEquals(0, clock.pendingEvents());
  }

  @Test
  void aNewCountInPeriodicModeTakesEffectAtTheEndOfThePeriod() {
    program(2, 1193);
    clock.advanceTo(500_000);
    bus.out8(0x40, 0x00); // 11932, as low then high byte
    bus.out8(0x40, 0x00);
    clock.advanceTo(SECOND);
    long firstEdge = Math.ceilDiv(1193 * SECOND, Pit8254.INPUT_FREQUENCY_HZ);
    assertEquals(firstEdge, edges.get(0));
    assertEquals(
        firstEdge + Math.ceilDiv(65536 * SECOND, Pit8254.INPUT_FREQUENCY_HZ), edges.get(1));
  }

  @Test
  void theLatchCommandFreezesTheCountUntilRead() {
    program(2, 10_000);
    clock.advanceTo(Math.ceilDiv(2_500 * SECOND, Pit8254.INPUT_FREQUENCY_HZ));
    bus.out8(0x43, 0x00); // latch counter 0
    clock.advanceBy(1_000_000);
    int low = bus.in8(0x40);
    int latched = low | (bus.in8(0x40) << 8);
    assertEquals(7_500, latched);

    int liveLow = bus.in8(0x40);
    int live = liveLow | (bus.in8(0x40) << 8);
    assertTrue(live < 7_500, "after the latch is read the live count is seen: " + live);
  }

  @Test
  void readBackReportsStatusThenCount() {
    bus.out8(0x43, 0x36); // counter 0, low/high, mode 3
    bus.out8(0x40, 0x00);
    bus.out8(0x40, 0x10);
    bus.out8(0x43, 0xC2); // read-back: latch count and status of counter 0
    int status = bus.in8(0x40);
    assertEquals(0x36, status & 0x3F);
    assertEquals(0x00, status & 0x40, "a count has been loaded");
    int count = bus.in8(0x40) | (bus.in8(0x40) << 8);
    assertEquals(0x1000, count);
  }

  @Test
  void lowByteOnlyAccessAndBcdCounts() {
    bus.out8(0x43, 0x15); // counter 0, low byte only, mode 2, BCD
    bus.out8(0x40, 0x50); // 50 in BCD
    assertEquals(50, pit.reloadCount(0));
    assertEquals(2, pit.mode(0));
    clock.advanceTo(SECOND);
    assertEquals(Pit8254.INPUT_FREQUENCY_HZ / 50, edges.size());
  }

  @Test
  void countersOneAndTwoDoNotTouchIrq0() {
    bus.out8(0x43, 0x74); // counter 1, mode 2
    bus.out8(0x41, 0x10);
    bus.out8(0x41, 0x00);
    bus.out8(0x43, 0xB6); // counter 2, mode 3
    bus.out8(0x42, 0x20);
    bus.out8(0x42, 0x00);
    clock.advanceTo(SECOND / 1000);
    assertEquals(List.of(), edges);
    assertEquals(0x10, pit.reloadCount(1));
  }
}

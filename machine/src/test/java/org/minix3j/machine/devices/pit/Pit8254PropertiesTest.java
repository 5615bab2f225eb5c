package org.minix3j.machine.devices.pit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.InterruptLine;
import org.minix3j.machine.io.PortBus;

class Pit8254PropertiesTest {
  /** Counts rising edges of IRQ 0. */
  private static final class EdgeCounter implements InterruptLine {
    long edges;
    boolean high;

    @Override
    public void raise() {
      if (!high) {
        edges++;
      }
      high = true;
    }

    @Override
    public void lower() {
      high = false;
    }
  }

  @Property(tries = 40)
  void periodicModesGiveFloorOfFrequencyOverDivisorInterruptsPerSecond(
      @ForAll @IntRange(min = 100, max = 65_535) int divisor,
      @ForAll @IntRange(min = 2, max = 3) int mode,
      @ForAll @IntRange(min = 0, max = 999_999) int startNanoseconds) {
    SimulatedClock clock = new SimulatedClock();
    PortBus bus = new PortBus();
    EdgeCounter irq0 = new EdgeCounter();
    new Pit8254(clock, irq0).attach(bus);
    clock.advanceTo(startNanoseconds);

    bus.out8(0x43, 0x30 | (mode << 1));
    bus.out8(0x40, divisor & 0xFF);
    bus.out8(0x40, divisor >>> 8);
    clock.advanceBy(1_000_000_000L);

    assertEquals(Pit8254.INPUT_FREQUENCY_HZ / divisor, irq0.edges);
  }
}

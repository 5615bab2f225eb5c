package org.minix3j.machine.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ClockMathTest {
  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

  @Property(tries = 200)
  void ticksToNanosecondsIsTheExactCeiling(
      @ForAll @LongRange(min = 0, max = 1L << 42) long ticks,
      @ForAll @LongRange(min = 1_000, max = 100_000_000) long frequency) {
    BigInteger[] division =
        BigInteger.valueOf(ticks).multiply(BILLION).divideAndRemainder(BigInteger.valueOf(frequency));
    BigInteger expected =
        division[1].signum() == 0 ? division[0] : division[0].add(BigInteger.ONE);
    assertEquals(expected.longValueExact(), ClockMath.ticksToNanosecondsCeiling(ticks, frequency));
  }

  @Property(tries = 200)
  void nanosecondsToTicksIsTheExactFloor(
      @ForAll @LongRange(min = 0, max = 1L << 60) long nanoseconds,
      @ForAll @LongRange(min = 1, max = 10_000_000) long frequency) {
    BigInteger expected =
        BigInteger.valueOf(nanoseconds).multiply(BigInteger.valueOf(frequency)).divide(BILLION);
    assertEquals(
        expected.longValueExact(), ClockMath.nanosecondsToTicksFloor(nanoseconds, frequency));
  }

  @Property(tries = 300)
  void theTickOfAnEventTimeIsReachedExactlyThere(
      @ForAll @LongRange(min = 0, max = 1L << 40) long ticks) {
    long frequency = 1_193_182;
    long time = ClockMath.ticksToNanosecondsCeiling(ticks, frequency);
    assertEquals(ticks, ClockMath.nanosecondsToTicksFloor(time, frequency));
    assertTrue(time == 0 || ClockMath.nanosecondsToTicksFloor(time - 1, frequency) < ticks);
  }

  @Test
  void oneSecondOfThePitInputIsOneSecond() {
    assertEquals(1_000_000_000L, ClockMath.ticksToNanosecondsCeiling(1_193_182, 1_193_182));
    assertEquals(1_193_182L, ClockMath.nanosecondsToTicksFloor(1_000_000_000L, 1_193_182));
  }

  @Test
  void badArgumentsAreRefusedClearly() {
    assertThrows(IllegalArgumentException.class, () -> ClockMath.ticksToNanosecondsCeiling(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> ClockMath.ticksToNanosecondsCeiling(1, 0));
  }
}

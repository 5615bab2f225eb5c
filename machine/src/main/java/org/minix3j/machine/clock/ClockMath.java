package org.minix3j.machine.clock;

/**
 * Exact conversions between counts of a device's input clock and simulated nanoseconds.
 *
 * <p>Devices compute every event time from a tick count measured from a fixed origin, never by
 * adding a rounded period again and again, so no error accumulates however long the run. The
 * conversions split the tick (or nanosecond) count into whole seconds and a remainder, so the
 * intermediate products never overflow a {@code long} for any count a simulation can reach
 * (frequencies up to {@link #MAXIMUM_FREQUENCY_HZ}).
 */
public final class ClockMath {
  /** Nanoseconds in one second. */
  public static final long NANOSECONDS_PER_SECOND = 1_000_000_000L;

  /** The highest input frequency the conversions accept (keeps remainder products in range). */
  public static final long MAXIMUM_FREQUENCY_HZ = 8_000_000_000L;

  private ClockMath() {}

  /**
   * The first simulated nanosecond at or after the moment {@code ticks} periods of a clock of
   * {@code frequencyHz} have elapsed: ceil(ticks * 10^9 / frequencyHz), computed exactly.
   */
  public static long ticksToNanosecondsCeiling(long ticks, long frequencyHz) {
    checkArguments(ticks, frequencyHz);
    long wholeSeconds = ticks / frequencyHz;
    long remainderTicks = ticks % frequencyHz;
    long remainderNanoseconds =
        Math.ceilDiv(remainderTicks * NANOSECONDS_PER_SECOND, frequencyHz);
    return Math.addExact(
        Math.multiplyExact(wholeSeconds, NANOSECONDS_PER_SECOND), remainderNanoseconds);
  }

  /**
   * The number of whole periods of a clock of {@code frequencyHz} elapsed in {@code nanoseconds}:
   * floor(nanoseconds * frequencyHz / 10^9), computed exactly.
   */
  public static long nanosecondsToTicksFloor(long nanoseconds, long frequencyHz) {
    checkArguments(nanoseconds, frequencyHz);
    long wholeSeconds = nanoseconds / NANOSECONDS_PER_SECOND;
    long remainderNanoseconds = nanoseconds % NANOSECONDS_PER_SECOND;
    return Math.addExact(
        Math.multiplyExact(wholeSeconds, frequencyHz),
        remainderNanoseconds * frequencyHz / NANOSECONDS_PER_SECOND);
  }

  private static void checkArguments(long count, long frequencyHz) {
    if (count < 0) {
      throw new IllegalArgumentException("negative count: " + count);
    }
    if (frequencyHz <= 0 || frequencyHz > MAXIMUM_FREQUENCY_HZ) {
      throw new IllegalArgumentException(
          "frequency " + frequencyHz + " Hz outside 1.." + MAXIMUM_FREQUENCY_HZ);
    }
  }
}

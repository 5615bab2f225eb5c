package org.minix3j.abi;

/**
 * The answer of SYS_TIMES: a process's user and system time and the uptime, in clock ticks
 * ({@link SystemCalls#ticksPerSecond()}), or an error.
 *
 * @param result {@link Errno#OK_VALUE} or a negative {@link Errno} wire value (then the times
 *     are 0)
 */
public record ProcessTimes(int result, long userTicks, long systemTicks, long uptimeTicks) {
  /** A refused call. */
  public static ProcessTimes error(int result) {
    return new ProcessTimes(result, 0, 0, 0);
  }
}

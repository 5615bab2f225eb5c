package org.minix3j.kernel.run;

import org.minix3j.abi.MessageLayout;

/**
 * What a kernel entry costs in simulated time, so that the clock advances deterministically
 * while Java system processes run (their own code between calls costs nothing: the host's
 * speed must not show in the simulation). An i386 process pays the same for its traps, on top
 * of its instructions.
 *
 * <p>Scale: at the machine's 200 MHz, {@link #ENTRY_NANOSECONDS} is 50 instructions, about a
 * trap, the checks and a return; a 64-byte message at {@link #NANOSECONDS_PER_BYTE} adds 64
 * ns, about a copy of 16 words.
 */
public final class EntryCost {
  /** Every kernel entry: trap, checks, return. */
  public static final long ENTRY_NANOSECONDS = 250;

  /** Each byte copied between a process and the kernel. */
  public static final long NANOSECONDS_PER_BYTE = 1;

  /** An entry that copies one message. */
  public static final long MESSAGE_ENTRY_NANOSECONDS =
      ENTRY_NANOSECONDS + MessageLayout.SIZE * NANOSECONDS_PER_BYTE;

  /** Each port access of SYS_VDEVIO beyond the entry. */
  public static final long NANOSECONDS_PER_PORT = 10;

  private EntryCost() {}

  /** An entry that copies {@code bytes} bytes (a negative count, refused, costs the entry). */
  public static long copy(int bytes) {
    return ENTRY_NANOSECONDS + Math.max(0, bytes) * NANOSECONDS_PER_BYTE;
  }
}

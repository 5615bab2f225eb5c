package org.minix3j.abi;

/**
 * What a delivered notification looks like in the receiver's message.
 *
 * <p>A notification carries no data of its sender's: the kernel builds the message when the
 * receiver takes it, from the pending bit alone. The source is the current endpoint of the
 * notifying slot, the type is {@link #TYPE}, and payload word {@link #ARGUMENT_WORD} holds what
 * the kernel knows for that source (the pending IRQ lines for {@link #HARDWARE}, the alarm time
 * for {@link #CLOCK}, zero otherwise); word {@link #TIME_WORD} holds the simulated time in
 * microseconds, truncated to 32 bits.
 */
public final class Notification {
  /** Message type of every delivered notification. */
  public static final int TYPE = 0x1000;

  /** Payload word with the source-specific argument. */
  public static final int ARGUMENT_WORD = 0;

  /** Payload word with the simulated time of delivery. */
  public static final int TIME_WORD = 1;

  /** Endpoint (and slot) of the kernel's hardware source: interrupts and signals. */
  public static final int HARDWARE = 0;

  /** Endpoint (and slot) of the kernel's clock source: alarms. */
  public static final int CLOCK = 1;

  private Notification() {}
}

package org.minix3j.kernel;

/**
 * Known kernel bugs that a test can switch on, to show that conformance and the audit catch
 * them (non-vacuity). {@link #NONE} in every real run; nothing outside tests and the {@code
 * conform}/{@code audit} commands' mutant options selects another.
 */
public enum KernelMutant {
  /** The kernel as specified. */
  NONE,
  /** A blocking call that closes a cycle is let through instead of failing with ELOCKED. */
  NO_DEADLOCK_REFUSAL,
  /** A notification taken by RECEIVE stays pending, so it is delivered again. */
  NOTIFICATION_DELIVERED_TWICE,
  /** SEND, SENDREC and NOTIFY skip the destination mask. */
  DESTINATION_MASK_NOT_CHECKED,
  /** An endpoint is accepted when its slot is alive, whatever its generation. */
  GENERATION_NOT_CHECKED,
  /** Kernel calls skip the call mask. */
  CALL_MASK_NOT_CHECKED,
  /** SYS_PHYSCOPY skips the caller's memory ranges. */
  MEMORY_RANGE_NOT_CHECKED
}

package org.minix3j.machine.memory;

/**
 * A page fault found by the {@link Mmu}: the linear address (what hardware puts in CR2) and the
 * #PF error code.
 *
 * <p>Error code bits (Intel SDM): bit 0 P (1 = protection violation on a present page, 0 = not
 * present), bit 1 W/R (1 = write), bit 2 U/S (always 1: all translated accesses are user-mode),
 * bit 4 I/D (1 = instruction fetch). No stack trace is captured: faults are ordinary events.
 */
public final class PageFaultException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Error-code bit: the page was present (protection violation). */
  public static final int ERROR_PRESENT = 1;

  /** Error-code bit: the access was a write. */
  public static final int ERROR_WRITE = 1 << 1;

  /** Error-code bit: the access came from user mode. */
  public static final int ERROR_USER = 1 << 2;

  /** Error-code bit: the access was an instruction fetch. */
  public static final int ERROR_FETCH = 1 << 4;

  private final int linearAddress;
  private final int errorCode;

  /** Creates a fault for {@code linearAddress} with the given error code. */
  public PageFaultException(int linearAddress, int errorCode) {
    super(null, null, false, false);
    this.linearAddress = linearAddress;
    this.errorCode = errorCode;
  }

  /** The faulting linear address (CR2). */
  public int linearAddress() {
    return linearAddress;
  }

  /** The #PF error code. */
  public int errorCode() {
    return errorCode;
  }

  @Override
  public String getMessage() {
    return String.format(
        "page fault at 0x%08x, error code 0x%x", linearAddress, errorCode);
  }
}

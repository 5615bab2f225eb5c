package org.minix3j.machine.memory;

/**
 * Raised when physical memory is accessed outside the installed RAM, or when a buffer argument
 * does not fit. Unchecked: a caller that computes a physical address has a bug if it is out of
 * range, and the message names the address, the length and the RAM size.
 */
public final class PhysicalMemoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that already names the offending access. */
  public PhysicalMemoryException(String message) {
    super(message);
  }
}

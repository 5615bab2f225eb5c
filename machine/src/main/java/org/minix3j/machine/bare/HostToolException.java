package org.minix3j.machine.bare;

/**
 * A host tool that minix3j drives (gcc, as, ld, qemu-i386-static) is missing or failed. The
 * message says which tool, what it printed, and how to install it when it is missing.
 */
public final class HostToolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HostToolException(String message) {
    super(message);
  }

  public HostToolException(String message, Throwable cause) {
    super(message, cause);
  }
}

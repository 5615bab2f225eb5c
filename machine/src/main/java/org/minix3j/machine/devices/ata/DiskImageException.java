package org.minix3j.machine.devices.ata;

/**
 * A disk image that cannot be used (missing, unreadable, of a size that is not whole sectors)
 * or that failed while being flushed or closed. The message names the image and the cause.
 */
public final class DiskImageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message. */
  public DiskImageException(String message) {
    super(message);
  }

  /** Creates the exception with its message and the I/O failure behind it. */
  public DiskImageException(String message, Throwable cause) {
    super(message, cause);
  }
}

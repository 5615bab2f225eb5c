package org.minix3j.servers.mfs.image;

/** A line of a device list is wrong; the message starts with {@code line N:}. */
public final class DeviceListException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;

  public DeviceListException(int line, String message) {
    super("line " + line + ": " + message);
    this.line = line;
  }

  /** The 1-based number of the offending line. */
  public int line() {
    return line;
  }
}

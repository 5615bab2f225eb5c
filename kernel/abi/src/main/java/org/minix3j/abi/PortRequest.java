package org.minix3j.abi;

/**
 * One port access of SYS_VDEVIO: read ({@code write} false) or write {@code width} bytes (1, 2
 * or 4) at {@code port}; {@code value} is what a write puts there.
 */
public record PortRequest(int port, int width, boolean write, int value) {
  /** A read of {@code width} bytes at {@code port}. */
  public static PortRequest read(int port, int width) {
    return new PortRequest(port, width, false, 0);
  }

  /** A write of {@code width} bytes of {@code value} to {@code port}. */
  public static PortRequest write(int port, int width, int value) {
    return new PortRequest(port, width, true, value);
  }
}

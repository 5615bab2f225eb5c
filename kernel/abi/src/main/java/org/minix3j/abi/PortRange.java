package org.minix3j.abi;

/** An inclusive range of I/O ports, {@code first..last}, within 0..0xFFFF. */
public record PortRange(int first, int last) {
  public PortRange {
    if (first < 0 || last > 0xFFFF || first > last) {
      throw new IllegalArgumentException("bad port range " + first + ".." + last);
    }
  }

  public boolean contains(int port) {
    return port >= first && port <= last;
  }

  /** Whether {@code count} ports from {@code port} all lie in this range. */
  public boolean contains(int port, int count) {
    return port >= first && count >= 1 && (long) port + count - 1 <= last;
  }
}

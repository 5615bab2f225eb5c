package org.minix3j.machine.io;

/** The width of one port access: IN/OUT with AL, AX or EAX. */
public enum PortWidth {
  BYTE(1, 0xFF),
  WORD(2, 0xFFFF),
  DOUBLEWORD(4, 0xFFFF_FFFF);

  private final int bytes;
  private final int mask;

  PortWidth(int bytes, int mask) {
    this.bytes = bytes;
    this.mask = mask;
  }

  /** The number of bytes transferred. */
  public int bytes() {
    return bytes;
  }

  /** All ones in the access width: what an unclaimed port reads. */
  public int mask() {
    return mask;
  }
}

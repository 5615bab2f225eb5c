package org.minix3j.servers.mfs.format;

/** Reads and writes little-endian 8-, 16- and 32-bit fields in a byte array (the disk's order). */
public final class LittleEndian {
  private LittleEndian() {}

  /** The unsigned 16-bit value at {@code offset}. */
  public static int u16(byte[] data, int offset) {
    return (data[offset] & 0xff) | (data[offset + 1] & 0xff) << 8;
  }

  /** The 32-bit value at {@code offset}, as Java's int (callers treat it as unsigned). */
  public static int u32(byte[] data, int offset) {
    return (data[offset] & 0xff)
        | (data[offset + 1] & 0xff) << 8
        | (data[offset + 2] & 0xff) << 16
        | (data[offset + 3] & 0xff) << 24;
  }

  /** The 32-bit value at {@code offset} as an unsigned long. */
  public static long u32Long(byte[] data, int offset) {
    return u32(data, offset) & 0xffffffffL;
  }

  public static void put16(byte[] data, int offset, int value) {
    data[offset] = (byte) value;
    data[offset + 1] = (byte) (value >>> 8);
  }

  public static void put32(byte[] data, int offset, int value) {
    data[offset] = (byte) value;
    data[offset + 1] = (byte) (value >>> 8);
    data[offset + 2] = (byte) (value >>> 16);
    data[offset + 3] = (byte) (value >>> 24);
  }
}

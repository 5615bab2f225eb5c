package org.minix3j.servers.mfs.format;

/**
 * Bit operations on one block of a MINIX bitmap: bit {@code i} of a block is bit {@code i % 8}
 * of byte {@code i / 8} (least significant first), as MINIX and util-linux number them.
 */
public final class Bitmap {
  private Bitmap() {}

  public static boolean isSet(byte[] data, int offset, int bit) {
    return (data[offset + (bit >>> 3)] & (1 << (bit & 7))) != 0;
  }

  public static void set(byte[] data, int offset, int bit) {
    data[offset + (bit >>> 3)] |= (byte) (1 << (bit & 7));
  }

  public static void clear(byte[] data, int offset, int bit) {
    data[offset + (bit >>> 3)] &= (byte) ~(1 << (bit & 7));
  }

  /**
   * The first clear bit in {@code [from, limit)} of the bitmap block at {@code data[offset..]}, or
   * -1 when all are set.
   */
  public static int firstClear(byte[] data, int offset, int from, int limit) {
    int bit = from;
    while (bit < limit) {
      if ((bit & 7) == 0 && bit + 8 <= limit && data[offset + (bit >>> 3)] == (byte) 0xff) {
        bit += 8;
        continue;
      }
      if (!isSet(data, offset, bit)) {
        return bit;
      }
      bit++;
    }
    return -1;
  }

  /** How many bits of {@code [0, limit)} are clear. */
  public static int countClear(byte[] data, int offset, int limit) {
    int clear = 0;
    for (int bit = 0; bit < limit; bit++) {
      if (!isSet(data, offset, bit)) {
        clear++;
      }
    }
    return clear;
  }
}

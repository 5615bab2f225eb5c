package org.minix3j.drivers.ata;

/**
 * What the driver takes from a device's IDENTIFY DEVICE block (ATA/ATAPI-6 words, little-endian):
 * whether it is an ATA device (word 0 bit 15 clear), whether it supports LBA (word 49 bit 9), the
 * sectors LBA28 addresses (words 60-61) and the model (words 27-46, two characters a word, the
 * first in the high byte).
 *
 * @param ata whether word 0 says ATA (not ATAPI)
 * @param lba whether the device takes LBA addresses
 * @param sectors the user-addressable sectors in LBA28
 * @param model the model string, trimmed
 */
record Identify(boolean ata, boolean lba, long sectors, String model) {
  /** The most sectors LBA28 can address. */
  static final long LBA28_LIMIT = 0x0FFF_FFFFL;

  /** Decodes the first 512 bytes of {@code block}. */
  static Identify parse(byte[] block) {
    boolean ata = (word(block, 0) & 0x8000) == 0;
    boolean lba = (word(block, 49) & 0x0200) != 0;
    long sectors = Math.min(LBA28_LIMIT, word(block, 60) | ((long) word(block, 61) << 16));
    StringBuilder model = new StringBuilder();
    for (int index = 27; index <= 46; index++) {
      int pair = word(block, index);
      model.append(printable(pair >>> 8)).append(printable(pair & 0xFF));
    }
    return new Identify(ata, lba, sectors, model.toString().strip());
  }

  /** Whether the driver can use the device: an ATA disk with LBA and at least one sector. */
  boolean usable() {
    return ata && lba && sectors > 0;
  }

  private static int word(byte[] block, int index) {
    return (block[2 * index] & 0xFF) | (block[2 * index + 1] & 0xFF) << 8;
  }

  private static char printable(int value) {
    return value >= 0x20 && value < 0x7F ? (char) value : '?';
  }
}

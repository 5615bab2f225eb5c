package org.minix3j.machine.devices.ata;

/**
 * Builds the 512-byte IDENTIFY DEVICE block (ATA/ATAPI-6 layout) of the emulated disk.
 *
 * <p>Filled in: word 0 (fixed, non-removable ATA device), the default CHS geometry (words 1, 3,
 * 6: 16 heads, 63 sectors per track, cylinders up to 16383) and the current geometry and capacity
 * (words 53-58), serial number (10-19), firmware revision (23-26) and model (27-46) as ATA strings
 * (two characters per word, the first in the high byte, padded with spaces), capabilities (word
 * 49: LBA supported; no DMA), the LBA28 addressable sector count (words 60-61), supported major
 * versions ATA-1 to ATA-6 (word 80), FLUSH CACHE supported and enabled (words 83 and 86), and the
 * integrity word 255 (signature A5h and a checksum making all 512 bytes sum to zero).
 */
public final class AtaIdentify {
  /** Heads of the default translation. */
  public static final int HEADS = 16;

  /** Sectors per track of the default translation. */
  public static final int SECTORS_PER_TRACK = 63;

  /** The most sectors LBA28 can address. */
  public static final long LBA28_LIMIT = 0x0FFF_FFFFL;

  private AtaIdentify() {}

  /** The default-translation cylinder count for a disk of {@code sectors} sectors. */
  public static int cylinders(long sectors) {
    return (int) Math.min(16_383, sectors / (HEADS * SECTORS_PER_TRACK));
  }

  /** The identify block of a disk of {@code sectors} sectors with the given strings. */
  public static byte[] build(long sectors, String model, String serialNumber, String firmware) {
    int[] words = new int[256];
    long addressable = Math.min(sectors, LBA28_LIMIT);
    int cylinders = cylinders(sectors);
    long chsCapacity = (long) cylinders * HEADS * SECTORS_PER_TRACK;
    words[0] = 0x0040; // fixed device
    words[1] = cylinders;
    words[3] = HEADS;
    words[6] = SECTORS_PER_TRACK;
    putString(words, 10, 10, serialNumber);
    putString(words, 23, 4, firmware);
    putString(words, 27, 20, model);
    words[47] = 0x8000; // READ/WRITE MULTIPLE not supported
    words[49] = 0x0200; // LBA supported
    words[50] = 0x4000;
    words[51] = 0x0200; // PIO timing mode 2
    words[53] = 0x0001; // words 54-58 valid
    words[54] = cylinders;
    words[55] = HEADS;
    words[56] = SECTORS_PER_TRACK;
    words[57] = (int) (chsCapacity & 0xFFFF);
    words[58] = (int) (chsCapacity >>> 16);
    words[60] = (int) (addressable & 0xFFFF);
    words[61] = (int) (addressable >>> 16);
    words[80] = 0x007E; // ATA-1 to ATA-6
    words[82] = 0x4000; // NOP not supported; word valid
    words[83] = 0x5000; // FLUSH CACHE supported; word valid
    words[84] = 0x4000;
    words[85] = 0x0000;
    words[86] = 0x1000; // FLUSH CACHE enabled
    words[87] = 0x4000;
    byte[] block = new byte[512];
    for (int index = 0; index < 255; index++) {
      block[2 * index] = (byte) words[index];
      block[2 * index + 1] = (byte) (words[index] >>> 8);
    }
    block[510] = (byte) 0xA5;
    int sum = 0;
    for (int index = 0; index < 511; index++) {
      sum += block[index] & 0xFF;
    }
    block[511] = (byte) -sum;
    return block;
  }

  /** Reads an ATA string of {@code wordCount} words starting at word {@code firstWord}. */
  public static String string(byte[] block, int firstWord, int wordCount) {
    StringBuilder text = new StringBuilder();
    for (int word = firstWord; word < firstWord + wordCount; word++) {
      text.append((char) (block[2 * word + 1] & 0xFF)).append((char) (block[2 * word] & 0xFF));
    }
    return text.toString().strip();
  }

  private static void putString(int[] words, int firstWord, int wordCount, String text) {
    StringBuilder padded = new StringBuilder();
    for (int index = 0; index < 2 * wordCount; index++) {
      char character = index < text.length() ? text.charAt(index) : ' ';
      padded.append(character >= 0x20 && character < 0x7F ? character : '?');
    }
    for (int word = 0; word < wordCount; word++) {
      words[firstWord + word] = (padded.charAt(2 * word) << 8) | padded.charAt(2 * word + 1);
    }
  }
}

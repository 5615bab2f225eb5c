package org.minix3j.machine.devices.ata;

/**
 * The ATA command block's address registers: sector count (offset 2), sector number / LBA 7:0
 * (3), cylinder low / LBA 15:8 (4), cylinder high / LBA 23:16 (5) and device/head (6: LBA mode
 * in bit 6, device select in bit 4, head or LBA 27:24 in bits 3-0). Converts between the
 * registers and a sector address, in LBA or in the default CHS translation of {@link
 * AtaIdentify}.
 */
final class TaskFile {
  private final int[] values = new int[8];

  int read(int offset) {
    return offset == 6 ? values[6] | 0xA0 : values[offset];
  }

  void write(int offset, int value) {
    values[offset] = value & 0xFF;
  }

  boolean deviceOneSelected() {
    return (values[6] & 0x10) != 0;
  }

  int sectorCount() {
    return values[2];
  }

  /** The addressed sector, or -1 for a CHS address with sector number 0 (never valid). */
  long address() {
    if ((values[6] & 0x40) != 0) {
      return ((long) (values[6] & 0x0F) << 24) | (values[5] << 16) | (values[4] << 8) | values[3];
    }
    int cylinder = (values[5] << 8) | values[4];
    int head = values[6] & 0x0F;
    int sector = values[3];
    if (sector == 0) {
      return -1;
    }
    return ((long) cylinder * AtaIdentify.HEADS + head) * AtaIdentify.SECTORS_PER_TRACK
        + sector
        - 1;
  }

  /** Leaves {@code lba} in the address registers, in the mode the host chose. */
  void setAddress(long lba) {
    if (lba < 0) {
      return;
    }
    if ((values[6] & 0x40) != 0) {
      values[3] = (int) (lba & 0xFF);
      values[4] = (int) ((lba >>> 8) & 0xFF);
      values[5] = (int) ((lba >>> 16) & 0xFF);
      values[6] = (values[6] & 0xF0) | (int) ((lba >>> 24) & 0x0F);
      return;
    }
    long track = lba / AtaIdentify.SECTORS_PER_TRACK;
    long cylinder = track / AtaIdentify.HEADS;
    values[3] = (int) (lba % AtaIdentify.SECTORS_PER_TRACK) + 1;
    values[4] = (int) (cylinder & 0xFF);
    values[5] = (int) ((cylinder >>> 8) & 0xFF);
    values[6] = (values[6] & 0xF0) | (int) (track % AtaIdentify.HEADS);
  }

  /** The register contents after a reset: the signature of an ATA device (1, 1, 0, 0). */
  void signature() {
    values[2] = 1;
    values[3] = 1;
    values[4] = 0;
    values[5] = 0;
    values[6] = 0;
  }
}

package org.minix3j.machine.devices.ata;

import java.util.Arrays;

/**
 * A disk held in memory, for tests: the sectors are a byte array, optionally preloaded, that the
 * test can inspect with {@link #contents()}. Counts flushes so a test can see FLUSH CACHE reach
 * the backing.
 */
public final class MemoryDisk implements DiskBacking {
  private final byte[] data;
  private int flushes;

  /** A zero-filled disk of {@code sectors} sectors. */
  public MemoryDisk(int sectors) {
    if (sectors < 0 || (long) sectors * SECTOR_SIZE > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("memory disk of " + sectors + " sectors");
    }
    this.data = new byte[sectors * SECTOR_SIZE];
  }

  /** A disk holding a copy of {@code image}, whose length must be whole sectors. */
  public MemoryDisk(byte[] image) {
    if (image.length % SECTOR_SIZE != 0) {
      throw new DiskImageException(
          "in-memory image of " + image.length + " bytes is not a whole number of sectors");
    }
    this.data = image.clone();
  }

  @Override
  public long sectorCount() {
    return data.length / SECTOR_SIZE;
  }

  @Override
  public void readSector(long lba, byte[] buffer) {
    System.arraycopy(data, offset(lba), buffer, 0, SECTOR_SIZE);
  }

  @Override
  public void writeSector(long lba, byte[] buffer) {
    System.arraycopy(buffer, 0, data, offset(lba), SECTOR_SIZE);
  }

  @Override
  public void flush() {
    flushes++;
  }

  @Override
  public void close() {
    flush();
  }

  /** A copy of the whole disk as stored in the backing. */
  public byte[] contents() {
    return Arrays.copyOf(data, data.length);
  }

  /** The number of flushes the backing has received. */
  public int flushes() {
    return flushes;
  }

  private int offset(long lba) {
    if (lba < 0 || lba >= sectorCount()) {
      throw new IllegalArgumentException("sector " + lba + " outside 0.." + (sectorCount() - 1));
    }
    return (int) lba * SECTOR_SIZE;
  }
}

package org.minix3j.machine.devices.ata;

import java.io.IOException;

/**
 * The storage behind an emulated disk: whole 512-byte sectors addressed by LBA. Implemented by
 * {@link FileDisk} (an image file) and {@link MemoryDisk} (tests). Callers keep to
 * {@code 0 <= lba < sectorCount()} and buffers of at least {@link #SECTOR_SIZE} bytes.
 */
public interface DiskBacking extends AutoCloseable {
  /** Bytes per sector. */
  int SECTOR_SIZE = 512;

  /** The number of sectors. */
  long sectorCount();

  /** Copies sector {@code lba} into the first 512 bytes of {@code buffer}. */
  void readSector(long lba, byte[] buffer) throws IOException;

  /** Stores the first 512 bytes of {@code buffer} as sector {@code lba}. */
  void writeSector(long lba, byte[] buffer) throws IOException;

  /** Makes every write so far durable. */
  void flush() throws IOException;

  /** Flushes and releases the storage. */
  @Override
  void close() throws IOException;
}

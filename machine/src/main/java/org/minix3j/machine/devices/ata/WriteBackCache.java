package org.minix3j.machine.devices.ata;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The disk's write-back cache: written sectors are kept here and reach the backing at FLUSH
 * CACHE, at an orderly close, or when more than {@link #CAPACITY_SECTORS} are dirty. Reads see
 * the cached data. Dirty sectors are written back in ascending LBA order.
 */
final class WriteBackCache {
  /** The number of dirty sectors that forces a write-back. */
  static final int CAPACITY_SECTORS = 4096;

  private final DiskBacking backing;
  private final TreeMap<Long, byte[]> dirty = new TreeMap<>();

  WriteBackCache(DiskBacking backing) {
    this.backing = backing;
  }

  long sectorCount() {
    return backing.sectorCount();
  }

  void read(long lba, byte[] buffer) throws IOException {
    byte[] cached = dirty.get(lba);
    if (cached != null) {
      System.arraycopy(cached, 0, buffer, 0, DiskBacking.SECTOR_SIZE);
    } else {
      backing.readSector(lba, buffer);
    }
  }

  void write(long lba, byte[] buffer) throws IOException {
    byte[] copy = new byte[DiskBacking.SECTOR_SIZE];
    System.arraycopy(buffer, 0, copy, 0, DiskBacking.SECTOR_SIZE);
    dirty.put(lba, copy);
    if (dirty.size() > CAPACITY_SECTORS) {
      writeBack();
    }
  }

  /** Writes every dirty sector to the backing and flushes it. */
  void flush() throws IOException {
    writeBack();
    backing.flush();
  }

  int dirtySectors() {
    return dirty.size();
  }

  void close() throws IOException {
    try {
      writeBack();
    } finally {
      backing.close();
    }
  }

  private void writeBack() throws IOException {
    for (Map.Entry<Long, byte[]> first = dirty.firstEntry();
        first != null;
        first = dirty.firstEntry()) {
      backing.writeSector(first.getKey(), first.getValue());
      dirty.remove(first.getKey());
    }
  }
}

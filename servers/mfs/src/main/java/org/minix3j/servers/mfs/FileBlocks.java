package org.minix3j.servers.mfs;

import org.minix3j.servers.mfs.format.DiskInode;
import org.minix3j.servers.mfs.format.LittleEndian;
import org.minix3j.servers.mfs.format.MinixFormat;
import org.minix3j.servers.mfs.format.Superblock;

/**
 * Maps a file's block index to its zone through the seven direct zones, the single-indirect
 * block and the double-indirect block (MINIX's read_map/write_map), allocates missing zones, and
 * frees the zones beyond a new length (truncate).
 *
 * <p>Every zone number read from an inode or an indirect block is checked: 0 (a hole) or a data
 * zone of this volume that the zone bitmap marks in use, and never the indirect block it came
 * through; anything else is EIO. Indirect blocks are metadata and written through.
 */
final class FileBlocks {
  private final BlockCache cache;
  private final Allocator allocator;
  private final int perIndirect;

  FileBlocks(Superblock superblock, BlockCache cache, Allocator allocator) {
    this.cache = cache;
    this.allocator = allocator;
    this.perIndirect = MinixFormat.zonesPerIndirect(superblock.blockSize());
  }

  /** The blocks a file can have. */
  long maxBlocks() {
    return MinixFormat.DIRECT_ZONES + perIndirect + (long) perIndirect * perIndirect;
  }

  /** The zone holding block {@code index} of {@code inode}, or 0 for a hole. */
  long zoneOf(DiskInode inode, long index) throws FsError {
    if (index < MinixFormat.DIRECT_ZONES) {
      return checked(inode.zones[(int) index], 0);
    }
    long rest = index - MinixFormat.DIRECT_ZONES;
    if (rest < perIndirect) {
      long indirect = checked(inode.zones[MinixFormat.INDIRECT], 0);
      return indirect == 0 ? 0 : checked(entry(indirect, (int) rest), indirect);
    }
    rest -= perIndirect;
    if (rest < (long) perIndirect * perIndirect) {
      long outer = checked(inode.zones[MinixFormat.DOUBLE_INDIRECT], 0);
      if (outer == 0) {
        return 0;
      }
      long inner = checked(entry(outer, (int) (rest / perIndirect)), outer);
      return inner == 0 ? 0 : checked(entry(inner, (int) (rest % perIndirect)), inner, outer);
    }
    throw FsError.corrupt("block " + index + " beyond the double-indirect range");
  }

  /** How many zones {@link #allocate} would take for block {@code index} (0 to 3). */
  int missing(DiskInode inode, long index) throws FsError {
    if (index < MinixFormat.DIRECT_ZONES) {
      return inode.zones[(int) index] == 0 ? 1 : 0;
    }
    long rest = index - MinixFormat.DIRECT_ZONES;
    if (rest < perIndirect) {
      long indirect = checked(inode.zones[MinixFormat.INDIRECT], 0);
      return indirect == 0 ? 2 : (entry(indirect, (int) rest) == 0 ? 1 : 0);
    }
    rest -= perIndirect;
    long outer = checked(inode.zones[MinixFormat.DOUBLE_INDIRECT], 0);
    if (outer == 0) {
      return 3;
    }
    long inner = checked(entry(outer, (int) (rest / perIndirect)), outer);
    if (inner == 0) {
      return 2;
    }
    return entry(inner, (int) (rest % perIndirect)) == 0 ? 1 : 0;
  }

  /**
   * The zone of block {@code index}, allocating it and the indirect blocks on its path. The
   * caller has checked {@link #missing} against the free zones, changes and writes {@code inode},
   * and fills the zone; {@code fresh[0]} tells whether the data zone is new (so holds garbage).
   */
  long allocate(DiskInode inode, long index, boolean[] fresh) throws FsError {
    fresh[0] = false;
    long zone = zoneOf(inode, index);
    if (zone != 0) {
      return zone;
    }
    if (index >= maxBlocks()) {
      throw FsError.corrupt("block " + index + " beyond the double-indirect range");
    }
    fresh[0] = true;
    if (index < MinixFormat.DIRECT_ZONES) {
      zone = allocator.allocateZone();
      inode.zones[(int) index] = (int) zone;
      return zone;
    }
    long rest = index - MinixFormat.DIRECT_ZONES;
    long parent;
    int slot;
    if (rest < perIndirect) {
      parent = inode.zones[MinixFormat.INDIRECT] & 0xffffffffL;
      if (parent == 0) {
        parent = newIndirect();
        inode.zones[MinixFormat.INDIRECT] = (int) parent;
      }
      slot = (int) rest;
    } else {
      rest -= perIndirect;
      long outer = inode.zones[MinixFormat.DOUBLE_INDIRECT] & 0xffffffffL;
      if (outer == 0) {
        outer = newIndirect();
        inode.zones[MinixFormat.DOUBLE_INDIRECT] = (int) outer;
      }
      int outerSlot = (int) (rest / perIndirect);
      parent = entry(outer, outerSlot) & 0xffffffffL;
      if (parent == 0) {
        parent = newIndirect();
        setEntry(outer, outerSlot, parent);
      }
      slot = (int) (rest % perIndirect);
    }
    zone = allocator.allocateZone();
    setEntry(parent, slot, zone);
    return zone;
  }

  /**
   * Frees every zone holding blocks at or after {@code keep} (the blocks a file of the new length
   * still needs), and the indirect blocks left empty; changes {@code inode}'s zone slots, which
   * the caller writes.
   */
  void truncate(DiskInode inode, long newSize) throws FsError {
    long keep = (newSize + cache.blockSize() - 1) / cache.blockSize();
    for (int i = 0; i < MinixFormat.DIRECT_ZONES; i++) {
      if (i >= keep && inode.zones[i] != 0) {
        allocator.freeZone(checked(inode.zones[i], 0));
        inode.zones[i] = 0;
      }
    }
    inode.zones[MinixFormat.INDIRECT] =
        (int) truncateIndirect(inode.zones[MinixFormat.INDIRECT], MinixFormat.DIRECT_ZONES, keep);
    long outer = checked(inode.zones[MinixFormat.DOUBLE_INDIRECT], 0);
    if (outer == 0) {
      return;
    }
    long base = (long) MinixFormat.DIRECT_ZONES + perIndirect;
    int[] inner = entries(outer);
    for (int j = 0; j < perIndirect; j++) {
      long start = base + (long) j * perIndirect;
      if (inner[j] == 0 || start + perIndirect <= keep) {
        continue;
      }
      checked(inner[j], outer);
      if (truncateIndirect(inner[j], start, keep) == 0) {
        setEntry(outer, j, 0);
      }
    }
    if (keep <= base) {
      allocator.freeZone(outer);
      inode.zones[MinixFormat.DOUBLE_INDIRECT] = 0;
    }
  }

  /** Truncates the indirect block {@code raw} covering blocks from {@code start}; its new value. */
  private long truncateIndirect(int raw, long start, long keep) throws FsError {
    long zone = checked(raw, 0);
    if (zone == 0 || start + perIndirect <= keep) {
      return zone;
    }
    int[] entries = entries(zone);
    int first = (int) Math.max(0, keep - start);
    for (int i = first; i < perIndirect; i++) {
      if (entries[i] != 0) {
        checked(entries[i], zone);
      }
    }
    boolean changed = false;
    for (int i = first; i < perIndirect; i++) {
      if (entries[i] != 0) {
        allocator.freeZone(entries[i] & 0xffffffffL);
        changed = true;
      }
    }
    if (first == 0) {
      allocator.freeZone(zone);
      return 0;
    }
    if (changed) {
      BlockCache.Buffer buffer = cache.get(zone);
      java.util.Arrays.fill(cache.memory(), buffer.offset + first * MinixFormat.ZONE_NUMBER_SIZE,
          buffer.offset + cache.blockSize(), (byte) 0);
      cache.writeThrough(buffer);
    }
    return zone;
  }

  /** A zone number read from disk, checked; {@code via} are the indirect blocks it came through. */
  private long checked(int raw, long... via) throws FsError {
    long zone = raw & 0xffffffffL;
    if (zone == 0) {
      return 0;
    }
    allocator.checkZone(zone);
    for (long through : via) {
      if (through == zone) {
        throw FsError.corrupt("indirect block " + zone + " points to itself");
      }
    }
    if (!allocator.zoneInUse(zone)) {
      throw FsError.corrupt("zone " + zone + " in use but marked free");
    }
    return zone;
  }

  private int entry(long block, int index) throws FsError {
    BlockCache.Buffer buffer = cache.get(block);
    return LittleEndian.u32(cache.memory(), buffer.offset + index * MinixFormat.ZONE_NUMBER_SIZE);
  }

  private int[] entries(long block) throws FsError {
    BlockCache.Buffer buffer = cache.get(block);
    int[] entries = new int[perIndirect];
    for (int i = 0; i < perIndirect; i++) {
      entries[i] = LittleEndian.u32(cache.memory(), buffer.offset + i * MinixFormat.ZONE_NUMBER_SIZE);
    }
    return entries;
  }

  private void setEntry(long block, int index, long zone) throws FsError {
    BlockCache.Buffer buffer = cache.get(block);
    LittleEndian.put32(cache.memory(), buffer.offset + index * MinixFormat.ZONE_NUMBER_SIZE,
        (int) zone);
    cache.writeThrough(buffer);
  }

  private long newIndirect() throws FsError {
    long zone = allocator.allocateZone();
    cache.writeThrough(cache.getZeroed(zone));
    return zone;
  }
}

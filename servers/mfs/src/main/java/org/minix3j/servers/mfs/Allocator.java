package org.minix3j.servers.mfs;

import org.minix3j.abi.Errno;
import org.minix3j.servers.mfs.format.Bitmap;
import org.minix3j.servers.mfs.format.MinixFormat;
import org.minix3j.servers.mfs.format.Superblock;

/**
 * The inode and zone bitmaps: allocation (first clear bit, never bit 0), freeing, and the free
 * counts STATFS reports. Every change is written through. Freeing a bit that is already clear
 * means the volume is corrupt: EIO, and nothing is changed.
 */
final class Allocator {
  private final BlockCache cache;
  private final Superblock superblock;
  private final int bitsPerBlock;
  private long freeInodes;
  private long freeZones;
  private long zoneHint = 1;

  Allocator(Superblock superblock, BlockCache cache) throws FsError {
    this.cache = cache;
    this.superblock = superblock;
    this.bitsPerBlock = MinixFormat.bitsPerBlock(superblock.blockSize());
    this.freeInodes = countClear(inodeMapStart(), superblock.inodes() + 1);
    this.freeZones = countClear(zoneMapStart(), superblock.zoneMapBits());
  }

  long freeInodes() {
    return freeInodes;
  }

  long freeZones() {
    return freeZones;
  }

  private long inodeMapStart() {
    return MinixFormat.FIRST_MAP_BLOCK;
  }

  private long zoneMapStart() {
    return (long) MinixFormat.FIRST_MAP_BLOCK + superblock.inodeMapBlocks();
  }

  private long countClear(long start, long bits) throws FsError {
    long clear = 0;
    for (long first = 0; first < bits; first += bitsPerBlock) {
      BlockCache.Buffer buffer = cache.get(start + first / bitsPerBlock);
      int limit = (int) Math.min(bitsPerBlock, bits - first);
      clear += Bitmap.countClear(cache.memory(), buffer.offset, limit);
    }
    // bit 0 is reserved: never counted as free even if clear on disk
    BlockCache.Buffer firstBlock = cache.get(start);
    if (!Bitmap.isSet(cache.memory(), firstBlock.offset, 0)) {
      clear--;
    }
    return clear;
  }

  boolean inodeInUse(int number) throws FsError {
    return isSet(inodeMapStart(), number);
  }

  /** Whether data zone {@code zone} (already range-checked) is marked in use. */
  boolean zoneInUse(long zone) throws FsError {
    return isSet(zoneMapStart(), zone - superblock.firstDataZone() + 1);
  }

  private boolean isSet(long start, long bit) throws FsError {
    BlockCache.Buffer buffer = cache.get(start + bit / bitsPerBlock);
    return Bitmap.isSet(cache.memory(), buffer.offset, (int) (bit % bitsPerBlock));
  }

  /** A fresh inode number; ENOSPC when none is left. */
  int allocateInode() throws FsError {
    long bit = allocate(inodeMapStart(), superblock.inodes() + 1, 1);
    freeInodes--;
    return (int) bit;
  }

  /** A fresh data zone; ENOSPC when none is left. The caller zeroes or fills it. */
  long allocateZone() throws FsError {
    long bit = allocate(zoneMapStart(), superblock.zoneMapBits(), zoneHint);
    freeZones--;
    zoneHint = bit;
    return superblock.firstDataZone() + bit - 1;
  }

  private long allocate(long start, long bits, long hint) throws FsError {
    long found = search(start, bits, Math.max(1, Math.min(hint, bits - 1)));
    if (found < 0 && hint > 1) {
      found = search(start, bits, 1);
    }
    if (found < 0) {
      throw FsError.of(Errno.ENOSPC);
    }
    BlockCache.Buffer buffer = cache.get(start + found / bitsPerBlock);
    Bitmap.set(cache.memory(), buffer.offset, (int) (found % bitsPerBlock));
    cache.writeThrough(buffer);
    return found;
  }

  private long search(long start, long bits, long from) throws FsError {
    for (long block = from / bitsPerBlock; block * bitsPerBlock < bits; block++) {
      long base = block * bitsPerBlock;
      int first = (int) Math.max(0, from - base);
      int limit = (int) Math.min(bitsPerBlock, bits - base);
      BlockCache.Buffer buffer = cache.get(start + block);
      int bit = Bitmap.firstClear(cache.memory(), buffer.offset, first, limit);
      if (bit >= 0) {
        return base + bit;
      }
    }
    return -1;
  }

  /** EIO unless {@code zone} is a data zone of this volume. */
  void checkZone(long zone) throws FsError {
    if (zone < superblock.firstDataZone() || zone >= superblock.zones()) {
      throw FsError.corrupt("zone " + zone + " outside " + superblock.firstDataZone() + ".."
          + (superblock.zones() - 1));
    }
  }

  void freeInode(int number) throws FsError {
    free(inodeMapStart(), number, "inode " + number);
    freeInodes++;
  }

  void freeZone(long zone) throws FsError {
    checkZone(zone);
    free(zoneMapStart(), zone - superblock.firstDataZone() + 1, "zone " + zone);
    cache.forget(zone);
    freeZones++;
    zoneHint = Math.min(zoneHint, zone - superblock.firstDataZone() + 1);
  }

  private void free(long start, long bit, String what) throws FsError {
    BlockCache.Buffer buffer = cache.get(start + bit / bitsPerBlock);
    int inBlock = (int) (bit % bitsPerBlock);
    if (!Bitmap.isSet(cache.memory(), buffer.offset, inBlock)) {
      throw FsError.corrupt(what + " freed twice (bitmap says free)");
    }
    Bitmap.clear(cache.memory(), buffer.offset, inBlock);
    cache.writeThrough(buffer);
  }
}

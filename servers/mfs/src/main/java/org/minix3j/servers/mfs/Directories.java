package org.minix3j.servers.mfs;

import org.minix3j.abi.Errno;
import org.minix3j.servers.mfs.format.DirectoryEntry;
import org.minix3j.servers.mfs.format.DiskInode;
import org.minix3j.servers.mfs.format.MinixFormat;

/**
 * Directory contents: a directory is a file of 64-byte entries (MINIX's search_dir). Entries with
 * inode 0 are free slots, reused before the directory grows; directories never shrink. A
 * directory whose size is not a multiple of 64 is corrupt (EIO); holes read as free slots.
 */
final class Directories {
  private static final int ENTRY = MinixFormat.DIRENT_SIZE;
  private final byte[] dot = DirectoryEntry.bytes(".");
  private final byte[] dotDot = DirectoryEntry.bytes("..");

  /** What a scan sees: the entry at {@code position} of the directory, in {@code memory}. */
  interface Visitor {
    /** Returns false to stop the scan. */
    boolean visit(long position, int inode, byte[] memory, int offset) throws FsError;
  }

  private final BlockCache cache;
  private final FileBlocks blocks;
  private final Inodes inodes;

  Directories(BlockCache cache, FileBlocks blocks, Inodes inodes) {
    this.cache = cache;
    this.blocks = blocks;
    this.inodes = inodes;
  }

  static boolean isDot(byte[] name) {
    return name.length == 1 && name[0] == '.';
  }

  static boolean isDotDot(byte[] name) {
    return name.length == 2 && name[0] == '.' && name[1] == '.';
  }

  /** Visits the entries from byte {@code from} on, in order. */
  void scan(DiskInode directory, long from, Visitor visitor) throws FsError {
    if (directory.size % ENTRY != 0) {
      throw FsError.corrupt("directory " + directory.number + " of " + directory.size + " bytes");
    }
    int blockSize = cache.blockSize();
    for (long position = from; position < directory.size; position += ENTRY) {
      long zone = blocks.zoneOf(directory, position / blockSize);
      if (zone == 0) {
        continue;
      }
      BlockCache.Buffer buffer = cache.get(zone);
      int offset = buffer.offset + (int) (position % blockSize);
      int inode = DirectoryEntry.inode(cache.memory(), offset);
      if (!visitor.visit(position, inode, cache.memory(), offset)) {
        return;
      }
    }
  }

  /** The position of the entry named {@code name}, or -1. */
  long find(DiskInode directory, byte[] name) throws FsError {
    long[] found = {-1};
    scan(directory, 0, (position, inode, memory, offset) -> {
      if (inode != 0 && DirectoryEntry.nameEquals(memory, offset, name)) {
        found[0] = position;
        return false;
      }
      return true;
    });
    return found[0];
  }

  /** The inode number of entry {@code name}, or 0 when there is none. */
  int lookup(DiskInode directory, byte[] name) throws FsError {
    long position = find(directory, name);
    return position < 0 ? 0 : entryInode(directory, position);
  }

  /** The inode number stored at {@code position}. */
  int entryInode(DiskInode directory, long position) throws FsError {
    BlockCache.Buffer buffer = entryBuffer(directory, position);
    return DirectoryEntry.inode(cache.memory(), buffer.offset + (int) (position % cache.blockSize()));
  }

  /** Whether the directory holds nothing but {@code .} and {@code ..}. */
  boolean isEmpty(DiskInode directory) throws FsError {
    boolean[] empty = {true};
    scan(directory, 0, (position, inode, memory, offset) -> {
      if (inode != 0) {
        byte[] name = DirectoryEntry.name(memory, offset);
        if (!isDot(name) && !isDotDot(name)) {
          empty[0] = false;
          return false;
        }
      }
      return true;
    });
    return empty[0];
  }

  /**
   * Adds entry {@code name} for {@code inode}, in a free slot or at the end (ENOSPC when the
   * zones for that are missing; nothing is changed then). Writes the directory's inode.
   */
  void add(DiskInode directory, byte[] name, int inode, int now, long sizeLimit) throws FsError {
    long[] free = {-1};
    scan(directory, 0, (position, entry, memory, offset) -> {
      if (entry == 0) {
        free[0] = position;
        return false;
      }
      return true;
    });
    long position = free[0];
    BlockCache.Buffer buffer;
    if (position < 0) {
      position = directory.size;
      if (position + ENTRY > sizeLimit) {
        throw FsError.of(Errno.ENOSPC);
      }
      long index = position / cache.blockSize();
      if (blocks.missing(directory, index) > inodes.freeZones()) {
        throw FsError.of(Errno.ENOSPC);
      }
      boolean[] fresh = new boolean[1];
      long zone = blocks.allocate(directory, index, fresh);
      buffer = fresh[0] ? cache.getZeroed(zone) : cache.get(zone);
      directory.size += ENTRY;
    } else {
      buffer = entryBuffer(directory, position);
    }
    DirectoryEntry.write(cache.memory(), buffer.offset + (int) (position % cache.blockSize()),
        inode, name);
    cache.writeThrough(buffer);
    directory.modifyTime = now;
    directory.changeTime = now;
    inodes.write(directory);
  }

  /** Points the entry at {@code position} to {@code inode} (0 frees the slot). */
  void setEntry(DiskInode directory, long position, int inode) throws FsError {
    BlockCache.Buffer buffer = entryBuffer(directory, position);
    DirectoryEntry.setInode(cache.memory(), buffer.offset + (int) (position % cache.blockSize()),
        inode);
    cache.writeThrough(buffer);
  }

  /** Writes the first block of a new directory: {@code .} and {@code ..}. */
  void initialize(long zone, int self, int parent) throws FsError {
    BlockCache.Buffer buffer = cache.getZeroed(zone);
    DirectoryEntry.write(cache.memory(), buffer.offset, self, dot);
    DirectoryEntry.write(cache.memory(), buffer.offset + ENTRY, parent, dotDot);
    cache.writeThrough(buffer);
  }

  private BlockCache.Buffer entryBuffer(DiskInode directory, long position) throws FsError {
    long zone = blocks.zoneOf(directory, position / cache.blockSize());
    if (zone == 0) {
      throw FsError.corrupt("directory " + directory.number + " has a hole at " + position);
    }
    return cache.get(zone);
  }
}

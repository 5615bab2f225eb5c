package org.minix3j.servers.mfs;

import org.minix3j.abi.Errno;
import org.minix3j.servers.mfs.format.DiskInode;
import org.minix3j.servers.mfs.format.MinixFormat;
import org.minix3j.servers.mfs.format.Superblock;

/**
 * The inode table: inode {@code n} is the {@code (n-1)}-th 64-byte slot from the table's first
 * block. Reads check the number against {@code s_ninodes}; writes go through at once.
 */
final class Inodes {
  private final Superblock superblock;
  private final BlockCache cache;
  private final Allocator allocator;
  private final int perBlock;

  Inodes(Superblock superblock, BlockCache cache, Allocator allocator) {
    this.superblock = superblock;
    this.cache = cache;
    this.allocator = allocator;
    this.perBlock = MinixFormat.inodesPerBlock(superblock.blockSize());
  }

  /** Inode {@code number} as stored; EIO if the number is outside the table. */
  DiskInode read(long number) throws FsError {
    if (number < 1 || number > superblock.inodes()) {
      throw FsError.corrupt("inode number " + number + " outside 1.." + superblock.inodes());
    }
    BlockCache.Buffer buffer = cache.get(block(number));
    return DiskInode.decode((int) number, cache.memory(), buffer.offset + offset(number));
  }

  /**
   * Inode {@code number} for use: marked in the bitmap and with a type, else whatever named it
   * is corrupt (EIO).
   */
  DiskInode live(long number) throws FsError {
    DiskInode inode = read(number);
    if (inode.mode == 0 || !allocator.inodeInUse(inode.number)) {
      throw FsError.corrupt("inode " + number + " is free but in use");
    }
    return inode;
  }

  /** A directory inode for use; ENOTDIR if it is something else. */
  DiskInode directory(long number) throws FsError {
    DiskInode inode = live(number);
    if (!inode.isDirectory()) {
      throw FsError.of(Errno.ENOTDIR);
    }
    return inode;
  }

  /** Free data zones left. */
  long freeZones() {
    return allocator.freeZones();
  }

  /** Writes {@code inode} through to the device. */
  void write(DiskInode inode) throws FsError {
    BlockCache.Buffer buffer = cache.get(block(inode.number));
    inode.encode(cache.memory(), buffer.offset + offset(inode.number));
    cache.writeThrough(buffer);
  }

  private long block(long number) {
    return superblock.inodeTableBlock() + (number - 1) / perBlock;
  }

  private int offset(long number) {
    return (int) ((number - 1) % perBlock) * MinixFormat.INODE_SIZE;
  }
}

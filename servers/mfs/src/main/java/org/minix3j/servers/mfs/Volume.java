package org.minix3j.servers.mfs;

import java.util.Map;
import java.util.TreeMap;
import org.minix3j.abi.Errno;
import org.minix3j.servers.mfs.format.DiskInode;
import org.minix3j.servers.mfs.format.Superblock;

/**
 * One mounted MINIX V3 volume: its superblock, the cache over its device, the bitmaps, the
 * inodes and the references VFS holds on them. Made by MOUNT, dropped by UNMOUNT.
 *
 * <p>Invariant: every inode number in {@link #references} is in use on disk; an inode whose link
 * count reached 0 while referenced is freed when the last reference goes ({@link #release}).
 */
final class Volume {
  final Superblock superblock;
  final int blockSize;
  final BlockCache cache;
  final DeviceLink device;
  final boolean readOnly;
  final int deviceNumber;
  final Allocator allocator;
  final Inodes inodes;
  final FileBlocks blocks;
  final Directories directories;
  private final Map<Integer, Integer> references = new TreeMap<>();

  Volume(Superblock superblock, BlockCache cache, DeviceLink device, boolean readOnly,
      int deviceNumber) throws FsError {
    this.superblock = superblock;
    this.blockSize = superblock.blockSize();
    this.cache = cache;
    this.device = device;
    this.readOnly = readOnly;
    this.deviceNumber = deviceNumber;
    this.allocator = new Allocator(superblock, cache);
    this.inodes = new Inodes(superblock, cache, allocator);
    this.blocks = new FileBlocks(superblock, cache, allocator);
    this.directories = new Directories(cache, blocks, inodes);
  }

  DiskInode readInode(long number) throws FsError {
    return inodes.read(number);
  }

  DiskInode liveInode(long number) throws FsError {
    return inodes.live(number);
  }

  DiskInode directory(long number) throws FsError {
    return inodes.directory(number);
  }

  void writeInode(DiskInode inode) throws FsError {
    inodes.write(inode);
  }

  /** EROFS on a read-only mount. */
  void checkWritable() throws FsError {
    if (readOnly) {
      throw FsError.of(Errno.EROFS);
    }
  }

  void reference(int number) {
    references.merge(number, 1, Integer::sum);
  }

  boolean referenced(int number) {
    return references.containsKey(number);
  }

  /** Drops {@code count} references; frees the inode if that was the last and no link is left. */
  void release(int number, int count) throws FsError {
    Integer held = references.get(number);
    if (held == null || count < 1 || count > held) {
      throw new FsError(Errno.EINVAL, "PUTNODE of " + count + " on inode " + number);
    }
    if (held == count) {
      references.remove(number);
      DiskInode inode = readInode(number);
      if (inode.links == 0 && !readOnly) {
        destroy(inode);
      }
    } else {
      references.put(number, held - count);
    }
  }

  /** Frees {@code inode} now unless VFS still holds it (then {@link #release} will). */
  void destroyIfUnused(DiskInode inode) throws FsError {
    if (inode.links == 0 && !referenced(inode.number)) {
      destroy(inode);
    } else {
      writeInode(inode);
    }
  }

  /** Frees the zones and the inode itself. */
  private void destroy(DiskInode inode) throws FsError {
    if (inode.hasZones()) {
      blocks.truncate(inode, 0);
    }
    inode.mode = 0;
    inode.size = 0;
    inode.clearZones();
    writeInode(inode);
    allocator.freeInode(inode.number);
  }

  /** Frees every inode that lost its last link while still referenced (at unmount). */
  void releaseAll() throws FsError {
    for (Map.Entry<Integer, Integer> held : new TreeMap<>(references).entrySet()) {
      release(held.getKey(), held.getValue());
    }
  }
}

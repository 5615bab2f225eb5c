package org.minix3j.servers.mfs.format;

/**
 * The fixed numbers of the MINIX V3 file system layout, as MINIX's mfs and util-linux's
 * mkfs.minix/fsck.minix use them.
 *
 * <p>A volume is a row of blocks: block 0 the boot block; the superblock at byte {@link
 * #SUPERBLOCK_OFFSET} (inside block 1 for 1 KiB blocks, inside block 0 for bigger ones); from
 * block {@link #FIRST_MAP_BLOCK} the inode bitmap, then the zone bitmap, then the inode table,
 * then the data zones from {@code s_firstdatazone} to {@code s_zones - 1}. Zone numbers are
 * absolute block numbers (zones are one block here: {@code s_log_zone_size} 0). Bit 0 of each
 * bitmap is reserved and always set; bit {@code i} of the inode map is inode {@code i}, bit
 * {@code i} of the zone map is zone {@code s_firstdatazone + i - 1}.
 */
public final class MinixFormat {
  /** {@code s_magic} of a V3 file system. */
  public static final int MAGIC_V3 = 0x4d5a;

  /** Byte offset of the superblock on the device, whatever the block size. */
  public static final int SUPERBLOCK_OFFSET = 1024;

  /** Bytes of the superblock area read and written. */
  public static final int SUPERBLOCK_BYTES = 1024;

  /** The block where the inode bitmap starts. */
  public static final int FIRST_MAP_BLOCK = 2;

  /** Smallest block size MINIX allows. */
  public static final int MIN_BLOCK_SIZE = 1024;

  /** Largest block size this server accepts. */
  public static final int MAX_BLOCK_SIZE = 4096;

  /** The root directory's inode number. */
  public static final int ROOT_INODE = 1;

  /** Bytes of one on-disk inode. */
  public static final int INODE_SIZE = 64;

  /** Bytes of one directory entry: a 32-bit inode number and a 60-byte name. */
  public static final int DIRENT_SIZE = 64;

  /** Longest name in a directory entry (NUL-padded, no NUL when it is exactly this long). */
  public static final int NAME_MAX = 60;

  /** Direct zones in an inode. */
  public static final int DIRECT_ZONES = 7;

  /** Index in {@code i_zone} of the single-indirect zone. */
  public static final int INDIRECT = 7;

  /** Index in {@code i_zone} of the double-indirect zone. */
  public static final int DOUBLE_INDIRECT = 8;

  /** Index in {@code i_zone} of the triple-indirect zone (unused by MINIX V3). */
  public static final int TRIPLE_INDIRECT = 9;

  /** Zone slots in an inode. */
  public static final int ZONE_SLOTS = 10;

  /** Bytes of one zone number in an indirect block. */
  public static final int ZONE_NUMBER_SIZE = 4;

  /** Largest link count (MINIX's LINK_MAX; {@code i_nlinks} is 16 bits). */
  public static final int LINK_MAX = 32767;

  private MinixFormat() {}

  /** Whether {@code blockSize} is one MINIX allows (a power of two from 1 to 4 KiB). */
  public static boolean validBlockSize(int blockSize) {
    return blockSize >= MIN_BLOCK_SIZE
        && blockSize <= MAX_BLOCK_SIZE
        && Integer.bitCount(blockSize) == 1;
  }

  /** Zone numbers in one indirect block. */
  public static int zonesPerIndirect(int blockSize) {
    return blockSize / ZONE_NUMBER_SIZE;
  }

  /** Inodes in one block of the inode table. */
  public static int inodesPerBlock(int blockSize) {
    return blockSize / INODE_SIZE;
  }

  /** Bits in one bitmap block. */
  public static int bitsPerBlock(int blockSize) {
    return blockSize * Byte.SIZE;
  }

  /**
   * The bytes a file can address through its direct, single- and double-indirect zones, capped
   * at the largest signed 32-bit size.
   */
  public static long addressableBytes(int blockSize) {
    long perIndirect = zonesPerIndirect(blockSize);
    long zones = DIRECT_ZONES + perIndirect + perIndirect * perIndirect;
    return Math.min(zones * blockSize, Integer.MAX_VALUE);
  }
}

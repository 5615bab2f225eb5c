package org.minix3j.servers.mfs.format;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The MINIX V3 superblock, as stored at byte {@link MinixFormat#SUPERBLOCK_OFFSET}: {@code
 * s_ninodes} (32 bits at 0), {@code s_imap_blocks} (16 at 6), {@code s_zmap_blocks} (16 at 8),
 * {@code s_firstdatazone} (16 at 10), {@code s_log_zone_size} (16 at 12), {@code s_max_size} (32
 * at 16), {@code s_zones} (32 at 20), {@code s_magic} (16 at 24), {@code s_blocksize} (16 at 28),
 * {@code s_disk_version} (8 at 30). Little-endian.
 *
 * <p>{@link #problem(long)} checks everything a server needs before trusting the numbers: the
 * bitmaps cover the inodes and zones, the data zones follow the inode table, and the volume fits
 * the device.
 */
public record Superblock(
    long inodes,
    int inodeMapBlocks,
    int zoneMapBlocks,
    int firstDataZone,
    int logZoneSize,
    long maxSize,
    long zones,
    int magic,
    int blockSize,
    int diskVersion) {

  private static final int NINODES = 0;
  private static final int IMAP_BLOCKS = 6;
  private static final int ZMAP_BLOCKS = 8;
  private static final int FIRST_DATA_ZONE = 10;
  private static final int LOG_ZONE_SIZE = 12;
  private static final int MAX_SIZE = 16;
  private static final int ZONES = 20;
  private static final int MAGIC = 24;
  private static final int BLOCK_SIZE = 28;
  private static final int DISK_VERSION = 30;

  /** Decodes the superblock whose first byte is {@code data[offset]}. */
  public static Superblock decode(byte[] data, int offset) {
    return new Superblock(
        LittleEndian.u32Long(data, offset + NINODES),
        LittleEndian.u16(data, offset + IMAP_BLOCKS),
        LittleEndian.u16(data, offset + ZMAP_BLOCKS),
        LittleEndian.u16(data, offset + FIRST_DATA_ZONE),
        LittleEndian.u16(data, offset + LOG_ZONE_SIZE),
        LittleEndian.u32Long(data, offset + MAX_SIZE),
        LittleEndian.u32Long(data, offset + ZONES),
        LittleEndian.u16(data, offset + MAGIC),
        LittleEndian.u16(data, offset + BLOCK_SIZE),
        data[offset + DISK_VERSION] & 0xff);
  }

  /** Writes the fields at {@code data[offset..]} (the padding is left as it is). */
  public void encode(byte[] data, int offset) {
    LittleEndian.put32(data, offset + NINODES, (int) inodes);
    LittleEndian.put16(data, offset + IMAP_BLOCKS, inodeMapBlocks);
    LittleEndian.put16(data, offset + ZMAP_BLOCKS, zoneMapBlocks);
    LittleEndian.put16(data, offset + FIRST_DATA_ZONE, firstDataZone);
    LittleEndian.put16(data, offset + LOG_ZONE_SIZE, logZoneSize);
    LittleEndian.put32(data, offset + MAX_SIZE, (int) maxSize);
    LittleEndian.put32(data, offset + ZONES, (int) zones);
    LittleEndian.put16(data, offset + MAGIC, magic);
    LittleEndian.put16(data, offset + BLOCK_SIZE, blockSize);
    data[offset + DISK_VERSION] = (byte) diskVersion;
  }

  /** The first block of the inode table. */
  public long inodeTableBlock() {
    return (long) MinixFormat.FIRST_MAP_BLOCK + inodeMapBlocks + zoneMapBlocks;
  }

  /** Blocks of the inode table. */
  public long inodeTableBlocks() {
    int perBlock = MinixFormat.inodesPerBlock(blockSize);
    return (inodes + perBlock - 1) / perBlock;
  }

  /** Bits the zone map needs: one per data zone plus the reserved bit 0. */
  public long zoneMapBits() {
    return zones - firstDataZone + 1;
  }

  /** The largest file size this volume allows: {@code s_max_size} within what zones can address. */
  public long fileSizeLimit() {
    return Math.min(maxSize, MinixFormat.addressableBytes(blockSize));
  }

  /**
   * What is wrong with this superblock for a device of {@code deviceBytes} bytes, or null when it
   * is sound.
   */
  public @Nullable String problem(long deviceBytes) {
    if (magic != MinixFormat.MAGIC_V3) {
      return "bad magic 0x" + Integer.toHexString(magic) + " (not a MINIX V3 file system)";
    }
    if (!MinixFormat.validBlockSize(blockSize)) {
      return "bad block size " + blockSize;
    }
    if (logZoneSize != 0) {
      return "zones of more than one block are not supported";
    }
    if (inodes < 1 || inodes >= Integer.MAX_VALUE) {
      return "bad inode count " + inodes;
    }
    long bits = MinixFormat.bitsPerBlock(blockSize);
    if (inodeMapBlocks < 1 || inodeMapBlocks * bits < inodes + 1) {
      return "inode bitmap of " + inodeMapBlocks + " blocks cannot hold " + inodes + " inodes";
    }
    if (zones >= Integer.MAX_VALUE || zones <= firstDataZone) {
      return "bad zone count " + zones + " (first data zone " + firstDataZone + ")";
    }
    if (zoneMapBlocks < 1 || zoneMapBlocks * bits < zoneMapBits()) {
      return "zone bitmap of " + zoneMapBlocks + " blocks cannot hold " + zoneMapBits() + " bits";
    }
    if (firstDataZone < inodeTableBlock() + inodeTableBlocks()) {
      return "first data zone " + firstDataZone + " overlaps the inode table";
    }
    if (zones * blockSize > deviceBytes) {
      return "volume of " + zones * blockSize + " bytes exceeds the device of " + deviceBytes;
    }
    return null;
  }
}

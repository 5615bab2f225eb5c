package org.minix3j.servers.mfs.format;

import java.util.Arrays;

/**
 * A 64-byte MINIX V2/V3 inode: {@code i_mode} (16 bits at 0), {@code i_nlinks} (16 at 2), {@code
 * i_uid} (16 at 4), {@code i_gid} (16 at 6), {@code i_size} (32 at 8), {@code i_atime}, {@code
 * i_mtime}, {@code i_ctime} (32 at 12, 16, 20), then ten 32-bit zone numbers: seven direct, the
 * single-indirect, the double-indirect and the (unused) triple-indirect. For a device node the
 * first zone slot holds the device number, as in MINIX.
 *
 * <p>A mutable copy: decode, change, encode back. {@link #number} is the inode's number, not
 * stored in the inode.
 */
public final class DiskInode {
  private static final int MODE = 0;
  private static final int NLINKS = 2;
  private static final int UID = 4;
  private static final int GID = 6;
  private static final int SIZE = 8;
  private static final int ATIME = 12;
  private static final int MTIME = 16;
  private static final int CTIME = 20;
  private static final int ZONES = 24;

  public final int number;
  public int mode;
  public int links;
  public int uid;
  public int gid;
  /** The size in bytes (unsigned 32 bits on disk). */
  public long size;
  public int accessTime;
  public int modifyTime;
  public int changeTime;
  /** The zone slots; entries are unsigned 32-bit zone numbers held in ints. */
  public final int[] zones = new int[MinixFormat.ZONE_SLOTS];

  public DiskInode(int number) {
    this.number = number;
  }

  /** Decodes inode {@code number} from the 64 bytes at {@code data[offset..]}. */
  public static DiskInode decode(int number, byte[] data, int offset) {
    DiskInode inode = new DiskInode(number);
    inode.mode = LittleEndian.u16(data, offset + MODE);
    inode.links = LittleEndian.u16(data, offset + NLINKS);
    inode.uid = LittleEndian.u16(data, offset + UID);
    inode.gid = LittleEndian.u16(data, offset + GID);
    inode.size = LittleEndian.u32Long(data, offset + SIZE);
    inode.accessTime = LittleEndian.u32(data, offset + ATIME);
    inode.modifyTime = LittleEndian.u32(data, offset + MTIME);
    inode.changeTime = LittleEndian.u32(data, offset + CTIME);
    for (int i = 0; i < MinixFormat.ZONE_SLOTS; i++) {
      inode.zones[i] = LittleEndian.u32(data, offset + ZONES + i * MinixFormat.ZONE_NUMBER_SIZE);
    }
    return inode;
  }

  /** Writes this inode's 64 bytes at {@code data[offset..]}. */
  public void encode(byte[] data, int offset) {
    LittleEndian.put16(data, offset + MODE, mode);
    LittleEndian.put16(data, offset + NLINKS, links);
    LittleEndian.put16(data, offset + UID, uid);
    LittleEndian.put16(data, offset + GID, gid);
    LittleEndian.put32(data, offset + SIZE, (int) size);
    LittleEndian.put32(data, offset + ATIME, accessTime);
    LittleEndian.put32(data, offset + MTIME, modifyTime);
    LittleEndian.put32(data, offset + CTIME, changeTime);
    for (int i = 0; i < MinixFormat.ZONE_SLOTS; i++) {
      LittleEndian.put32(data, offset + ZONES + i * MinixFormat.ZONE_NUMBER_SIZE, zones[i]);
    }
  }

  /** The file type bits of {@link #mode}. */
  public int type() {
    return mode & FileTypes.S_IFMT;
  }

  public boolean isDirectory() {
    return type() == FileTypes.S_IFDIR;
  }

  public boolean isRegular() {
    return type() == FileTypes.S_IFREG;
  }

  public boolean isSymlink() {
    return type() == FileTypes.S_IFLNK;
  }

  /** Whether this is a character or block device node. */
  public boolean isDevice() {
    return type() == FileTypes.S_IFCHR || type() == FileTypes.S_IFBLK;
  }

  /** Whether this inode's zone slots name data zones (directories, files, symbolic links). */
  public boolean hasZones() {
    return isDirectory() || isRegular() || isSymlink();
  }

  /** Sets every zone slot to 0. */
  public void clearZones() {
    Arrays.fill(zones, 0);
  }

  /** The device number of a device node (its first zone slot). */
  public int device() {
    return isDevice() ? zones[0] : 0;
  }

  /** Sets all three times to {@code now}. */
  public void touchAll(int now) {
    accessTime = now;
    modifyTime = now;
    changeTime = now;
  }
}

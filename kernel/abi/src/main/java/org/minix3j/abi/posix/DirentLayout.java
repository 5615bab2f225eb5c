package org.minix3j.abi.posix;

import org.minix3j.abi.protocol.CHeader;

/**
 * One record of getdents: the inode (32 bits), the record length (16 bits, a multiple of 4),
 * the type ({@code DT_*}, 8 bits), the name's length (8 bits), then the name with a NUL, padded
 * to the record length. Byte offsets.
 */
@CHeader(file = "minix/dirent_layout.h", prefix = "DIRENT_")
public final class DirentLayout {
  public static final int INO = 0;
  public static final int RECLEN = 4;
  public static final int TYPE = 6;
  public static final int NAMLEN = 7;
  public static final int NAME = 8;

  public static final int DT_UNKNOWN = 0;
  public static final int DT_FIFO = 1;
  public static final int DT_CHR = 2;
  public static final int DT_DIR = 4;
  public static final int DT_BLK = 6;
  public static final int DT_REG = 8;
  public static final int DT_LNK = 10;

  private DirentLayout() {}

  /** The record length of an entry whose name has {@code nameLength} bytes. */
  public static int recordLength(int nameLength) {
    return (NAME + nameLength + 1 + 3) & ~3;
  }
}

package org.minix3j.abi.posix;

import org.minix3j.abi.protocol.CHeader;

/** {@code struct stat} as VFS writes it: thirteen 32-bit fields, little-endian, byte offsets. */
@CHeader(file = "minix/stat_layout.h", prefix = "STAT_")
public final class StatLayout {
  public static final int DEV = 0;
  public static final int INO = 4;
  public static final int MODE = 8;
  public static final int NLINK = 12;
  public static final int UID = 16;
  public static final int GID = 20;
  public static final int RDEV = 24;
  public static final int SIZE = 28;
  public static final int ATIME = 32;
  public static final int MTIME = 36;
  public static final int CTIME = 40;
  public static final int BLKSIZE = 44;
  public static final int BLOCKS = 48;

  /** Bytes of the structure. */
  public static final int BYTES = 52;

  private StatLayout() {}
}

package org.minix3j.abi.posix;

import org.minix3j.abi.protocol.CHeader;

/** {@code struct statfs} (for df): 32-bit fields, byte offsets. */
@CHeader(file = "minix/statfs_layout.h", prefix = "STATFS_")
public final class StatfsLayout {
  public static final int BSIZE = 0;
  public static final int BLOCKS = 4;
  public static final int BFREE = 8;
  public static final int FILES = 12;
  public static final int FFREE = 16;
  public static final int NAMEMAX = 20;
  public static final int DEV = 24;

  /** Bytes of the structure. */
  public static final int BYTES = 28;

  private StatfsLayout() {}
}

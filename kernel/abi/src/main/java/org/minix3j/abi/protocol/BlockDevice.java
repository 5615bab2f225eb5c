package org.minix3j.abi.protocol;

/**
 * Requests to a block-device driver (the memory driver's RAM disk, the ATA disk) from a file
 * server (SENDREC). Positions are byte offsets split in two words; counts are bytes, whole
 * sectors of {@link #SECTOR_SIZE}. Data moves through a grant the file server made (usually one
 * standing grant over its buffer cache, with an offset in it). A driver answers every request
 * at once; it never suspends one.
 */
public final class BlockDevice {
  /** in: w0 minor, w1 access (1 read, 2 write, 3 both). ENXIO for no such minor. */
  public static final int OPEN = 500;

  /** in: w0 minor. */
  public static final int CLOSE = 501;

  /**
   * in: w0 minor, w1 position low word, w2 position high word, w3 grant id, w4 offset in the
   * grant, w5 count. result: bytes moved (short only at the end of the device).
   */
  public static final int READ = 502;

  /** in: as {@link #READ}; the grant is read from. */
  public static final int WRITE = 503;

  /** in: w0 minor. out: w0 size low word, w1 size high word (bytes). */
  public static final int GETSIZE = 504;

  /** in: w0 minor. Writes reach the medium before the reply. */
  public static final int FLUSH = 505;

  /** Bytes in a sector. */
  public static final int SECTOR_SIZE = 512;

  private BlockDevice() {}
}

package org.minix3j.servers.mfs.image;

import org.minix3j.servers.mfs.format.MinixFormat;

/**
 * How {@link ImageBuilder} lays out an image.
 *
 * @param blocks the image's size in blocks (the volume's {@code s_zones})
 * @param blockSize bytes per block: 1024, 2048 or 4096 (util-linux's fsck.minix checks 1024 only)
 * @param inodes inodes in the table, or 0 for the default (a third of the blocks, as mkfs.minix
 *     chooses); rounded up to fill the last block of the inode table
 * @param time every node's access, modification and change time (seconds since 1970)
 */
public record ImageOptions(long blocks, int blockSize, long inodes, int time) {
  public ImageOptions {
    if (!MinixFormat.validBlockSize(blockSize)) {
      throw new IllegalArgumentException("block size " + blockSize + ": must be 1024, 2048 or 4096");
    }
    if (blocks < 8 || blocks * blockSize > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          blocks + " blocks of " + blockSize + " bytes: need at least 8 and under 2 GiB in all");
    }
    if (inodes < 0 || inodes >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("inode count " + inodes);
    }
  }

  /** An image of {@code mebibytes} MiB with {@code blockSize}-byte blocks and default inodes. */
  public static ImageOptions ofMebibytes(int mebibytes, int blockSize, int time) {
    return new ImageOptions((long) mebibytes * 1024 * 1024 / blockSize, blockSize, 0, time);
  }
}

package org.minix3j.cli.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.minix3j.boot.RootImage;
import org.minix3j.servers.mfs.image.ImageException;

/**
 * The root file system of the userland tree with one large file, {@code /big}, of seeded
 * pseudo-random bytes, and a machine large enough to hold it in its RAM disk.
 */
final class BigFileImage {
  static final String PATH = "/big";

  /** What the image holds besides the file: the userland tree and room to spare. */
  private static final int SPARE_MEBIBYTES = 16;

  private BigFileImage() {}

  /** The image: the tree under {@code tree} and {@code mebibytes} MiB of seeded bytes at /big. */
  static byte[] build(Path tree, int mebibytes, long seed) throws IOException {
    byte[] contents = new byte[mebibytes << 20];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < contents.length; i += Long.BYTES) {
      long word = random.nextLong();
      for (int b = 0; b < Long.BYTES; b++) {
        contents[i + b] = (byte) (word >>> (8 * b));
      }
    }
    try {
      return RootImage.build(tree, RootImage.bootDevices(), mebibytes + SPARE_MEBIBYTES,
          Map.of(PATH, contents));
    } catch (ImageException e) {
      throw new IOException("cannot make the image with " + PATH + ": " + e.getMessage(), e);
    }
  }

  /** Memory for a machine whose RAM disk holds an image with a file of {@code mebibytes}. */
  static int memoryMebibytes(int mebibytes) {
    return 128 + 2 * (mebibytes + SPARE_MEBIBYTES);
  }
}

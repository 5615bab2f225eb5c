package org.minix3j.cli.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.minix3j.boot.RootImage;
import org.minix3j.servers.mfs.image.ImageException;

/**
 * The root file system of the userland tree with one large file, {@code /big}, of seeded
 * pseudo-random bytes, and a machine large enough to hold it in its RAM disk; and what {@code
 * /usr/bench/readsum /big} must print when every byte comes back.
 *
 * @param image the file system image
 * @param readsum readsum's line for the file: its size and the FNV-1a hash of its bytes
 */
@SuppressWarnings("ArrayRecordComponent") // the image is handed to the boot, never compared
record BigFileImage(byte[] image, String readsum) {
  static final String PATH = "/big";

  /** The command that reads the file and checks nothing itself: the harness compares. */
  static final String READ_COMMAND = "/usr/bench/readsum " + PATH;

  /** What the image holds besides the file: the userland tree and room to spare. */
  private static final int SPARE_MEBIBYTES = 16;

  /** The image: the tree under {@code tree} and {@code mebibytes} MiB of seeded bytes at /big. */
  static BigFileImage build(Path tree, int mebibytes, long seed) throws IOException {
    byte[] contents = new byte[mebibytes << 20];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < contents.length; i += Long.BYTES) {
      long word = random.nextLong();
      for (int b = 0; b < Long.BYTES; b++) {
        contents[i + b] = (byte) (word >>> (8 * b));
      }
    }
    try {
      byte[] image = RootImage.build(tree, RootImage.bootDevices(), mebibytes + SPARE_MEBIBYTES,
          Map.of(PATH, contents));
      return new BigFileImage(image, contents.length + " " + fnv1a(contents) + " " + PATH);
    } catch (ImageException e) {
      throw new IOException("cannot make the image with " + PATH + ": " + e.getMessage(), e);
    }
  }

  /**
   * readsum's checksum of {@code bytes} in eight hex digits: FNV-1a over little-endian 32-bit
   * words (the file's size is a multiple of four).
   */
  static String fnv1a(byte[] bytes) {
    int hash = 0x811c9dc5;
    for (int i = 0; i + 3 < bytes.length; i += 4) {
      int word = (bytes[i] & 0xff) | (bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff) << 16
          | (bytes[i + 3] & 0xff) << 24;
      hash = (hash ^ word) * 0x01000193;
    }
    return String.format("%08x", hash);
  }

  /** Memory for a machine whose RAM disk holds an image with a file of {@code mebibytes}. */
  static int memoryMebibytes(int mebibytes) {
    return 128 + 2 * (mebibytes + SPARE_MEBIBYTES);
  }
}

package org.minix3j.servers.mfs.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minix3j.servers.mfs.format.MinixFormat;
import org.minix3j.servers.mfs.format.Superblock;
import org.minix3j.servers.mfs.testing.Fsck;

/** Images from {@link ImageBuilder} pass util-linux's {@code fsck.minix -f}. */
class ImageBuilderFsckTest {
  /** A pattern that differs in every block, so misplaced blocks show. */
  static byte[] pattern(int length, int seed) {
    byte[] data = new byte[length];
    for (int i = 0; i < length; i++) {
      data[i] = (byte) ((i / 1024) * 31 + i * 7 + seed);
    }
    return data;
  }

  static FileTree sampleTree() {
    FileTree tree = new FileTree();
    tree.directory("bin", 0755, 0, 0);
    tree.file("bin/small", "hello\n".getBytes(StandardCharsets.UTF_8), 0755, 0, 0);
    tree.file("bin/direct", pattern(7 * 1024, 1), 0644, 1, 2);
    tree.file("bin/indirect", pattern(100 * 1024 + 17, 2), 0644, 0, 0);
    tree.file("bin/double", pattern(300 * 1024 + 5, 3), 0600, 3, 4);
    tree.file("empty", new byte[0], 0644, 0, 0);
    tree.directory("many", 0700, 5, 6);
    for (int i = 0; i < 200; i++) {
      tree.file("many/file-with-a-rather-long-name-number-" + i, pattern(i, i), 0644, 0, 0);
    }
    tree.file("x".repeat(MinixFormat.NAME_MAX), pattern(10, 0), 0644, 0, 0);
    tree.symlink("sh", "/bin/small", 0, 0);
    tree.symlink("bin/up", "..", 0, 0);
    tree.device("dev/console", false, 4, 0, 0600, 0, 0);
    tree.device("dev/ram", true, 1, 0, 0600, 0, 0);
    tree.device("dev/null", false, 1, 3, 0666, 0, 0);
    tree.directory("usr/lib/deep/deeper", 0755, 0, 0);
    return tree;
  }

  @Test
  void sampleTreePassesFsck(@TempDir Path temp) throws Exception {
    byte[] image = ImageBuilder.build(sampleTree(), new ImageOptions(2048, 1024, 0, 1_700_000_000));
    assertEquals(2048 * 1024, image.length);
    Fsck.assertClean(image, temp.resolve("sample.img"));
  }

  @Test
  void emptyTreePassesFsck(@TempDir Path temp) throws Exception {
    byte[] image = ImageBuilder.build(new FileTree(), new ImageOptions(64, 1024, 0, 0));
    Fsck.assertClean(image, temp.resolve("empty.img"));
  }

  @Test
  void fullImagePassesFsck(@TempDir Path temp) throws Exception {
    FileTree tree = new FileTree();
    ImageOptions options = new ImageOptions(400, 1024, 32, 0);
    Superblock layout = ImageBuilder.layout(tree, options);
    long free = options.blocks() - layout.firstDataZone() - 1;
    // one file that takes every zone left, its indirect blocks included
    long size = 0;
    while (ImageBuilder.zonesForSize(size + 1024, 1024) <= free) {
      size += 1024;
    }
    tree.file("big", pattern((int) size, 9), 0644, 0, 0);
    Fsck.assertClean(ImageBuilder.build(tree, options), temp.resolve("full.img"));
  }

  @Test
  void tooSmallImageIsRefused() {
    FileTree tree = new FileTree();
    tree.file("big", new byte[200 * 1024], 0644, 0, 0);
    ImageException e = assertThrows(ImageException.class,
        () -> ImageBuilder.build(tree, new ImageOptions(100, 1024, 0, 0)));
    assertTrue(String.valueOf(e.getMessage()).contains("data blocks"), String.valueOf(e.getMessage()));
  }

  @Test
  void superblockMatchesMkfsMinixConventions(@TempDir Path temp) throws Exception {
    byte[] image = ImageBuilder.build(sampleTree(), new ImageOptions(4096, 1024, 0, 0));
    Superblock superblock = Superblock.decode(image, MinixFormat.SUPERBLOCK_OFFSET);
    assertEquals(1376, superblock.inodes(), "a third of the blocks, rounded up as mkfs.minix does");
    assertEquals(90, superblock.firstDataZone());
    assertEquals(MinixFormat.MAGIC_V3, superblock.magic());
    assertEquals(null, superblock.problem(image.length));
  }
}

package org.minix3j.servers.mfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.protocol.FsRequests;
import org.minix3j.servers.mfs.format.FileTypes;
import org.minix3j.servers.mfs.format.MinixFormat;
import org.minix3j.servers.mfs.format.Superblock;
import org.minix3j.servers.mfs.image.FileTree;
import org.minix3j.servers.mfs.image.ImageBuilder;
import org.minix3j.servers.mfs.image.ImageOptions;

/**
 * Random byte flips in the metadata (superblock, bitmaps, inode table, directories, indirect
 * blocks) give error replies, never a runtime exception inside the server, and every reply is
 * a result or a known error number.
 */
class CorruptImageTest {
  private static final byte[] IMAGE = image();
  private static final Superblock SUPER = Superblock.decode(IMAGE, MinixFormat.SUPERBLOCK_OFFSET);

  private static byte[] image() {
    try {
      FileTree tree = new FileTree();
      tree.file("a/one", "one".getBytes(StandardCharsets.UTF_8), 0644, 0, 0);
      tree.file("a/big", MinixFileServerTest.pattern(280 * 1024, 1), 0644, 0, 0);
      for (int i = 0; i < 40; i++) {
        tree.file("d/f" + i, new byte[i * 10], 0644, 0, 0);
      }
      tree.symlink("link", "a/one", 0, 0);
      tree.device("dev/null", false, 1, 3, 0666, 0, 0);
      return ImageBuilder.build(tree, new ImageOptions(1024, 1024, 96, 0));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> flips() {
    // the metadata blocks and the first data zones (directories and indirect blocks live there)
    int end = (SUPER.firstDataZone() + 40) * 1024;
    return Arbitraries.integers().between(1024, end - 1)
        .flatMap(at -> Arbitraries.integers().between(1, 255).map(mask -> Tuple.of(at, mask)))
        .list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 300, seed = "4242")
  void flippedMetadataGivesErrorsNotExceptions(
      @ForAll("flips") List<Tuple.Tuple2<Integer, Integer>> flips) {
    byte[] disk = IMAGE.clone();
    for (Tuple.Tuple2<Integer, Integer> flip : flips) {
      disk[flip.get1()] ^= flip.get2().byteValue();
    }
    FakeVfs vfs = new FakeVfs(disk);
    int mount = vfs.mount(false);
    assertKnown(mount);
    if (mount == 0) {
      walk(vfs, MinixFormat.ROOT_INODE, 0);
      int file = vfs.create(MinixFormat.ROOT_INODE, "new", FileTypes.S_IFREG | 0644);
      if (file > 0) {
        assertKnown(vfs.write(file, 0, MinixFileServerTest.pattern(20 * 1024, 3)));
        assertKnown(vfs.result(FsRequests.TRUNCATE, file, 100));
        assertKnown(vfs.putnode(file));
      }
      assertKnown(vfs.mkdir(MinixFormat.ROOT_INODE, "dir"));
      assertKnown(vfs.unlink(MinixFormat.ROOT_INODE, "new"));
      assertKnown(vfs.rename(MinixFormat.ROOT_INODE, "a", MinixFormat.ROOT_INODE, "b"));
      assertKnown(vfs.result(FsRequests.SYNC));
      assertKnown(vfs.result(FsRequests.UNMOUNT));
    }
    assertEquals(0, vfs.context.unexpectedFailures, "a request died of a runtime exception");
  }

  /** Looks up, stats, reads and lists everything reachable, two levels deep. */
  private static void walk(FakeVfs vfs, int directory, int depth) {
    List<String> names = new ArrayList<>();
    byte[] buffer = new byte[4096];
    int grant = vfs.kernel.grantFrom(FakeKernel.VFS, org.minix3j.abi.GrantAccess.WRITE, buffer);
    Message reply = vfs.call(FsRequests.GETDENTS, directory, 0, grant, buffer.length);
    assertKnown(reply.type());
    for (int at = 0; reply.type() > 0 && at < reply.type(); ) {
      int length = (buffer[at + 4] & 0xff) | (buffer[at + 5] & 0xff) << 8;
      int nameLength = buffer[at + 7] & 0xff;
      names.add(new String(buffer, at + 8, nameLength, StandardCharsets.UTF_8));
      assertTrue(length > 0);
      at += length;
    }
    for (String name : names) {
      if (name.equals(".") || name.equals("..") || name.isEmpty()) {
        continue;
      }
      int inode = vfs.lookup(directory, name);
      assertKnown(inode);
      if (inode <= 0) {
        continue;
      }
      Message stat = vfs.stat(inode);
      assertKnown(stat.type());
      byte[] data = new byte[300 * 1024];
      int dataGrant = vfs.kernel.grantFrom(FakeKernel.VFS, org.minix3j.abi.GrantAccess.WRITE, data);
      assertKnown(vfs.result(FsRequests.READ, inode, 0, dataGrant, data.length));
      assertKnown(vfs.result(FsRequests.READLINK, inode, dataGrant, 100));
      if (depth < 2 && stat.type() == 0 && (stat.payload(0) & FileTypes.S_IFMT) == FileTypes.S_IFDIR) {
        walk(vfs, inode, depth + 1);
      }
      assertKnown(vfs.putnode(inode));
    }
  }

  private static void assertKnown(int result) {
    assertTrue(result >= 0 || Errno.fromValue(result) != null, "reply " + result);
  }
}

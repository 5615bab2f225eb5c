package org.minix3j.servers.mfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.protocol.FsRequests;
import org.minix3j.servers.mfs.format.FileTypes;
import org.minix3j.servers.mfs.format.MinixFormat;
import org.minix3j.servers.mfs.image.FileTree;
import org.minix3j.servers.mfs.image.ImageBuilder;
import org.minix3j.servers.mfs.image.ImageOptions;
import org.minix3j.servers.mfs.testing.Fsck;

/** MFS through a fake VFS and a fake block driver over a byte array. */
class MinixFileServerTest {
  private static final int ROOT = MinixFormat.ROOT_INODE;
  private static final int REG = FileTypes.S_IFREG | 0644;

  static byte[] pattern(int length, int seed) {
    byte[] data = new byte[length];
    for (int i = 0; i < length; i++) {
      data[i] = (byte) (i * 13 + (i >> 10) * 7 + seed);
    }
    return data;
  }

  static byte[] builtImage(int blocks, int blockSize) throws Exception {
    FileTree tree = new FileTree();
    tree.file("etc/motd", "welcome\n".getBytes(StandardCharsets.UTF_8), 0644, 0, 0);
    tree.file("bin/big", pattern(300 * 1024, 5), 0755, 0, 0);
    tree.symlink("motd", "etc/motd", 0, 0);
    return ImageBuilder.build(tree, new ImageOptions(blocks, blockSize, 0, 1000));
  }

  static FakeVfs mounted(byte[] disk) {
    FakeVfs vfs = new FakeVfs(disk);
    assertEquals(0, vfs.mount(false));
    return vfs;
  }

  @Test
  void mkfsMinixImageMountsAndWorks(@TempDir Path temp) throws Exception {
    Path image = temp.resolve("mkfs.img");
    Files.write(image, new byte[4096 * 1024]);
    Fsck.Result made = Fsck.run(List.of(Fsck.program("mkfs.minix"), "-3", image.toString()));
    assertEquals(0, made.status(), made.output());
    FakeVfs vfs = mounted(Files.readAllBytes(image));
    assertEquals(List.of(".", ".."), vfs.list(ROOT, 512));
    int dir = vfs.mkdir(ROOT, "home");
    int file = vfs.create(dir, "data", REG);
    byte[] data = pattern(400 * 1024 + 3, 1); // direct, indirect and double-indirect zones
    assertEquals(data.length, vfs.write(file, 0, data));
    assertArrayEquals(data, vfs.read(file, 0, data.length));
    int link = vfs.symlink(ROOT, "data", "home/data");
    assertEquals("home/data", vfs.readlink(link));
    assertEquals(List.of(".", "..", "home", "data"), vfs.list(ROOT, 512));
    assertEquals(0, vfs.putnode(file));
    assertEquals(0, vfs.putnode(dir));
    assertEquals(0, vfs.result(FsRequests.SYNC));
    Fsck.assertClean(vfs.kernel.disk, temp.resolve("after.img"));
    assertEquals(0, vfs.context.unexpectedFailures);
  }

  @Test
  void aNewDriverTakesOverTheMountedDevice() throws Exception {
    FakeVfs vfs = mounted(builtImage(2048, 1024));
    int big = vfs.lookup(vfs.lookup(ROOT, "bin"), "big");
    vfs.kernel.driverEndpoint = org.minix3j.abi.Endpoint.of(FakeKernel.DRIVER, 1);
    vfs.kernel.restartAfterTicks = -1; // DS never names it: the read ends with EIO
    assertThrows(AssertionError.class, () -> vfs.read(big, 0, 1024), "the old driver is gone");
    assertEquals(Errno.EINVAL.wireValue(),
        vfs.result(FsRequests.NEWDRIVER, FakeVfs.DEVICE + 1, vfs.kernel.driverEndpoint));
    assertEquals(0, vfs.result(FsRequests.NEWDRIVER, FakeVfs.DEVICE, vfs.kernel.driverEndpoint));
    assertArrayEquals(pattern(300 * 1024, 5), vfs.read(big, 0, 300 * 1024),
        "blocks come from the new driver through a grant made for it");
  }

  @Test
  void builtImageReadsBack() throws Exception {
    FakeVfs vfs = mounted(builtImage(2048, 1024));
    int bin = vfs.lookup(ROOT, "bin");
    int big = vfs.lookup(bin, "big");
    assertArrayEquals(pattern(300 * 1024, 5), vfs.read(big, 0, 300 * 1024));
    assertArrayEquals(new byte[0], vfs.read(big, 300 * 1024, 10), "nothing past the end");
    assertEquals("etc/motd", vfs.readlink(vfs.lookup(ROOT, "motd")));
    assertEquals(Errno.ENOENT.wireValue(), vfs.lookup(ROOT, "nothing"));
    assertEquals(Errno.ENOTDIR.wireValue(), vfs.lookup(big, "x"));
    assertEquals(Errno.ENAMETOOLONG.wireValue(), vfs.lookup(ROOT, "n".repeat(61)));
  }

  @Test
  void fourKilobyteBlocksWork() throws Exception {
    FakeVfs vfs = mounted(builtImage(4096, 4096));
    int big = vfs.lookup(vfs.lookup(ROOT, "bin"), "big");
    assertArrayEquals(pattern(300 * 1024, 5), vfs.read(big, 0, 300 * 1024));
    int file = vfs.create(ROOT, "new", REG);
    byte[] data = pattern(5 * 1024 * 1024, 2); // past the 4 KiB single-indirect range
    assertEquals(data.length, vfs.write(file, 0, data));
    assertArrayEquals(data, vfs.read(file, 0, data.length));
    assertEquals(4096, vfs.statfs()[0]);
  }

  @Test
  void sequenceOfOperationsLeavesACleanVolume(@TempDir Path temp) throws Exception {
    FakeVfs vfs = mounted(builtImage(4096, 1024));
    int[] before = vfs.statfs();
    int file = vfs.create(ROOT, "file", REG);
    assertEquals(Errno.EEXIST.wireValue(), vfs.create(ROOT, "file", REG));
    assertEquals(300 * 1024, vfs.write(file, 0, pattern(300 * 1024, 3)));
    assertTrue(vfs.statfs()[2] < before[2] - 300);
    assertEquals(0, vfs.putnode(file));
    assertEquals(0, vfs.unlink(ROOT, "file"));
    assertArrayEquals(before, vfs.statfs(), "unlink gives back every zone and the inode");

    // holes read as zeros; a write far out leaves the blocks between unallocated
    int sparse = vfs.create(ROOT, "sparse", REG);
    assertEquals(3, vfs.write(sparse, 200 * 1024, new byte[] {1, 2, 3}));
    byte[] expected = new byte[200 * 1024 + 3];
    expected[200 * 1024] = 1;
    expected[200 * 1024 + 1] = 2;
    expected[200 * 1024 + 2] = 3;
    assertArrayEquals(expected, vfs.read(sparse, 0, expected.length));
    assertEquals(before[2] - 2, vfs.statfs()[2], "a data zone and the indirect block");

    // truncate frees the zones beyond and zeroes the tail
    int trunc = vfs.create(ROOT, "trunc", REG);
    assertEquals(20 * 1024, vfs.write(trunc, 0, pattern(20 * 1024, 4)));
    int free = vfs.statfs()[2];
    assertEquals(0, vfs.result(FsRequests.TRUNCATE, trunc, 1500));
    assertEquals(free + 18 + 1, vfs.statfs()[2], "18 data blocks and the indirect block");
    assertEquals(0, vfs.result(FsRequests.TRUNCATE, trunc, 3000));
    byte[] grown = vfs.read(trunc, 0, 3000);
    assertArrayEquals(java.util.Arrays.copyOf(pattern(1500, 4), 3000), grown);

    // directories: link counts, ENOTEMPTY, rmdir, many entries
    int a = vfs.mkdir(ROOT, "a");
    int b = vfs.mkdir(ROOT, "b");
    assertEquals(4 + 2, vfs.stat(ROOT).payload(1), "root: ., .., and the .. of etc, bin, a, b");
    int inner = vfs.mkdir(a, "inner");
    assertEquals(Errno.ENOTEMPTY.wireValue(), vfs.rmdir(ROOT, "a"));
    assertEquals(Errno.EINVAL.wireValue(), vfs.rmdir(a, ".."));
    assertEquals(Errno.EISDIR.wireValue(), vfs.unlink(ROOT, "a"));
    for (int i = 0; i < 100; i++) {
      int f = vfs.create(b, "entry-" + i, REG);
      assertEquals(0, vfs.putnode(f));
    }
    List<String> names = vfs.list(b, 200);
    assertEquals(102, names.size());
    assertEquals("entry-99", names.get(101));

    // rename: a file over a file, a directory into another parent, never into itself
    assertEquals(0, vfs.rename(ROOT, "trunc", b, "entry-0"));
    assertEquals(trunc, vfs.lookup(b, "entry-0"));
    assertEquals(Errno.ENOENT.wireValue(), vfs.lookup(ROOT, "trunc"));
    assertEquals(Errno.EINVAL.wireValue(), vfs.rename(ROOT, "a", inner, "a"));
    assertEquals(0, vfs.rename(a, "inner", b, "moved"));
    assertEquals(b, vfs.lookup(inner, ".."));
    assertEquals(2, vfs.stat(a).payload(1));
    assertEquals(3, vfs.stat(b).payload(1));
    assertEquals(0, vfs.rmdir(ROOT, "a"));

    // a name unlinked while VFS holds the inode lives on until PUTNODE
    int held = vfs.create(ROOT, "held", REG);
    assertEquals(5, vfs.write(held, 0, pattern(5, 0)));
    assertEquals(0, vfs.unlink(ROOT, "held"));
    assertArrayEquals(pattern(5, 0), vfs.read(held, 0, 5));
    int freeInodes = vfs.statfs()[4];
    assertEquals(0, vfs.putnode(held));
    assertEquals(freeInodes + 1, vfs.statfs()[4]);

    // hard links and the symlink
    assertEquals(0, vfs.link(ROOT, "again", sparse));
    assertEquals(2, vfs.stat(sparse).payload(1));
    assertEquals(Errno.EPERM.wireValue(), vfs.link(ROOT, "dirlink", b));

    assertEquals(0, vfs.result(FsRequests.UNMOUNT));
    Fsck.assertClean(vfs.kernel.disk, temp.resolve("ops.img"));
    assertEquals(0, vfs.context.unexpectedFailures);
  }

  @Test
  void fullVolumeGivesEnospcWithNothingHalfAllocated(@TempDir Path temp) throws Exception {
    FakeVfs vfs = mounted(ImageBuilder.build(new FileTree(), new ImageOptions(300, 1024, 64, 0)));
    int file = vfs.create(ROOT, "fill", REG);
    byte[] data = pattern(400 * 1024, 1);
    int written = vfs.write(file, 0, data);
    assertTrue(written > 0 && written < data.length, "a short write: " + written);
    assertEquals(Errno.ENOSPC.wireValue(), vfs.write(file, written, data));
    assertEquals(0, vfs.statfs()[2]);
    assertArrayEquals(java.util.Arrays.copyOf(data, written), vfs.read(file, 0, written));
    assertEquals(Errno.ENOSPC.wireValue(), vfs.mkdir(ROOT, "nospace"));
    assertEquals(0, vfs.putnode(file));
    assertEquals(0, vfs.result(FsRequests.SYNC));
    Fsck.assertClean(vfs.kernel.disk, temp.resolve("full.img"));
  }

  @Test
  void writesPastTheSizeLimitAreEfbig() throws Exception {
    FakeVfs vfs = mounted(builtImage(2048, 1024));
    int file = vfs.create(ROOT, "f", REG);
    long limit = MinixFormat.addressableBytes(1024);
    assertEquals(Errno.EFBIG.wireValue(), vfs.write(file, limit, new byte[1]));
    assertEquals(Errno.EFBIG.wireValue(), vfs.result(FsRequests.TRUNCATE, file, (int) limit + 1));
  }

  @Test
  void readOnlyMountRefusesChanges() throws Exception {
    FakeVfs vfs = new FakeVfs(builtImage(2048, 1024));
    assertEquals(0, vfs.mount(true));
    assertEquals(Errno.EROFS.wireValue(), vfs.create(ROOT, "x", REG));
    assertEquals(0, vfs.kernel.deviceWrites);
  }

  @Test
  void badSuperblocksAreRefused() throws Exception {
    byte[] image = builtImage(2048, 1024);
    byte[] magic = image.clone();
    magic[MinixFormat.SUPERBLOCK_OFFSET + 24] = 0;
    assertEquals(Errno.EINVAL.wireValue(), new FakeVfs(magic).mount(false));
    byte[] shortDevice = java.util.Arrays.copyOf(image, 1024 * 1024);
    assertEquals(Errno.EINVAL.wireValue(), new FakeVfs(shortDevice).mount(false));
    FakeVfs notDirectory = new FakeVfs(image.clone());
    int rootInode = (2 + 1 + 1) * 1024; // inode table of this image
    notDirectory.kernel.disk[rootInode + 1] = (byte) (FileTypes.S_IFREG >> 8);
    assertEquals(Errno.EINVAL.wireValue(), notDirectory.mount(false));
    assertEquals(0, notDirectory.kernel.liveGrants(FakeKernel.MFS), "the cache grant is revoked");
    assertEquals(Errno.EINVAL.wireValue(), notDirectory.result(FsRequests.STATFS));
  }

  @Test
  void timesComeFromTheBootTimeInDs() throws Exception {
    FakeVfs vfs = new FakeVfs(builtImage(2048, 1024));
    vfs.kernel.bootTime = 1_000_000;
    vfs.kernel.ticks = 250;
    assertEquals(0, vfs.mount(false));
    int file = vfs.create(ROOT, "t", REG);
    assertEquals(1_000_002, vfs.stat(file).payload(7));
  }

  @Test
  void mainLoopAnswersOnlyVfsAndSyncsOnTheClock() throws Exception {
    FakeKernel kernel = new FakeKernel(builtImage(2048, 1024));
    int names = kernel.grantFrom(FakeKernel.VFS, org.minix3j.abi.GrantAccess.READ, new byte[64]);
    kernel.inbox.add(FakeKernel.from(FakeKernel.VFS, FsRequests.MOUNT, FakeVfs.DEVICE,
        FakeKernel.DRIVER, 0, names));
    kernel.inbox.add(FakeKernel.from(16, FsRequests.STATFS));
    kernel.inbox.add(FakeKernel.from(FakeKernel.VFS, 999));
    kernel.inbox.add(FakeKernel.from(Notification.CLOCK, Notification.TYPE));
    MinixFileServer server = new MinixFileServer(new MfsConfig(16, 5, FakeKernel.VFS, FakeKernel.DS));
    assertThrows(FakeKernel.Stop.class, () -> server.run(kernel));
    List<Message> replies = kernel.sent;
    assertEquals(3, replies.size());
    assertEquals(0, replies.get(0).type());
    assertEquals(ROOT, replies.get(0).payload(0));
    assertEquals(Errno.EPERM.wireValue(), replies.get(1).type());
    assertEquals(Errno.ENOSYS.wireValue(), replies.get(2).type());
    assertEquals(500, kernel.alarm, "the alarm is re-armed for 5 s");
  }
}

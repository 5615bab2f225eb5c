package org.minix3j.servers.mfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.servers.mfs.MinixFileServerTest.builtImage;
import static org.minix3j.servers.mfs.MinixFileServerTest.pattern;

import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.protocol.FsRequests;
import org.minix3j.servers.mfs.format.FileTypes;
import org.minix3j.servers.mfs.format.MinixFormat;

/**
 * Transparent recovery of block I/O: the block driver dies holding one of MFS's requests, RS's
 * new instance appears in DS after a back-off, and VFS gets the right reply with no error. The
 * cache is 16 blocks, so a 300 KiB file is read from the device block after block.
 */
class DriverRecoveryTest {
  private static final int ROOT = MinixFormat.ROOT_INODE;
  private static final byte[] BIG = pattern(300 * 1024, 5);

  private static int big(FakeVfs vfs) {
    return vfs.lookup(vfs.lookup(ROOT, "bin"), "big");
  }

  @Test
  void aReadWhoseDriverDiesIsReissuedToTheNewInstance() throws Exception {
    FakeVfs vfs = MinixFileServerTest.mounted(builtImage(2048, 1024));
    int big = big(vfs);
    FakeKernel kernel = vfs.kernel;
    kernel.transfersBeforeDeath = kernel.driverTransfers + 40; // well inside the file
    kernel.restartAfterTicks = 30;
    long before = kernel.ticks;
    assertArrayEquals(BIG, vfs.read(big, 0, BIG.length), "the data, and no error");
    assertEquals(kernel.successor, vfs.context.volume().device.driver());
    assertEquals(1, kernel.subscriptions, "MFS subscribed to the driver's label at MOUNT");
    assertEquals(1, kernel.dsNotifications, "it waited for DS's word of the new instance");
    assertEquals(0, kernel.alarmsRung, "and not for its bound");
    assertEquals(before + 30, kernel.ticks, "so the request went out as RS's back-off ended");
    assertEquals(2, kernel.opens, "MOUNT's OPEN, and one at the new instance");
    assertEquals(1, kernel.grantsTo(kernel.successor), "the cache is granted to the new one");
    assertEquals(0, kernel.grantsTo(FakeKernel.DRIVER), "and no more to the dead one");
    assertEquals(5L * 100, kernel.alarm, "the write-back alarm is armed again");
    assertEquals(0, vfs.context.unexpectedFailures);
  }

  @Test
  void aWriteWhoseDriverDiesIsReissuedAndReachesTheDisk() throws Exception {
    FakeVfs vfs = MinixFileServerTest.mounted(builtImage(2048, 1024));
    FakeKernel kernel = vfs.kernel;
    int file = vfs.create(ROOT, "data", FileTypes.S_IFREG | 0644);
    byte[] data = pattern(100 * 1024, 9);
    kernel.transfersBeforeDeath = kernel.driverTransfers + 30;
    kernel.restartAfterTicks = 20;
    int writesBefore = kernel.deviceWrites;
    assertEquals(data.length, vfs.write(file, 0, data), "all written, no error");
    assertEquals(0, vfs.result(FsRequests.SYNC));
    assertEquals(kernel.successor, vfs.context.volume().device.driver());
    assertTrue(kernel.deviceWrites - writesBefore >= 100, "the data went to the device");

    FakeVfs again = MinixFileServerTest.mounted(kernel.disk);
    assertArrayEquals(data, again.read(again.lookup(ROOT, "data"), 0, data.length),
        "a fresh mount of the disk reads what was written");
  }

  @Test
  void syncWritesTheDirtyBlocksAndThenFlushesTheDevice() throws Exception {
    FakeVfs vfs = MinixFileServerTest.mounted(builtImage(2048, 1024));
    FakeKernel kernel = vfs.kernel;
    int file = vfs.create(ROOT, "synced", FileTypes.S_IFREG | 0644);
    assertEquals(4096, vfs.write(file, 0, pattern(4096, 3)));
    int flushes = kernel.flushes;
    int writes = kernel.deviceWrites;
    assertEquals(0, vfs.result(FsRequests.SYNC));
    assertEquals(flushes + 1, kernel.flushes, "one FLUSH per SYNC");
    assertTrue(kernel.deviceWrites > writes, "the dirty blocks were written");
    assertEquals(kernel.deviceWrites, kernel.writesBeforeFlush, "before the FLUSH");
  }

  @Test
  void aNewInstanceDeadAlreadyIsWaitedPastNotFailed() throws Exception {
    FakeVfs vfs = MinixFileServerTest.mounted(builtImage(2048, 1024));
    int big = big(vfs);
    FakeKernel kernel = vfs.kernel;
    kernel.diedAtOnce = Endpoint.of(FakeKernel.DRIVER, 1);
    kernel.successor = Endpoint.of(FakeKernel.DRIVER, 2);
    kernel.transfersBeforeDeath = kernel.driverTransfers + 20;
    kernel.restartAfterTicks = 30;
    assertArrayEquals(BIG, vfs.read(big, 0, BIG.length), "the data, and no error");
    assertEquals(kernel.successor, vfs.context.volume().device.driver());
    assertEquals(0, kernel.grantsTo(kernel.diedAtOnce), "no grant to the one that died at once");
    assertEquals(0, vfs.context.unexpectedFailures);
  }

  @Test
  void aDriverDeadAtTheNextRequestIsFoundThroughDsAsWell() throws Exception {
    FakeVfs vfs = MinixFileServerTest.mounted(builtImage(2048, 1024));
    int big = big(vfs);
    FakeKernel kernel = vfs.kernel;
    kernel.driverEndpoint = kernel.successor; // died between two requests, restarted at once
    kernel.publishedDriver = kernel.successor;
    assertArrayEquals(BIG, vfs.read(big, 0, BIG.length));
    assertEquals(0, kernel.alarmsRung, "DS had the new one at the first look");
    assertEquals(0, vfs.result(FsRequests.NEWDRIVER, FakeVfs.DEVICE, kernel.successor),
        "VFS's NEWDRIVER for the instance MFS follows already");
    assertEquals(2, kernel.opens, "changes nothing: no second OPEN there");
    assertEquals(1, kernel.grantsTo(kernel.successor), "nor a second grant");
  }

  @Test
  void aDriverThatStaysGoneEndsTheRequestWithEioAfterTheBound() throws Exception {
    FakeVfs vfs = MinixFileServerTest.mounted(builtImage(2048, 1024));
    int big = big(vfs);
    FakeKernel kernel = vfs.kernel;
    kernel.transfersBeforeDeath = kernel.driverTransfers + 10;
    kernel.restartAfterTicks = -1;
    long before = kernel.ticks;
    byte[] buffer = new byte[BIG.length];
    int grant = kernel.grantFrom(FakeKernel.VFS, GrantAccess.WRITE, buffer);
    assertEquals(Errno.EIO.wireValue(),
        vfs.result(FsRequests.READ, big, 0, grant, buffer.length));
    long waited = kernel.ticks - before;
    assertTrue(waited >= DriverRecovery.WAIT_LIMIT_SECONDS * 100L, "waited " + waited);
    assertTrue(waited < (DriverRecovery.WAIT_LIMIT_SECONDS + 2) * 100L, "waited " + waited);
    assertEquals(1, kernel.alarmsRung, "the bound's alarm rang once");

    // VFS's NEWDRIVER for the instance RS did start in the end: the volume works again
    assertEquals(0, vfs.result(FsRequests.NEWDRIVER, FakeVfs.DEVICE, kernel.successor));
    assertArrayEquals(BIG, vfs.read(big, 0, BIG.length));
    assertEquals(0, vfs.context.unexpectedFailures);
  }

  @Test
  void aNewDriverNamingADeadEndpointSaysSoAndTheNextRequestRecovers() throws Exception {
    FakeVfs vfs = MinixFileServerTest.mounted(builtImage(2048, 1024));
    int big = big(vfs);
    FakeKernel kernel = vfs.kernel;
    int stale = Endpoint.of(FakeKernel.DRIVER, 5);
    kernel.driverEndpoint = kernel.successor;
    kernel.publishedDriver = kernel.successor;
    assertEquals(Errno.EDEADSRCDST.wireValue(),
        vfs.result(FsRequests.NEWDRIVER, FakeVfs.DEVICE, stale));
    assertArrayEquals(BIG, vfs.read(big, 0, BIG.length));
    assertEquals(kernel.successor, vfs.context.volume().device.driver());
  }
}

package org.minix3j.drivers.ata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.protocol.BlockDevice;
import org.minix3j.abi.testing.FakeSystemCalls;

class AtaDriverTest {
  private static final int SELF = 10;
  private static final int VFS = 3;
  private static final int MFS = 7;
  private static final int SECTOR = BlockDevice.SECTOR_SIZE;
  private static final int SECTORS = 300;

  private final FakeSystemCalls sys = new FakeSystemCalls(SELF);
  private final FakeAtaDevice device = new FakeAtaDevice(sys, SECTORS);

  AtaDriverTest() {
    sys.ports = device;
    for (int index = 0; index < device.disk.length; index++) {
      device.disk[index] = (byte) (index * 7 + index / SECTOR);
    }
  }

  private void run() throws Exception {
    sys.run(new AtaDriver(AtaConfig.PRIMARY));
  }

  private static Message transfer(int caller, int type, long position, int grant, int count) {
    return FakeSystemCalls.from(caller, type, Disk.WHOLE_DISK_MINOR, (int) position,
        (int) (position >>> 32), grant, 0, count);
  }

  private List<Message> replies(int caller) {
    return sys.sentTo(caller);
  }

  private boolean logged(String text) {
    return sys.log.stream().anyMatch(line -> line.contains(text));
  }

  @Test
  void identifyAtStartGivesTheSizeAndTheIrqIsHooked() throws Exception {
    sys.deliver(FakeSystemCalls.from(VFS, BlockDevice.GETSIZE, Disk.WHOLE_DISK_MINOR));
    run();
    Message reply = replies(VFS).get(0);
    assertEquals(Errno.OK_VALUE, reply.type(), sys.log.toString());
    assertEquals((long) SECTORS * SECTOR,
        (reply.payload(0) & 0xFFFF_FFFFL) | ((long) reply.payload(1) << 32));
    assertTrue(sys.log.contains("irqctl " + FakeAtaDevice.IRQ + " true"), sys.log.toString());
    assertTrue(logged("c0d0 is 'fake disk', " + SECTORS + " sectors"), sys.log.toString());
    assertEquals(List.of("0xEC lba 0 count 0"), device.commands);
  }

  @Test
  void readCopiesTheSectorsIntoTheGrant() throws Exception {
    byte[] buffer = new byte[3 * SECTOR];
    int grant = sys.peerGrant(VFS, GrantAccess.READ_WRITE, buffer);
    sys.deliver(transfer(VFS, BlockDevice.READ, 5 * SECTOR, grant, buffer.length));
    run();
    assertEquals(buffer.length, replies(VFS).get(0).type());
    assertArrayEquals(Arrays.copyOfRange(device.disk, 5 * SECTOR, 8 * SECTOR), buffer);
    assertEquals("0x20 lba 5 count 3", device.commands.get(1));
  }

  @Test
  void writeReachesTheDiskAndReadsBack() throws Exception {
    byte[] data = new byte[2 * SECTOR];
    Arrays.fill(data, (byte) 'x');
    data[SECTOR + 17] = 'y';
    byte[] back = new byte[2 * SECTOR];
    int source = sys.peerGrant(VFS, GrantAccess.READ, data);
    int target = sys.peerGrant(VFS, GrantAccess.WRITE, back);
    sys.deliver(transfer(VFS, BlockDevice.WRITE, 9L * SECTOR, source, data.length));
    sys.deliver(transfer(VFS, BlockDevice.READ, 9L * SECTOR, target, back.length));
    run();
    assertEquals(List.of(data.length, back.length),
        replies(VFS).stream().map(Message::type).toList());
    assertArrayEquals(data, Arrays.copyOfRange(device.disk, 9 * SECTOR, 11 * SECTOR));
    assertArrayEquals(data, back);
    assertEquals("0x30 lba 9 count 2", device.commands.get(1));
  }

  @Test
  void aLongTransferIsSplitIntoCommandsOfAtMostMaxSectors() throws Exception {
    byte[] buffer = new byte[200 * SECTOR];
    int grant = sys.peerGrant(VFS, GrantAccess.READ_WRITE, buffer);
    sys.deliver(transfer(VFS, BlockDevice.READ, 0, grant, buffer.length));
    run();
    assertEquals(buffer.length, replies(VFS).get(0).type());
    assertArrayEquals(Arrays.copyOf(device.disk, buffer.length), buffer);
    assertEquals(List.of("0xEC lba 0 count 0", "0x20 lba 0 count " + Channel.MAX_SECTORS,
        "0x20 lba " + Channel.MAX_SECTORS + " count " + (200 - Channel.MAX_SECTORS)),
        device.commands);
  }

  @Test
  void aTransferIsCutAtTheEndAndNothingMovesPastIt() throws Exception {
    byte[] buffer = new byte[4 * SECTOR];
    int grant = sys.peerGrant(VFS, GrantAccess.READ_WRITE, buffer);
    sys.deliver(transfer(VFS, BlockDevice.READ, (SECTORS - 1L) * SECTOR, grant, buffer.length));
    sys.deliver(transfer(VFS, BlockDevice.READ, (long) SECTORS * SECTOR, grant, SECTOR));
    sys.deliver(transfer(VFS, BlockDevice.WRITE, (SECTORS + 7L) * SECTOR, grant, SECTOR));
    run();
    assertEquals(List.of(SECTOR, 0, 0), replies(VFS).stream().map(Message::type).toList());
    assertEquals(2, device.commands.size(), device.commands.toString());
  }

  @Test
  void positionsAndCountsMustBeWholeSectors() throws Exception {
    byte[] buffer = new byte[2 * SECTOR];
    int grant = sys.peerGrant(VFS, GrantAccess.READ_WRITE, buffer);
    sys.deliver(transfer(VFS, BlockDevice.READ, 100, grant, SECTOR));
    sys.deliver(transfer(VFS, BlockDevice.WRITE, 0, grant, 100));
    sys.deliver(transfer(VFS, BlockDevice.READ, 0, grant, -SECTOR));
    run();
    assertEquals(List.of(Errno.EINVAL.wireValue(), Errno.EINVAL.wireValue(), Errno.EINVAL.wireValue()),
        replies(VFS).stream().map(Message::type).toList());
  }

  @Test
  void aDeviceErrorIsEioAndTheDriverGoesOn() throws Exception {
    device.failingSector = 4;
    byte[] buffer = new byte[8 * SECTOR];
    int grant = sys.peerGrant(VFS, GrantAccess.READ_WRITE, buffer);
    sys.deliver(transfer(VFS, BlockDevice.READ, 0, grant, buffer.length));
    sys.deliver(transfer(VFS, BlockDevice.READ, 5L * SECTOR, grant, SECTOR));
    run();
    assertEquals(List.of(Errno.EIO.wireValue(), SECTOR), replies(VFS).stream().map(Message::type).toList());
    assertTrue(logged("read of sector 4: status 0x51, error 0x40 (uncorrectable data)"), sys.log.toString());
  }

  @Test
  void aSectorTheDeviceDoesNotHaveIsEio() throws Exception {
    FakeSystemCalls small = new FakeSystemCalls(SELF);
    FakeAtaDevice liar = new FakeAtaDevice(small, 16);
    liar.claimedSectors = 32; // IDNF beyond sector 15
    small.ports = liar;
    byte[] buffer = new byte[2 * SECTOR];
    int grant = small.peerGrant(VFS, GrantAccess.READ_WRITE, buffer);
    small.deliver(transfer(VFS, BlockDevice.READ, 20L * SECTOR, grant, SECTOR));
    small.deliver(transfer(VFS, BlockDevice.WRITE, 16L * SECTOR, grant, SECTOR));
    small.deliver(transfer(VFS, BlockDevice.WRITE, 15L * SECTOR, grant, 2 * SECTOR));
    small.run(new AtaDriver(AtaConfig.PRIMARY));
    assertEquals(List.of(Errno.EIO.wireValue(), Errno.EIO.wireValue(), Errno.EIO.wireValue()),
        small.sentTo(VFS).stream().map(Message::type).toList());
    assertTrue(small.log.stream().anyMatch(line -> line.contains("sector not found")),
        small.log.toString());
  }

  @Test
  void aDeviceThatStaysBusyTimesOutWithEioAndIsResetBeforeTheNextCommand() throws Exception {
    byte[] buffer = new byte[SECTOR];
    int grant = sys.peerGrant(VFS, GrantAccess.READ_WRITE, buffer);
    device.stickAfterCommands = 2; // IDENTIFY, then the first read
    sys.deliver(transfer(VFS, BlockDevice.READ, 0, grant, SECTOR));
    sys.deliver(transfer(VFS, BlockDevice.READ, 0, grant, SECTOR));
    sys.deliver(transfer(VFS, BlockDevice.READ, SECTOR, grant, SECTOR));
    run();
    assertEquals(List.of(SECTOR, Errno.EIO.wireValue(), SECTOR),
        replies(VFS).stream().map(Message::type).toList());
    assertTrue(logged("stayed busy for " + Channel.MAX_POLLS + " status reads"), sys.log.toString());
    assertEquals(1, device.resets);
    assertArrayEquals(Arrays.copyOfRange(device.disk, SECTOR, 2 * SECTOR), buffer);
  }

  @Test
  void withoutADiskEveryRequestIsEnxio() throws Exception {
    device.absent = true;
    byte[] buffer = new byte[SECTOR];
    int grant = sys.peerGrant(VFS, GrantAccess.READ_WRITE, buffer);
    sys.deliver(FakeSystemCalls.from(VFS, BlockDevice.OPEN, Disk.WHOLE_DISK_MINOR, 1));
    sys.deliver(FakeSystemCalls.from(VFS, BlockDevice.GETSIZE, Disk.WHOLE_DISK_MINOR));
    sys.deliver(transfer(VFS, BlockDevice.READ, 0, grant, SECTOR));
    sys.deliver(FakeSystemCalls.from(VFS, BlockDevice.FLUSH, Disk.WHOLE_DISK_MINOR));
    run();
    int enxio = Errno.ENXIO.wireValue();
    assertEquals(List.of(enxio, enxio, enxio, enxio), replies(VFS).stream().map(Message::type).toList());
    assertTrue(sys.log.stream().noneMatch(line -> line.startsWith("diagnostic")), sys.log.toString());
    assertEquals(List.of(), device.commands);
  }

  @Test
  void flushIssuesFlushCache() throws Exception {
    sys.deliver(FakeSystemCalls.from(MFS, BlockDevice.FLUSH, Disk.WHOLE_DISK_MINOR));
    run();
    assertEquals(Errno.OK_VALUE, replies(MFS).get(0).type());
    assertEquals(1, device.flushes);
  }

  @Test
  void openChecksMinorAndAccessAndOtherTypesAreEnosys() throws Exception {
    sys.deliver(FakeSystemCalls.from(VFS, BlockDevice.OPEN, Disk.WHOLE_DISK_MINOR, 3));
    sys.deliver(FakeSystemCalls.from(VFS, BlockDevice.OPEN, 1, 3));
    sys.deliver(FakeSystemCalls.from(VFS, BlockDevice.OPEN, Disk.WHOLE_DISK_MINOR, 0));
    sys.deliver(FakeSystemCalls.from(VFS, BlockDevice.CLOSE, Disk.WHOLE_DISK_MINOR));
    sys.deliver(FakeSystemCalls.from(VFS, 12345));
    run();
    assertEquals(List.of(Errno.OK_VALUE, Errno.ENXIO.wireValue(), Errno.EINVAL.wireValue(),
        Errno.OK_VALUE, Errno.ENOSYS.wireValue()), replies(VFS).stream().map(Message::type).toList());
  }

  @Test
  void aBadGrantIsTheCopysErrorNotACrash() throws Exception {
    sys.deliver(transfer(VFS, BlockDevice.READ, 0, 99, SECTOR));
    sys.deliver(transfer(VFS, BlockDevice.WRITE, 0, 99, SECTOR));
    run();
    assertEquals(List.of(Errno.EPERM.wireValue(), Errno.EPERM.wireValue()),
        replies(VFS).stream().map(Message::type).toList());
  }

  @Test
  void requestsQueuedDuringACommandWaitAndLateInterruptsAreIgnored() throws Exception {
    byte[] first = new byte[2 * SECTOR];
    byte[] second = new byte[SECTOR];
    int firstGrant = sys.peerGrant(VFS, GrantAccess.READ_WRITE, first);
    int secondGrant = sys.peerGrant(MFS, GrantAccess.READ_WRITE, second);
    sys.deliver(FakeSystemCalls.from(Notification.HARDWARE, Notification.TYPE, 1 << FakeAtaDevice.IRQ));
    sys.deliver(transfer(VFS, BlockDevice.READ, 2L * SECTOR, firstGrant, first.length));
    sys.deliver(transfer(MFS, BlockDevice.READ, 7L * SECTOR, secondGrant, second.length));
    run();
    assertEquals(List.of(VFS, MFS), sys.sent.stream().map(FakeSystemCalls.Sent::destination).toList());
    assertEquals(first.length, replies(VFS).get(0).type());
    assertEquals(second.length, replies(MFS).get(0).type());
    assertArrayEquals(Arrays.copyOfRange(device.disk, 2 * SECTOR, 4 * SECTOR), first);
    assertArrayEquals(Arrays.copyOfRange(device.disk, 7 * SECTOR, 8 * SECTOR), second);
  }
}

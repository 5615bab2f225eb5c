package org.minix3j.drivers.memory;

import org.minix3j.abi.testing.FakeSystemCalls;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.protocol.BlockDevice;
import org.minix3j.abi.protocol.CharDevice;

class MemoryDriverTest {
  private static final int MFS = SystemSlots.MFS;
  private static final int VFS = SystemSlots.VFS;
  private static final long BASE = 0x6000000L;
  private static final int SIZE = 40 * 1024; // 80 sectors, more than two bounce chunks

  private final FakeSystemCalls sys = new FakeSystemCalls(SystemSlots.MEMORY);

  MemoryDriverTest() {
    sys.physicalBase = BASE;
    sys.physical = new byte[SIZE];
    for (int i = 0; i < SIZE; i++) {
      sys.physical[i] = (byte) (i * 7 + i / 512);
    }
  }

  private List<Message> run() throws Exception {
    sys.run(new MemoryDriver(new MemoryConfig(BASE, SIZE)));
    return sys.sent.stream().map(FakeSystemCalls.Sent::message).toList();
  }

  private static Message block(int type, long position, int grant, int offset, int count) {
    return FakeSystemCalls.from(MFS, type, Devices.RAMDISK_MINOR, (int) position,
        (int) (position >>> 32), grant, offset, count);
  }

  @Test
  void answersRsPingWithANotifyAndIgnoresOtherNotifications() throws Exception {
    int rs = org.minix3j.abi.Endpoint.of(SystemSlots.RS, 0);
    sys.deliver(FakeSystemCalls.from(rs, org.minix3j.abi.Notification.TYPE))
        .deliver(FakeSystemCalls.from(org.minix3j.abi.Notification.HARDWARE,
            org.minix3j.abi.Notification.TYPE))
        .deliver(FakeSystemCalls.from(rs, org.minix3j.abi.Notification.TYPE));
    assertEquals(List.of(), run(), "no message is sent");
    assertEquals(List.of(rs, rs), sys.notified);
  }

  @Test
  void readsAndWritesWholeSectorsThroughTheGrant() throws Exception {
    byte[] cache = new byte[SIZE + 4096];
    int grant = sys.peerGrant(MFS, GrantAccess.READ_WRITE, cache);
    byte[] written = new byte[1024];
    Arrays.fill(written, (byte) 0x5A);
    System.arraycopy(written, 0, cache, 1024, 1024);
    sys.deliver(block(BlockDevice.READ, 512, grant, 2048, SIZE - 512))
        .deliver(block(BlockDevice.WRITE, 4096, grant, 1024, 1024));
    byte[] expected = Arrays.copyOfRange(sys.physical, 512, SIZE);
    List<Message> replies = run();
    assertEquals(SIZE - 512, replies.get(0).type());
    assertArrayEquals(expected, Arrays.copyOfRange(cache, 2048, 2048 + SIZE - 512));
    assertEquals(1024, replies.get(1).type());
    assertArrayEquals(written, Arrays.copyOfRange(sys.physical, 4096, 5120));
  }

  @Test
  void boundsGiveShortCountsAndMisalignmentEinval() throws Exception {
    byte[] cache = new byte[4096];
    int grant = sys.peerGrant(MFS, GrantAccess.READ_WRITE, cache);
    sys.deliver(block(BlockDevice.READ, SIZE - 1024, grant, 0, 4096))
        .deliver(block(BlockDevice.READ, SIZE, grant, 0, 512))
        .deliver(block(BlockDevice.READ, 1L << 33, grant, 0, 512))
        .deliver(block(BlockDevice.READ, 100, grant, 0, 512))
        .deliver(block(BlockDevice.WRITE, 512, grant, 0, 100))
        .deliver(block(BlockDevice.READ, 0, grant, 0, -512))
        .deliver(block(BlockDevice.READ, 0, grant, 1024, 4096))
        .deliver(block(BlockDevice.READ, 0, grant + 7, 0, 512))
        .deliver(block(BlockDevice.READ, 0, grant, 0, 0));
    List<Message> replies = run();
    assertEquals(1024, replies.get(0).type(), "cut at the end");
    assertEquals(0, replies.get(1).type(), "at the end");
    assertEquals(0, replies.get(2).type(), "far past the end");
    assertEquals(Errno.EINVAL.wireValue(), replies.get(3).type());
    assertEquals(Errno.EINVAL.wireValue(), replies.get(4).type());
    assertEquals(Errno.EINVAL.wireValue(), replies.get(5).type());
    assertEquals(Errno.EFAULT.wireValue(), replies.get(6).type(), "beyond the grant");
    assertEquals(Errno.EPERM.wireValue(), replies.get(7).type(), "no such grant");
    assertEquals(0, replies.get(8).type());
  }

  @Test
  void openSizeFlushAndUnknownMinors() throws Exception {
    sys.deliver(FakeSystemCalls.from(MFS, BlockDevice.OPEN, Devices.RAMDISK_MINOR, 3))
        .deliver(FakeSystemCalls.from(MFS, BlockDevice.OPEN, 1, 1))
        .deliver(FakeSystemCalls.from(MFS, BlockDevice.GETSIZE, Devices.RAMDISK_MINOR))
        .deliver(FakeSystemCalls.from(MFS, BlockDevice.FLUSH, Devices.RAMDISK_MINOR))
        .deliver(FakeSystemCalls.from(MFS, BlockDevice.READ, Devices.NULL_MINOR, 0, 0, 0, 0, 512))
        .deliver(FakeSystemCalls.from(MFS, BlockDevice.CLOSE, Devices.RAMDISK_MINOR))
        .deliver(FakeSystemCalls.from(MFS, 4711));
    List<Message> replies = run();
    assertEquals(0, replies.get(0).type());
    assertEquals(Errno.ENXIO.wireValue(), replies.get(1).type(), "no /dev/mem");
    assertEquals(SIZE, replies.get(2).payload(0));
    assertEquals(0, replies.get(2).payload(1));
    assertEquals(0, replies.get(3).type());
    assertEquals(Errno.ENXIO.wireValue(), replies.get(4).type());
    assertEquals(0, replies.get(5).type());
    assertEquals(Errno.ENOSYS.wireValue(), replies.get(6).type());
  }

  private static Message character(int type, int minor, int id, int grant, int count) {
    return FakeSystemCalls.from(VFS, type, minor, id, grant, count, 0, 0, SystemSlots.FIRST_USER);
  }

  @Test
  void nullAndZero() throws Exception {
    byte[] user = new byte[100];
    Arrays.fill(user, (byte) 1);
    int grant = sys.peerGrant(VFS, GrantAccess.READ_WRITE, user);
    sys.deliver(character(CharDevice.OPEN, Devices.NULL_MINOR, 1, 0, 0))
        .deliver(character(CharDevice.READ, Devices.NULL_MINOR, 2, grant, 100))
        .deliver(character(CharDevice.WRITE, Devices.NULL_MINOR, 3, grant, 100))
        .deliver(character(CharDevice.READ, Devices.ZERO_MINOR, 4, grant, 60))
        .deliver(character(CharDevice.WRITE, Devices.ZERO_MINOR, 5, grant, 77))
        .deliver(character(CharDevice.READ, Devices.RAMDISK_MINOR, 6, grant, 10))
        .deliver(character(CharDevice.OPEN, 2, 7, 0, 0))
        .deliver(character(CharDevice.READ, Devices.ZERO_MINOR, 8, grant, 200))
        .deliver(character(CharDevice.SELECT, Devices.ZERO_MINOR, 9, CharDevice.SELECT_READ, 1))
        .deliver(character(CharDevice.IOCTL, Devices.NULL_MINOR, 10, 0x5401, 0))
        .deliver(FakeSystemCalls.from(VFS, CharDevice.STATUS));
    List<Message> replies = run();
    int[] statuses = {0, 0, 100, 60, 77, Errno.ENXIO.wireValue(), Errno.ENXIO.wireValue(),
        Errno.EFAULT.wireValue(), CharDevice.SELECT_READ, Errno.ENOTTY.wireValue()};
    for (int i = 0; i < statuses.length; i++) {
      assertEquals(CharDevice.REPLY, replies.get(i).type());
      assertEquals(i + 1, replies.get(i).payload(0), "request id");
      assertEquals(statuses[i], replies.get(i).payload(1), "request " + (i + 1));
    }
    assertEquals(CharDevice.NO_STATUS, replies.get(10).type());
    byte[] expected = new byte[100];
    Arrays.fill(expected, 60, 100, (byte) 1);
    assertArrayEquals(expected, user);
  }

  @Test
  void aMisshapenRamDiskIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new MemoryConfig(0, 1000));
    assertThrows(IllegalArgumentException.class, () -> new MemoryConfig(-1, 512));
  }
}

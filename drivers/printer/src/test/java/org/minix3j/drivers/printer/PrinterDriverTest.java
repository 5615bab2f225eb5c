package org.minix3j.drivers.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.protocol.CharDevice;
import org.minix3j.abi.testing.FakeSystemCalls;

class PrinterDriverTest {
  private static final int VFS = SystemSlots.VFS;
  private static final int USER = SystemSlots.FIRST_USER;

  private final FakeSystemCalls sys = new FakeSystemCalls(SystemSlots.PRINTER);
  private final FakePrinterPort lpt = new FakePrinterPort();
  private final List<String> seen = new ArrayList<>();

  PrinterDriverTest() {
    sys.ports = lpt;
  }

  private static Message request(int type, int minor, int id, int... rest) {
    int[] payload = new int[2 + rest.length];
    payload[0] = minor;
    payload[1] = id;
    System.arraycopy(rest, 0, payload, 2, rest.length);
    return FakeSystemCalls.from(VFS, type, payload);
  }

  private Message write(int id, String text, int flags) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    int grant = sys.peerGrant(VFS, GrantAccess.READ, bytes);
    return request(CharDevice.WRITE, 0, id, grant, bytes.length, 0, flags, USER);
  }

  private Message write(int id, String text) {
    return write(id, text, 0);
  }

  private static Message interrupt() {
    return FakeSystemCalls.from(Notification.HARDWARE, Notification.TYPE, 1 << 7);
  }

  private static Message status() {
    return FakeSystemCalls.from(VFS, CharDevice.STATUS);
  }

  /** The printer finishes its byte and the ACK interrupts, {@code times} times. */
  private FakeSystemCalls printed(int times) {
    for (int i = 0; i < times; i++) {
      sys.then(lpt::finish).deliver(interrupt());
    }
    return sys;
  }

  /** Records the paper and the notifications so far, at this point of the script. */
  private FakeSystemCalls look() {
    return sys.then(() -> seen.add(lpt.paper() + "|" + sys.notified.size()));
  }

  private List<Message> replies() {
    return sys.sentTo(VFS);
  }

  private void run() throws Exception {
    sys.run(new PrinterDriver(PrinterConfig.LPT1));
  }

  private static void assertReply(Message reply, int id, int status, boolean suspended) {
    assertEquals(CharDevice.REPLY, reply.type());
    assertEquals(id, reply.payload(0));
    assertEquals(status, reply.payload(1));
    assertEquals(suspended ? CharDevice.SUSPENDED : 0, reply.payload(2));
  }

  private static void assertRevive(Message reply, int id, int status) {
    assertEquals(CharDevice.REVIVE, reply.type());
    assertEquals(id, reply.payload(0));
    assertEquals(status, reply.payload(1));
  }

  @Test
  void resetsAndSelectsThePrinterWithInterruptsAndHooksIrq7() throws Exception {
    run();
    assertEquals(PrinterPort.RUNNING, lpt.control());
    assertEquals(2, lpt.controlWrites, "an INIT pulse, then running");
    assertEquals(List.of("irqctl 7 true"), sys.log);
  }

  @Test
  void aJobGoesOutOneByteAnInterruptAndRevivesTheWriterAtTheEnd() throws Exception {
    sys.deliver(write(1, "hi\n"));
    look();
    printed(2);
    look();
    printed(1);
    look();
    sys.deliver(status()).deliver(status());
    run();
    assertEquals(List.of("h|0", "hi\n|0", "hi\n|1"), seen, "one byte per interrupt; NOTIFY at the end");
    assertReply(replies().get(0), 1, 0, true);
    assertRevive(replies().get(1), 1, 3);
    assertEquals(CharDevice.NO_STATUS, replies().get(2).type());
    assertEquals(List.of(VFS), sys.notified);
    assertEquals(0, lpt.lostStrobes);
    assertTrue(sys.log.contains("alarm 100"), "the watchdog is armed while a job runs");
  }

  @Test
  void jobsOfSeveralWritersPrintWholeInTheOrderTheyCame() throws Exception {
    sys.deliver(write(1, "first job\n"));
    printed(3);
    sys.deliver(write(2, "second\n")).deliver(write(3, "third\n"));
    printed(40);
    sys.deliver(status()).deliver(status()).deliver(status()).deliver(status());
    run();
    assertEquals("first job\nsecond\nthird\n", lpt.paper());
    assertReply(replies().get(0), 1, 0, true);
    assertReply(replies().get(1), 2, 0, true);
    assertReply(replies().get(2), 3, 0, true);
    assertRevive(replies().get(3), 1, 10);
    assertRevive(replies().get(4), 2, 7);
    assertRevive(replies().get(5), 3, 6);
    assertEquals(CharDevice.NO_STATUS, replies().get(6).type());
  }

  @Test
  void aJobLongerThanOneCopyIsCopiedInChunks() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3 * Spooler.CHUNK + 17; i++) {
      text.append((char) ('a' + i % 26));
    }
    sys.deliver(write(4, text.toString()));
    printed(text.length());
    sys.deliver(status());
    run();
    assertEquals(text.toString(), lpt.paper());
    assertRevive(replies().get(1), 4, text.length());
  }

  @Test
  void aPrinterOutOfPaperFailsTheWriteAtOnce() throws Exception {
    lpt.paperOut = true;
    sys.deliver(write(1, "lost"));
    run();
    assertReply(replies().get(0), 1, Errno.EIO.wireValue(), false);
    assertEquals("", lpt.paper());
  }

  @Test
  void paperRunningOutMidJobEndsItAndTheJobsBehindItWithEio() throws Exception {
    sys.deliver(write(1, "abcdef")).deliver(write(2, "xyz"));
    printed(2);
    sys.then(() -> lpt.paperOut = true);
    printed(1);
    sys.deliver(status()).deliver(status()).deliver(status());
    run();
    assertEquals("abc", lpt.paper());
    assertRevive(replies().get(2), 1, Errno.EIO.wireValue());
    assertRevive(replies().get(3), 2, Errno.EIO.wireValue());
    assertEquals(CharDevice.NO_STATUS, replies().get(4).type());
  }

  @Test
  void aFaultyPrinterIsEio() throws Exception {
    lpt.fault = true;
    sys.deliver(write(1, "x"));
    run();
    assertReply(replies().get(0), 1, Errno.EIO.wireValue(), false);
  }

  @Test
  void aSpuriousInterruptWhileTheByteIsPrintingChangesNothing() throws Exception {
    sys.deliver(write(1, "ab")).deliver(interrupt()).deliver(interrupt());
    look();
    printed(2);
    sys.deliver(status());
    run();
    assertEquals(List.of("a|0"), seen);
    assertEquals(0, lpt.lostStrobes);
    assertEquals("ab", lpt.paper());
    assertRevive(replies().get(1), 1, 2);
  }

  @Test
  void theWatchdogFeedsThePrinterWhenAnInterruptIsLost() throws Exception {
    sys.deliver(write(1, "ok"));
    sys.then(lpt::finish); // the printer finished, but its interrupt never came
    sys.deliver(FakeSystemCalls.from(Notification.CLOCK, Notification.TYPE, 100));
    printed(1);
    sys.deliver(status());
    run();
    assertEquals("ok", lpt.paper());
    assertRevive(replies().get(1), 1, 2);
    assertEquals(List.of("irqctl 7 true", "alarm 100", "alarm 100"), sys.log,
        "armed with the first job, again after the alarm while the job runs");
  }

  @Test
  void cancellingTheJobInPrintGivesItsBytesAndStartsTheNext() throws Exception {
    sys.deliver(write(1, "abcdef")).deliver(write(2, "XY"));
    printed(2);
    sys.deliver(request(CharDevice.CANCEL, 0, 1));
    printed(3);
    sys.deliver(status()).deliver(status());
    run();
    assertEquals("abcXY", lpt.paper());
    assertReply(replies().get(2), 1, 3, false);
    assertRevive(replies().get(3), 2, 2);
    assertEquals(CharDevice.NO_STATUS, replies().get(4).type());
  }

  @Test
  void cancellingAWaitingJobIsEintrAndAFinishedOneCarriesItsResult() throws Exception {
    sys.deliver(write(1, "a")).deliver(write(2, "never"));
    sys.deliver(request(CharDevice.CANCEL, 0, 2));
    printed(1);
    sys.deliver(request(CharDevice.CANCEL, 0, 1)).deliver(status());
    run();
    assertEquals("a", lpt.paper());
    assertReply(replies().get(2), 2, Errno.EINTR.wireValue(), false);
    assertReply(replies().get(3), 1, 1, false);
    assertEquals(CharDevice.NO_STATUS, replies().get(4).type(), "the revival went with the cancel");
  }

  @Test
  void aNonBlockingWriteBehindAnotherJobIsEagain() throws Exception {
    sys.deliver(write(1, "busy")).deliver(write(2, "later", FileFlags.O_NONBLOCK));
    run();
    assertReply(replies().get(1), 2, Errno.EAGAIN.wireValue(), false);
  }

  @Test
  void aGrantThatCannotBeReadEndsTheWriteWithTheCopysError() throws Exception {
    int shortGrant = sys.peerGrant(VFS, GrantAccess.READ, new byte[4]);
    sys.deliver(request(CharDevice.WRITE, 0, 1, shortGrant, 10, 0, 0, USER));
    run();
    assertReply(replies().get(0), 1, Errno.EFAULT.wireValue(), false);
    assertEquals("", lpt.paper());
  }

  @Test
  void theOtherCallsAnswerAtOnce() throws Exception {
    sys.deliver(request(CharDevice.OPEN, 0, 1, 0, USER, 0))
        .deliver(request(CharDevice.READ, 0, 2, 0, 10, 0, 0, USER))
        .deliver(request(CharDevice.IOCTL, 0, 3, 0x5401, -1, USER, 0))
        .deliver(request(CharDevice.OPEN, 1, 4, 0, USER, 0))
        .deliver(request(CharDevice.WRITE, 0, 5, -1, 0, 0, 0, USER))
        .deliver(request(CharDevice.WRITE, 0, 6, -1, -3, 0, 0, USER))
        .deliver(request(CharDevice.SELECT, 0, 7,
            CharDevice.SELECT_READ | CharDevice.SELECT_WRITE | CharDevice.SELECT_EXCEPT, 1))
        .deliver(request(CharDevice.CLOSE, 0, 8))
        .deliver(status())
        .deliver(FakeSystemCalls.from(VFS, 9999));
    run();
    assertEquals(CharDevice.REPLY, replies().get(0).type());
    assertEquals(Errno.OK_VALUE, replies().get(0).payload(1));
    assertEquals(CharDevice.REISSUABLE, replies().get(0).payload(2), "its writes are re-issued");
    assertReply(replies().get(1), 2, Errno.EINVAL.wireValue(), false);
    assertReply(replies().get(2), 3, Errno.ENOTTY.wireValue(), false);
    assertReply(replies().get(3), 4, Errno.ENXIO.wireValue(), false);
    assertReply(replies().get(4), 5, 0, false);
    assertReply(replies().get(5), 6, Errno.EINVAL.wireValue(), false);
    assertReply(replies().get(6), 7, CharDevice.SELECT_READ | CharDevice.SELECT_WRITE, false);
    assertReply(replies().get(7), 8, Errno.OK_VALUE, false);
    assertEquals(CharDevice.NO_STATUS, replies().get(8).type());
    assertEquals(Errno.ENOSYS.wireValue(), replies().get(9).type());
    assertFalse(lpt.busy(), "nothing was printed");
    assertTrue(sys.notified.isEmpty());
  }

  @Test
  void aBadConfigurationIsRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new PrinterConfig(0x378, 16));
  }
}

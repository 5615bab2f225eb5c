package org.minix3j.drivers.tty;

import org.minix3j.abi.testing.FakeSystemCalls;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.posix.TermiosLayout;
import org.minix3j.abi.protocol.CharDevice;
import org.minix3j.abi.protocol.TtyToPm;

class TerminalDriverTest {
  private static final int VFS = SystemSlots.VFS;
  private static final int PM = SystemSlots.PM;
  private static final int USER = SystemSlots.FIRST_USER;

  private final FakeSystemCalls sys = new FakeSystemCalls(SystemSlots.TTY);
  private final FakeUart uart = new FakeUart();
  private final byte[] user = new byte[8192];
  private final int grant;
  private final List<String> seen = new ArrayList<>();

  TerminalDriverTest() {
    sys.ports = uart;
    grant = sys.peerGrant(VFS, GrantAccess.READ_WRITE, user);
  }

  private static Message request(int type, int id, int... rest) {
    int[] payload = new int[2 + rest.length];
    payload[0] = Devices.CONSOLE_MINOR;
    payload[1] = id;
    System.arraycopy(rest, 0, payload, 2, rest.length);
    return FakeSystemCalls.from(VFS, type, payload);
  }

  private Message read(int id, int count) {
    return request(CharDevice.READ, id, grant, count, 0, 0, USER);
  }

  private Message write(int id, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    int source = sys.peerGrant(VFS, GrantAccess.READ, bytes);
    return request(CharDevice.WRITE, id, source, bytes.length, 0, 0, USER);
  }

  private static Message interrupt() {
    return FakeSystemCalls.from(Notification.HARDWARE, Notification.TYPE, 1 << 4);
  }

  private FakeSystemCalls typed(String text) {
    return sys.then(() -> uart.type(text)).deliver(interrupt());
  }

  /** Records the user buffer's first {@code length} bytes at this point of the script. */
  private FakeSystemCalls look(int length) {
    return sys.then(() -> seen.add(new String(user, 0, length, StandardCharsets.ISO_8859_1)));
  }

  private List<Message> replies() {
    return sys.sentTo(VFS);
  }

  private void run() throws Exception {
    sys.run(new TerminalDriver(TtyConfig.COM1));
  }

  @Test
  void initialisesTheUartAndHooksItsIrq() throws Exception {
    run();
    assertEquals(0x03, uart.lineControl(), "8N1, divisor latch closed");
    assertEquals(0x0B, uart.modemControl(), "OUT2 gates the interrupt");
    assertEquals(0x03, uart.interruptEnable());
    assertEquals(0x07, uart.fifoControl());
    assertEquals(List.of("irqctl 4 true"), sys.log);
  }

  @Test
  void answersRsPingWithANotifyAndNothingElse() throws Exception {
    sys.deliver(FakeSystemCalls.from(SystemSlots.RS, Notification.TYPE))
        .deliver(FakeSystemCalls.from(SystemSlots.RS, Notification.TYPE));
    run();
    assertEquals(List.of(SystemSlots.RS, SystemSlots.RS), sys.notified, "no NOTIFY to VFS");
    assertTrue(sys.sent.stream().allMatch(sent -> sent.destination() == SystemSlots.DS),
        "nothing sent but the start's look for saved state in DS: " + sys.sent);
  }

  @Test
  void canonicalEditingEchoAndRevival() throws Exception {
    sys.deliver(read(1, 100));
    typed("hellx\u007fo\r");
    sys.deliver(FakeSystemCalls.from(VFS, CharDevice.STATUS));
    look(6);
    sys.deliver(FakeSystemCalls.from(VFS, CharDevice.STATUS));
    run();
    Message suspended = replies().get(0);
    assertEquals(CharDevice.REPLY, suspended.type());
    assertEquals(1, suspended.payload(0));
    assertEquals(CharDevice.SUSPENDED, suspended.payload(2));
    assertEquals(List.of(VFS), sys.notified);
    Message revive = replies().get(1);
    assertEquals(CharDevice.REVIVE, revive.type());
    assertEquals(1, revive.payload(0));
    assertEquals(6, revive.payload(1));
    assertEquals(List.of("hello\n"), seen);
    assertEquals(CharDevice.NO_STATUS, replies().get(2).type());
    assertEquals("hellx\b \bo\r\n", uart.takeWire());
  }

  @Test
  void killEraseOnEmptyAndEndOfFile() throws Exception {
    typed("abc\u0015xy\n\b\b\u0004zz\u0004");
    sys.deliver(read(1, 100));
    look(3);
    sys.deliver(read(2, 100)).deliver(read(3, 1));
    look(1);
    sys.deliver(read(4, 100)).deliver(read(5, 100));
    run();
    assertEquals(3, replies().get(0).payload(1));
    assertEquals(0, replies().get(1).payload(1), "^D on an empty line: end of file");
    assertEquals(1, replies().get(2).payload(1), "a read takes what it asks");
    assertEquals(1, replies().get(3).payload(1), "the rest of the line");
    assertEquals(CharDevice.SUSPENDED, replies().get(4).payload(2));
    assertEquals(List.of("xy\n", "z"), seen);
    assertEquals("abc\b \b\b \b\b \bxy\r\nzz", uart.takeWire());
  }

  @Test
  void interruptSignalsTheForegroundGroupAndFlushesInput() throws Exception {
    sys.deliver(request(CharDevice.OPEN, 1, 0, USER, 7));
    typed("ab\u0003\u001cc\n");
    sys.deliver(FakeSystemCalls.from(PM, TtyToPm.TAKE_SIGNAL))
        .deliver(FakeSystemCalls.from(PM, TtyToPm.TAKE_SIGNAL))
        .deliver(FakeSystemCalls.from(PM, TtyToPm.TAKE_SIGNAL))
        .deliver(read(2, 100));
    look(2);
    run();
    assertEquals(List.of(PM, PM), sys.notified);
    List<Message> pm = sys.sentTo(PM);
    assertEquals(Signals.SIGINT, pm.get(0).type());
    assertEquals(7, pm.get(0).payload(0));
    assertEquals(Signals.SIGQUIT, pm.get(1).type());
    assertEquals(0, pm.get(2).type(), "no more signals");
    assertEquals(2, replies().get(1).payload(1), "typed before ^C is gone");
    assertEquals(List.of("c\n"), seen);
    assertEquals("ab^C\r\n^\\\r\nc\r\n", uart.takeWire());
  }

  private Message setTermios(int id, int lflagClear, int min, int time) {
    int[] words = {TermiosLayout.ICRNL, TermiosLayout.OPOST | TermiosLayout.ONLCR, 0,
        (TermiosLayout.ISIG | TermiosLayout.ICANON | TermiosLayout.ECHO | TermiosLayout.ECHOE)
            & ~lflagClear};
    byte[] termios = new byte[TermiosLayout.TERMIOS_BYTES];
    for (int w = 0; w < 4; w++) {
      for (int b = 0; b < 4; b++) {
        termios[4 * w + b] = (byte) (words[w] >>> (8 * b));
      }
    }
    termios[TermiosLayout.TERMIOS_CC + TermiosLayout.VINTR] = 3;
    termios[TermiosLayout.TERMIOS_CC + TermiosLayout.VMIN] = (byte) min;
    termios[TermiosLayout.TERMIOS_CC + TermiosLayout.VTIME] = (byte) time;
    int argument = sys.peerGrant(VFS, GrantAccess.READ_WRITE, termios);
    return request(CharDevice.IOCTL, id, TermiosLayout.TCSETS, argument, USER, 0);
  }

  @Test
  void rawModeWithMinAndTime() throws Exception {
    int raw = TermiosLayout.ICANON | TermiosLayout.ECHO;
    sys.deliver(setTermios(1, raw, 1, 0));
    typed("x\r");
    sys.deliver(read(2, 100));
    look(2);
    sys.deliver(setTermios(3, raw, 0, 0))
        .deliver(read(4, 100))
        .deliver(setTermios(5, raw, 0, 5))
        .deliver(read(6, 100))
        .deliver(FakeSystemCalls.from(Notification.CLOCK, Notification.TYPE))
        .deliver(FakeSystemCalls.from(VFS, CharDevice.STATUS))
        .deliver(setTermios(7, raw, 3, 0))
        .deliver(read(8, 100));
    typed("12");
    typed("3");
    run();
    assertEquals(0, replies().get(0).payload(1));
    assertEquals(2, replies().get(1).payload(1), "VMIN 1: what is there");
    assertEquals(List.of("x\n"), seen, "ICRNL still applies; no echo");
    assertEquals(0, replies().get(3).payload(1), "VMIN 0 VTIME 0: at once, nothing");
    assertEquals(CharDevice.SUSPENDED, replies().get(5).payload(2));
    assertTrue(sys.log.contains("alarm 50"), sys.log.toString());
    Message timedOut = replies().get(6);
    assertEquals(CharDevice.REVIVE, timedOut.type());
    assertEquals(6, timedOut.payload(0));
    assertEquals(0, timedOut.payload(1));
    assertEquals(CharDevice.SUSPENDED, replies().get(8).payload(2), "VMIN 3: waits for 3");
    assertEquals(2, sys.notified.size(), "revived once by the timer, once by the third byte");
    assertEquals("", uart.takeWire());
  }

  @Test
  void cancelAndNonBlockingReads() throws Exception {
    sys.deliver(read(1, 10))
        .deliver(request(CharDevice.CANCEL, 1))
        .deliver(request(CharDevice.READ, 2, grant, 10, 0, FileFlags.O_NONBLOCK, USER))
        .deliver(FakeSystemCalls.from(VFS, CharDevice.STATUS))
        .deliver(read(3, 10));
    typed("q\n");
    sys.deliver(request(CharDevice.CANCEL, 3));
    run();
    assertEquals(CharDevice.SUSPENDED, replies().get(0).payload(2));
    assertEquals(Errno.EINTR.wireValue(), replies().get(1).payload(1));
    assertEquals(1, replies().get(1).payload(0));
    assertEquals(Errno.EAGAIN.wireValue(), replies().get(2).payload(1));
    assertEquals(CharDevice.NO_STATUS, replies().get(3).type());
    assertEquals(2, replies().get(5).payload(1), "finished before the cancel: its result");
  }

  @Test
  void writesGoThroughOnlcrAndWaitForTheLine() throws Exception {
    sys.deliver(write(1, "a\nb"));
    sys.then(() -> uart.busy = true);
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      big.append((char) ('a' + i % 26));
    }
    sys.deliver(write(2, big.toString()));
    for (int i = 0; i < 400; i++) {
      sys.then(uart::drain).deliver(interrupt());
    }
    sys.then(uart::drain).deliver(FakeSystemCalls.from(VFS, CharDevice.STATUS));
    run();
    assertEquals(3, replies().get(0).payload(1));
    assertEquals(CharDevice.SUSPENDED, replies().get(1).payload(2));
    Message revive = replies().get(2);
    assertEquals(CharDevice.REVIVE, revive.type());
    assertEquals(5000, revive.payload(1));
    assertEquals("a\r\nb" + big, uart.takeWire());
  }

  @Test
  void termiosGroupsAndWindowSize() throws Exception {
    byte[] argument = new byte[64];
    int argumentGrant = sys.peerGrant(VFS, GrantAccess.READ_WRITE, argument);
    List<byte[]> copies = new ArrayList<>();
    sys.deliver(request(CharDevice.IOCTL, 1, TermiosLayout.TCGETS, argumentGrant, USER, 0))
        .then(() -> copies.add(argument.clone()))
        .deliver(request(CharDevice.IOCTL, 2, TermiosLayout.TIOCGWINSZ, argumentGrant, USER, 0))
        .then(() -> copies.add(argument.clone()))
        .then(() -> argument[0] = 42)
        .deliver(request(CharDevice.IOCTL, 3, TermiosLayout.TIOCSPGRP, argumentGrant, USER, 0))
        .then(() -> argument[0] = 0)
        .deliver(request(CharDevice.IOCTL, 4, TermiosLayout.TIOCGPGRP, argumentGrant, USER, 0))
        .then(() -> copies.add(argument.clone()))
        .deliver(request(CharDevice.IOCTL, 5, 0x1234, argumentGrant, USER, 0))
        .deliver(FakeSystemCalls.from(VFS, CharDevice.OPEN, 1, 6))
        .deliver(request(CharDevice.IOCTL, 7, TermiosLayout.TIOCSPGRP, argumentGrant + 99, USER, 0))
        .deliver(FakeSystemCalls.from(VFS, 999));
    run();
    byte[] termios = copies.get(0);
    int lflag = Termios.getInt(termios, TermiosLayout.TERMIOS_LFLAG);
    assertEquals(TermiosLayout.ISIG | TermiosLayout.ICANON | TermiosLayout.ECHO
        | TermiosLayout.ECHOE | TermiosLayout.ECHOK | TermiosLayout.IEXTEN, lflag);
    assertEquals(TermiosLayout.ICRNL, Termios.getInt(termios, TermiosLayout.TERMIOS_IFLAG));
    assertEquals(0x7F, termios[TermiosLayout.TERMIOS_CC + TermiosLayout.VERASE]);
    assertEquals(1, termios[TermiosLayout.TERMIOS_CC + TermiosLayout.VMIN]);
    byte[] window = copies.get(1);
    assertEquals(24, window[0]);
    assertEquals(80, window[2]);
    assertEquals(42, copies.get(2)[0]);
    assertEquals(Errno.ENOTTY.wireValue(), replies().get(4).payload(1));
    assertEquals(Errno.ENXIO.wireValue(), replies().get(5).payload(1));
    assertEquals(Errno.EPERM.wireValue(), replies().get(6).payload(1), "bad grant");
    assertEquals(Errno.ENOSYS.wireValue(), replies().get(7).type());
  }

  @Test
  void selectTellsVfsWhenALineIsReady() throws Exception {
    int both = CharDevice.SELECT_READ | CharDevice.SELECT_WRITE;
    sys.deliver(request(CharDevice.SELECT, 1, both, 1));
    typed("ls\n");
    sys.deliver(FakeSystemCalls.from(VFS, CharDevice.STATUS))
        .deliver(FakeSystemCalls.from(VFS, CharDevice.STATUS));
    run();
    assertEquals(CharDevice.SELECT_WRITE, replies().get(0).payload(1));
    Message ready = replies().get(1);
    assertEquals(CharDevice.SELECT_READY, ready.type());
    assertEquals(Devices.CONSOLE_MINOR, ready.payload(0));
    assertEquals(CharDevice.SELECT_READ, ready.payload(1));
    assertEquals(CharDevice.NO_STATUS, replies().get(2).type());
  }
}

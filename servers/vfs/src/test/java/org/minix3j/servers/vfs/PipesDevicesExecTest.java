package org.minix3j.servers.vfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.abi.posix.FileFlags.O_RDONLY;
import static org.minix3j.abi.posix.FileFlags.O_RDWR;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.posix.StatLayout;
import org.minix3j.abi.posix.TermiosLayout;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.abi.protocol.VfsCalls;
import org.minix3j.abi.protocol.VmCalls;

class PipesDevicesExecTest {
  private final Harness h = new Harness();
  private static final int U = Harness.INIT;
  private final int child = Endpoint.of(17, 0);

  private static int err(Errno errno) {
    return errno.wireValue();
  }

  private int[] pipe(int user) {
    assertEquals(0, h.call(user, VfsCalls.PIPE));
    return new int[] {h.reply().payload(0), h.reply().payload(1)};
  }

  @Test
  void pipeCarriesBytesAndEndsWithEof() {
    int[] p = pipe(U);
    assertEquals(5, h.write(U, p[1], "hello"));
    assertEquals("hel", h.read(U, p[0], 3));
    assertEquals("lo", h.read(U, p[0], 10));
    assertEquals(0, h.call(U, VfsCalls.CLOSE, p[1]));
    assertEquals("", h.read(U, p[0], 10), "no writer: end of file");
    int stat = h.buffer(U, StatLayout.BYTES);
    assertEquals(0, h.call(U, VfsCalls.FSTAT, p[0], stat));
    assertEquals(FileFlags.S_IFIFO, h.word(U, stat + StatLayout.MODE) & FileFlags.S_IFMT);
  }

  @Test
  void readerWaitsForWriterInAnotherProcess() {
    int[] p = pipe(U);
    h.fork(U, child, 2);
    int address = h.buffer(child, 16);
    assertEquals(Harness.NO_REPLY, h.call(child, VfsCalls.READ, p[0], address, 16));
    int before = h.sends();
    assertEquals(3, h.write(U, p[1], "abc"));
    assertEquals(3, h.replyTo(child, before), "the reader is revived");
    assertEquals("abc", h.string(child, address, 3));
    assertEquals(Harness.NO_REPLY, h.call(child, VfsCalls.READ, p[0], address, 16));
    before = h.sends();
    h.call(U, VfsCalls.CLOSE, p[1]);
    assertEquals(Harness.NO_REPLY, h.replyTo(child, before), "the child still has the write end");
    h.call(child, VfsCalls.CLOSE, p[1]);
  }

  @Test
  void lastWriterClosingWakesReaderWithEof() {
    int[] p = pipe(U);
    h.fork(U, child, 2);
    h.call(child, VfsCalls.CLOSE, p[1]);
    assertEquals(Harness.NO_REPLY, h.call(child, VfsCalls.READ, p[0], h.buffer(child, 4), 4));
    int before = h.sends();
    h.call(U, VfsCalls.CLOSE, p[1]);
    assertEquals(0, h.replyTo(child, before));
  }

  @Test
  void writeWithoutReaderRaisesSigpipe() {
    int[] p = pipe(U);
    h.call(U, VfsCalls.CLOSE, p[0]);
    assertEquals(err(Errno.EPIPE), h.write(U, p[1], "x"));
    assertEquals(1, h.kernel.kills.size());
    assertArrayEquals(new int[] {U, Signals.SIGPIPE}, h.kernel.kills.get(0));
  }

  @Test
  void fullPipeBlocksWritersAndNonBlockingGetsEagain() {
    int[] p = pipe(U);
    String big = "y".repeat(Limits.PIPE_BUF);
    assertEquals(Limits.PIPE_BUF, h.write(U, p[1], big));
    h.call(U, VfsCalls.FCNTL, p[1], FileFlags.F_SETFL, FileFlags.O_NONBLOCK);
    assertEquals(err(Errno.EAGAIN), h.write(U, p[1], "z"));
    h.call(U, VfsCalls.FCNTL, p[1], FileFlags.F_SETFL, 0);
    h.fork(U, child, 2);
    assertEquals(Harness.NO_REPLY, h.write(child, p[1], "zz"));
    int before = h.sends();
    assertEquals(1, h.read(U, p[0], 1).length());
    assertEquals(Harness.NO_REPLY, h.replyTo(child, before), "two bytes are atomic: one free is not enough");
    before = h.sends();
    assertEquals(1, h.read(U, p[0], 1).length());
    assertEquals(2, h.replyTo(child, before));
    h.call(U, VfsCalls.FCNTL, p[0], FileFlags.F_SETFL, FileFlags.O_NONBLOCK);
    assertEquals(Limits.PIPE_BUF, h.read(U, p[0], 2 * Limits.PIPE_BUF).length());
    assertEquals("E" + Errno.EAGAIN.number(), h.read(U, p[0], 1));
  }

  @Test
  void longWriteGoesInPiecesAndUnpauseInterrupts() {
    int[] p = pipe(U);
    h.fork(U, child, 2);
    String big = "q".repeat(Limits.PIPE_BUF + 100);
    assertEquals(Harness.NO_REPLY, h.write(child, p[1], big));
    int before = h.sends();
    assertEquals(Limits.PIPE_BUF, h.read(U, p[0], 2 * Limits.PIPE_BUF).length());
    assertEquals(Limits.PIPE_BUF + 100, h.replyTo(child, before));
    assertEquals(100, h.read(U, p[0], 1000).length());
    assertEquals(Harness.NO_REPLY, h.call(child, VfsCalls.READ, p[0], h.buffer(child, 4), 4));
    before = h.sends();
    assertEquals(0, h.pm(PmToVfs.UNPAUSE, child));
    assertEquals(err(Errno.EINTR), h.replyTo(child, before));
  }

  @Test
  void selectOnPipesWaitsAndTimesOut() {
    int[] p = pipe(U);
    assertEquals(0, h.call(U, VfsCalls.SELECT, 8, 1 << p[0], 0, 0, 0), "nothing to read");
    assertEquals(1, h.call(U, VfsCalls.SELECT, 8, 0, 1 << p[1], 0, 0));
    assertEquals(1 << p[1], h.reply().payload(1));
    h.fork(U, child, 2);
    assertEquals(Harness.NO_REPLY, h.call(child, VfsCalls.SELECT, 8, 1 << p[0], 0, 0, -1));
    int before = h.sends();
    h.write(U, p[1], "!");
    assertEquals(1, h.replyTo(child, before));
    assertEquals(1 << p[0], h.reply().payload(0));
    h.read(U, p[0], 1);
    assertEquals(Harness.NO_REPLY, h.call(child, VfsCalls.SELECT, 8, 1 << p[0], 0, 0, 500));
    assertEquals(50, h.kernel.alarm, "500 ms at 100 ticks per second");
    h.kernel.uptime = 50;
    before = h.sends();
    h.notifyFrom(Notification.CLOCK);
    assertEquals(0, h.replyTo(child, before));
    assertEquals(0, h.kernel.alarm, "the alarm is cancelled");
    assertEquals(err(Errno.EBADF), h.call(U, VfsCalls.SELECT, 32, 1 << 20, 0, 0, 0));
    assertEquals(err(Errno.EINVAL), h.call(U, VfsCalls.SELECT, 33, 0, 0, 0, 0));
  }

  @Test
  void terminalReadSuspendsAndIsRevived() {
    int fd = h.open(U, "/dev/console", O_RDWR);
    assertEquals(1, h.tty.opens);
    assertEquals(3, h.write(U, fd, "$ ?"));
    assertEquals("$ ?", h.tty.output.toString());
    int address = h.buffer(U, 32);
    assertEquals(Harness.NO_REPLY, h.call(U, VfsCalls.READ, fd, address, 32));
    h.tty.type("ls\n");
    int before = h.sends();
    h.notifyFrom(Harness.TTY);
    assertEquals(3, h.replyTo(U, before));
    assertEquals("ls\n", h.string(U, address, 3));
    assertEquals(1, h.kernel.liveGrants(), "the driver's grant is revoked after the revival");
    assertEquals(Harness.NO_REPLY, h.call(U, VfsCalls.READ, fd, address, 32));
    before = h.sends();
    h.pm(PmToVfs.UNPAUSE, U);
    assertEquals(err(Errno.EINTR), h.replyTo(U, before));
    assertEquals(1, h.tty.cancelled.size(), "the driver was told to cancel");
    assertEquals(0, h.call(U, VfsCalls.CLOSE, fd));
    assertEquals(1, h.tty.closes);
  }

  @Test
  void controllingTerminal() {
    assertEquals(err(Errno.ENXIO), h.open(U, "/dev/tty", O_RDWR), "no terminal yet");
    int console = h.open(U, "/dev/console", O_RDWR);
    int tty = h.open(U, "/dev/tty", O_RDWR);
    assertEquals(2, h.write(U, tty, "ok"));
    assertEquals("ok", h.tty.output.toString());
    int buffer = h.buffer(U, 32);
    assertEquals(13, h.call(U, VfsCalls.TTYNAME, tty, buffer, 32));
    assertEquals("/dev/console\0", h.string(U, buffer, 13));
    assertEquals(err(Errno.ENOTTY), h.call(U, VfsCalls.TTYNAME, h.open(U, "/bin/prog", O_RDONLY), buffer, 32));
    h.fork(U, child, 2);
    assertTrue(h.open(child, "/dev/tty", O_RDWR) >= 0, "the child inherits the terminal");
    h.pm(PmToVfs.SETSID, child);
    assertEquals(err(Errno.ENXIO), h.open(child, "/dev/tty", O_RDWR), "a new session has none");
    assertEquals(0, h.call(U, VfsCalls.IOCTL, console, TermiosLayout.TCGETS, buffer));
    assertEquals(TermiosLayout.TERMIOS_BYTES, h.tty.lastIoctlGrantLength);
  }

  @Test
  void selectOnTerminalIsRevivedBySelectReady() {
    int fd = h.open(U, "/dev/console", O_RDWR);
    assertEquals(Harness.NO_REPLY, h.call(U, VfsCalls.SELECT, fd + 1, 1 << fd, 0, 0, -1));
    h.tty.input.append("x");
    int before = h.sends();
    h.notifyFrom(Harness.TTY);
    assertEquals(1, h.replyTo(U, before));
    assertEquals(1 << fd, h.reply().payload(0));
  }

  @Test
  void nullDeviceThroughTheMemoryDriver() {
    int fd = h.open(U, "/dev/null", O_RDWR);
    assertEquals(4, h.write(U, fd, "gone"));
    assertEquals("", h.read(U, fd, 10));
  }

  private int exec(int user, String path) {
    int[] p = h.path(user, path);
    byte[] frame = new byte[16];
    int frameAddress = h.put(user, frame);
    return h.pm(PmToVfs.EXEC, user, p[0], p[1], frameAddress, frame.length);
  }

  @Test
  void execChecksAndBuildsTheImage() {
    assertEquals(0, exec(U, "/bin/prog"));
    Message reply = h.reply();
    assertEquals(0x5000, reply.payload(0));
    assertEquals(0x08048000, reply.payload(1));
    assertEquals(0xbffff000, reply.payload(2));
    assertEquals(-1, reply.payload(3));
    assertEquals('p' | 'r' << 8 | 'o' << 16 | 'g' << 24, reply.payload(5));
    assertEquals(0, reply.payload(6));
    Message request = h.execs.get(0);
    assertEquals(VmCalls.EXEC_NEWMEM, request.type());
    assertEquals(7, request.payload(2));
    assertEquals(h.fs.find("/bin/prog").inode, request.payload(6));
    assertEquals(1, h.kernel.liveGrants(), "file and frame grants revoked");
    assertEquals(err(Errno.EACCES), exec(U, "/bin"));
    h.fs.make("/bin/data", FileFlags.S_IFREG | 0644).data = new byte[] {0x7f};
    assertEquals(err(Errno.EACCES), exec(U, "/bin/data"), "root needs an execute bit");
    h.fs.make("/bin/empty", FileFlags.S_IFREG | 0755);
    assertEquals(err(Errno.ENOEXEC), exec(U, "/bin/empty"));
    h.fs.make("/bin/text", FileFlags.S_IFREG | 0755).data = "#!/bin/sh".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(err(Errno.ENOEXEC), exec(U, "/bin/text"), "VM's verdict comes back");
    assertEquals(err(Errno.ENOENT), exec(U, "/bin/none"));
    int[] p = h.path(U, "/bin/prog");
    assertEquals(err(Errno.E2BIG), h.pm(PmToVfs.EXEC, U, p[0], p[1], 0x2000, Limits.ARG_MAX + 1));
    assertEquals(err(Errno.EFAULT), h.pm(PmToVfs.EXEC, U, p[0], p[1], 0x10, 16));
    assertEquals(1, h.kernel.liveGrants());
  }

  @Test
  void exitCleansUpWaitsAndDescriptors() {
    int[] p = pipe(U);
    h.fork(U, child, 2);
    int fd = h.open(child, "/dev/console", O_RDWR);
    assertEquals(Harness.NO_REPLY, h.call(child, VfsCalls.READ, fd, h.buffer(child, 4), 4));
    int before = h.sends();
    h.pm(PmToVfs.EXIT, child);
    assertEquals(Harness.NO_REPLY, h.replyTo(child, before), "no reply to the dead");
    assertEquals(1, h.tty.cancelled.size());
    assertEquals(1, h.tty.closes);
    h.call(U, VfsCalls.CLOSE, p[0]);
    assertEquals(err(Errno.EPIPE), h.write(U, p[1], "x"), "the child's read end is gone too");
    assertEquals(1, h.kernel.liveGrants());
    assertEquals(0, h.pm(PmToVfs.REBOOT));
    assertEquals(SystemSlots.MFS, h.ctx.fs().endpoint);
  }
}

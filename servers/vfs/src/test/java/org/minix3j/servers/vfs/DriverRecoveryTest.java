package org.minix3j.servers.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.abi.posix.FileFlags.O_RDWR;
import static org.minix3j.abi.posix.FileFlags.O_WRONLY;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.protocol.BlockDevice;
import org.minix3j.abi.protocol.CharDevice;
import org.minix3j.abi.protocol.VfsCalls;

/**
 * VFS when a driver dies and DS names its next instance: a character request ends with EIO
 * and is never sent again (spec/Recovery.tla's FsPeerDied for "char"), whether it was in flight
 * or pending; print jobs, whose driver says at OPEN they are re-issuable, go to the new
 * instance instead, oldest first, with REISSUE and the same ids. And fsync and sync of block
 * special files flush the driver (BlockDevice.FLUSH).
 */
class DriverRecoveryTest {
  private static final int U = Harness.INIT;
  private static final int V = Endpoint.of(17, 0);
  private static final int W = Endpoint.of(18, 0);
  private static final int NEW_TTY = Endpoint.of(SystemSlots.TTY, 1);
  private static final int PRINTER = SystemSlots.PRINTER;
  private static final int NEW_PRINTER = Endpoint.of(SystemSlots.PRINTER, 1);
  private static final int ATA = SystemSlots.ATA;

  private final Harness h = new Harness();

  /** A printer: writes stay pending until {@link #done}; re-issues are recorded as they come. */
  private static final class Printer implements FakeKernel.Peer {
    private final FakeKernel kernel;
    final int self;
    final List<String> writes = new ArrayList<>();
    final ArrayDeque<int[]> revivals = new ArrayDeque<>();
    /** Ids this instance answers at once as finished (a predecessor printed them whole). */
    final List<Integer> finished = new ArrayList<>();

    Printer(FakeKernel kernel, int self) {
      this.kernel = kernel;
      this.self = self;
    }

    @Override
    public void answer(Message m) {
      int type = m.type();
      int id = m.payload(1);
      int status = 0;
      int flags = 0;
      switch (type) {
        case CharDevice.OPEN -> flags = CharDevice.REISSUABLE;
        case CharDevice.WRITE -> {
          boolean granted = kernel.granteeOf(m.payload(2)) == self;
          byte[] data = granted ? kernel.readGrant(m.payload(2), 0, m.payload(3)) : null;
          String text = data == null ? "?" : new String(data, StandardCharsets.ISO_8859_1);
          boolean reissued = (m.payload(5) & CharDevice.REISSUE) != 0;
          writes.add(id + (reissued ? " again " : " ") + text);
          if (finished.contains(id)) {
            status = m.payload(3);
          } else {
            flags = CharDevice.SUSPENDED;
          }
        }
        case CharDevice.STATUS -> {
          int[] revival = revivals.poll();
          m.clear();
          if (revival == null) {
            m.setType(CharDevice.NO_STATUS);
          } else {
            m.setType(CharDevice.REVIVE).setPayload(0, revival[0]).setPayload(1, revival[1]);
          }
          return;
        }
        default -> status = 0;
      }
      m.clear();
      m.setType(CharDevice.REPLY).setPayload(0, id).setPayload(1, status).setPayload(2, flags);
    }

    void done(int id, int count) {
      revivals.add(new int[] {id, count});
    }
  }

  /** A block driver of 64 KiB that records every request type it is sent. */
  private static final class Disk implements FakeKernel.Peer {
    private final FakeKernel kernel;
    final byte[] contents = new byte[64 * 1024];
    final List<Integer> requests = new ArrayList<>();

    Disk(FakeKernel kernel) {
      this.kernel = kernel;
    }

    @Override
    public void answer(Message m) {
      int type = m.type();
      requests.add(type);
      int result = 0;
      int position = m.payload(1);
      int length = m.payload(5);
      switch (type) {
        case BlockDevice.GETSIZE -> {
          m.clear();
          m.setType(0).setPayload(0, contents.length);
          return;
        }
        case BlockDevice.READ ->
            result = kernel.writeGrant(m.payload(3), 0, Arrays.copyOfRange(contents,
                position, position + length), length) < 0 ? Errno.EFAULT.wireValue() : length;
        case BlockDevice.WRITE -> {
          byte[] data = kernel.readGrant(m.payload(3), 0, length);
          if (data != null) {
            System.arraycopy(data, 0, contents, position, length);
          }
          result = data == null ? Errno.EFAULT.wireValue() : length;
        }
        default -> result = 0;
      }
      m.clear();
      m.setType(result);
    }

    int flushes() {
      int flushes = 0;
      for (int type : requests) {
        flushes += type == BlockDevice.FLUSH ? 1 : 0;
      }
      return flushes;
    }
  }

  private Printer printerAt(int endpoint) {
    Printer printer = new Printer(h.kernel, endpoint);
    h.kernel.addPeer(endpoint, printer);
    return printer;
  }

  private int openPrinter(int user) {
    h.fs.make("/dev/lp", FileFlags.S_IFCHR | 0666).rdev = Devices.device(Devices.PRINTER_MAJOR, 0);
    return h.open(user, "/dev/lp", O_WRONLY);
  }

  @Test
  void aTerminalReadPendingWhenTheDriverDiesEndsWithEioAndTheNextReadGoesToTheNewInstance() {
    int fd = h.open(U, "/dev/console", O_RDWR);
    int address = h.buffer(U, 32);
    assertEquals(Harness.NO_REPLY, h.call(U, VfsCalls.READ, fd, address, 32));
    h.kernel.removePeer(Harness.TTY);
    Harness.Terminal tty = new Harness.Terminal(h.kernel);
    h.kernel.addPeer(NEW_TTY, tty);
    int before = h.sends();
    h.publish("driver.major.4", NEW_TTY);
    assertEquals(Errno.EIO.wireValue(), h.replyTo(U, before), "the pending read fails");
    assertEquals(-1, tty.pendingId, "and is not sent to the new instance");
    assertEquals(0, h.kernel.liveGrants() - liveStandingGrants(), "its grant is revoked");
    assertEquals(Harness.NO_REPLY, h.call(U, VfsCalls.READ, fd, address, 32));
    tty.type("ok\n");
    before = h.sends();
    h.notifyFrom(NEW_TTY);
    assertEquals(3, h.replyTo(U, before), "the next read works against the new instance");
    assertEquals("ok\n", h.string(U, address, 3));
  }

  @Test
  void aTerminalRequestToADeadDriverEndsWithEioAtOnce() {
    int fd = h.open(U, "/dev/console", O_RDWR);
    h.kernel.removePeer(Harness.TTY);
    assertEquals("E" + -Errno.EIO.wireValue(), h.read(U, fd, 8));
    assertEquals(Errno.EIO.wireValue(), h.write(U, fd, "lost"));
  }

  @Test
  void printJobsPendingOrInFlightAreSentToTheNewPrinterOldestFirst() {
    Printer first = printerAt(PRINTER);
    h.publish("driver.major.6", PRINTER);
    int fd = openPrinter(U);
    h.fork(U, V, 2);
    h.fork(U, W, 3);
    assertEquals(Harness.NO_REPLY, h.write(U, fd, "job one\n"));
    assertEquals(Harness.NO_REPLY, h.write(V, fd, "job two\n"));
    assertEquals(2, first.writes.size());
    h.kernel.removePeer(PRINTER);
    assertEquals(Harness.NO_REPLY, h.write(W, fd, "job three\n"),
        "a job sent to the dead printer waits for the next one instead of failing");
    Printer second = printerAt(NEW_PRINTER);
    String firstJob = first.writes.get(0);
    int oldest = Integer.parseInt(firstJob.substring(0, firstJob.indexOf(' ')));
    second.finished.add(oldest);
    int before = h.sends();
    h.publish("driver.major.6", NEW_PRINTER);
    assertEquals(8, h.replyTo(U, before), "the job the dead printer had finished is answered");
    assertEquals(Harness.NO_REPLY, h.replyTo(V, before));
    assertEquals(Harness.NO_REPLY, h.replyTo(W, before));
    assertEquals(List.of(oldest + " again job one\n", (oldest + 1) + " again job two\n",
        (oldest + 2) + " again job three\n"), second.writes);
    second.done(oldest + 2, 10);
    second.done(oldest + 1, 8);
    before = h.sends();
    h.notifyFrom(NEW_PRINTER);
    assertEquals(8, h.replyTo(V, before));
    assertEquals(10, h.replyTo(W, before));
    assertEquals(0, h.kernel.liveGrants() - liveStandingGrants(), "every job's grant is revoked");
  }

  @Test
  void aPrintJobThatDiesAgainWaitsForTheInstanceAfter() {
    printerAt(PRINTER);
    h.publish("driver.major.6", PRINTER);
    int fd = openPrinter(U);
    assertEquals(Harness.NO_REPLY, h.write(U, fd, "twice\n"));
    h.kernel.removePeer(PRINTER);
    int before = h.sends();
    h.publish("driver.major.6", NEW_PRINTER); // named, but dead already
    assertEquals(Harness.NO_REPLY, h.replyTo(U, before));
    int third = Endpoint.of(SystemSlots.PRINTER, 2);
    Printer printer = printerAt(third);
    h.publish("driver.major.6", third);
    assertEquals(1, printer.writes.size());
    assertTrue(printer.writes.get(0).endsWith(" again twice\n"), printer.writes.toString());
  }

  @Test
  void aPrintJobWaitsWhileDsNamesNoPrinterAtAll() {
    printerAt(PRINTER);
    h.publish("driver.major.6", PRINTER);
    int fd = openPrinter(U);
    assertEquals(Harness.NO_REPLY, h.write(U, fd, "kept\n"));
    h.kernel.removePeer(PRINTER);
    int before = h.sends();
    h.publish("driver.major.6", Endpoint.NONE);
    assertEquals(Harness.NO_REPLY, h.replyTo(U, before), "no EIO for a print job");
    Printer printer = printerAt(NEW_PRINTER);
    h.publish("driver.major.6", NEW_PRINTER);
    assertEquals(1, printer.writes.size());
    assertTrue(printer.writes.get(0).endsWith(" again kept\n"), printer.writes.toString());
  }

  @Test
  void fsyncAndSyncOfABlockSpecialFileFlushItsDriver() {
    Disk disk = new Disk(h.kernel);
    h.kernel.addPeer(ATA, disk);
    h.publish("driver.major.3", ATA);
    h.fs.make("/dev/c0d0", FileFlags.S_IFBLK | 0600).rdev = Devices.device(Devices.ATA_MAJOR, 0);
    int fd = h.open(U, "/dev/c0d0", O_RDWR);
    assertEquals(5, h.write(U, fd, "hello"));
    assertEquals(0, disk.flushes(), "a write alone flushes nothing");
    assertEquals(0, h.call(U, VfsCalls.FSYNC, fd));
    assertEquals(1, disk.flushes());
    assertEquals(0, h.call(U, VfsCalls.SYNC));
    assertEquals(1, disk.flushes(), "nothing written since");
    assertEquals(5, h.write(U, fd, "again"));
    assertEquals(0, h.call(U, VfsCalls.CLOSE, fd));
    assertEquals(0, h.call(U, VfsCalls.SYNC));
    assertEquals(2, disk.flushes(), "sync flushes a device written, closed or not");
    assertEquals("helloagain", new String(disk.contents, 0, 10, StandardCharsets.ISO_8859_1));
  }

  /** Grants VFS keeps for its lifetime (the file server's name grant). */
  private int liveStandingGrants() {
    return 1;
  }
}

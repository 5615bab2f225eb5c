package org.minix3j.drivers.tty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.posix.TermiosLayout;
import org.minix3j.abi.protocol.CharDevice;
import org.minix3j.abi.protocol.DsCalls;
import org.minix3j.abi.protocol.TtyToPm;
import org.minix3j.abi.testing.FakeSystemCalls;

/**
 * The console's state across a restart: one driver saves its foreground group and settings in
 * a DS stand-in (through grants, as a private key), a fresh copy with the next endpoint takes
 * them back at start, so ^C typed at it still signals the shell's group.
 */
class SavedStateTest {
  private static final int VFS = SystemSlots.VFS;
  private static final int PM = SystemSlots.PM;
  private static final int USER = SystemSlots.FIRST_USER;
  private static final int DS = SystemSlots.DS;

  /** DS for the tty's one key: what was published, and the flags of each PUBLISH. */
  private final TreeMap<String, byte[]> store = new TreeMap<>();
  private final List<Integer> publishFlags = new ArrayList<>();
  private final List<Integer> retrieveResults = new ArrayList<>();

  /** A DS stand-in over {@link #store} for the process {@code sys}. */
  private void answerAsDs(FakeSystemCalls sys) {
    int self = sys.endpoint();
    sys.responder = (destination, message) -> {
      assertEquals(DS, destination, "the tty asks DS only");
      String key = new String(sys.grant(self, message.payload(0)).bytes(),
          StandardCharsets.US_ASCII);
      assertEquals(DsCalls.KIND_MEMORY, message.payload(2));
      if (message.type() == DsCalls.PUBLISH) {
        publishFlags.add(message.payload(6));
        store.put(key, sys.grant(self, message.payload(4)).bytes());
        message.setType(Errno.OK_VALUE);
      } else if (message.type() == DsCalls.RETRIEVE) {
        byte[] value = store.get(key);
        if (value == null) {
          message.setType(Errno.ESRCH.wireValue());
        } else {
          FakeSystemCalls.Grant into = sys.grant(self, message.payload(3));
          assertTrue(into.access().allowsWrite());
          System.arraycopy(value, 0, into.buffer(), into.offset(), value.length);
          message.setType(Errno.OK_VALUE).setPayload(1, value.length);
        }
        retrieveResults.add(message.type());
      } else {
        message.setType(Errno.ENOSYS.wireValue());
      }
    };
  }

  private static Message request(int type, int id, int... rest) {
    int[] payload = new int[2 + rest.length];
    payload[0] = Devices.CONSOLE_MINOR;
    payload[1] = id;
    System.arraycopy(rest, 0, payload, 2, rest.length);
    return FakeSystemCalls.from(VFS, type, payload);
  }

  private static byte[] rawSettings() {
    Termios raw = new Termios();
    raw.lflag &= ~(TermiosLayout.ICANON | TermiosLayout.ECHO);
    byte[] bytes = new byte[TermiosLayout.TERMIOS_BYTES];
    raw.encode(bytes);
    return bytes;
  }

  @Test
  void aRestartedDriverKeepsTheForegroundGroupAndTheSettings() throws Exception {
    FakeSystemCalls first = new FakeSystemCalls(Endpoint.of(SystemSlots.TTY, 0));
    first.ports = new FakeUart();
    answerAsDs(first);
    byte[] group = new byte[4];
    Termios.putInt(group, 0, 77);
    int groupGrant = first.peerGrant(VFS, GrantAccess.READ, group);
    int settingsGrant = first.peerGrant(VFS, GrantAccess.READ, rawSettings());
    first.deliver(request(CharDevice.OPEN, 1, 0, USER, 7))
        .deliver(request(CharDevice.IOCTL, 2, TermiosLayout.TIOCSPGRP, groupGrant, USER, 0))
        .deliver(request(CharDevice.IOCTL, 3, TermiosLayout.TIOCGWINSZ, groupGrant, USER, 0))
        .deliver(request(CharDevice.IOCTL, 4, TermiosLayout.TCSETS, settingsGrant, USER, 0));
    first.run(new TerminalDriver(TtyConfig.COM1));
    assertEquals(List.of(Errno.ESRCH.wireValue()), retrieveResults, "nothing saved at boot");
    int privately = DsCalls.PRIVATE | DsCalls.OVERWRITE;
    assertEquals(List.of(privately, privately, privately), publishFlags,
        "saved on OPEN's group, TIOCSPGRP and TCSETS; not on a request that changes nothing");
    byte[] saved = store.getOrDefault(SavedState.KEY, new byte[0]);
    assertEquals(SavedState.STATE_BYTES, saved.length);
    assertEquals(77, Termios.getInt(saved, 0));
    assertTrue(first.grants.keySet().stream().noneMatch(k -> (int) (k >>> 32) == first.endpoint()),
        "every grant made for DS was revoked");

    FakeSystemCalls second = new FakeSystemCalls(Endpoint.of(SystemSlots.TTY, 1));
    FakeUart uart = new FakeUart();
    second.ports = uart;
    answerAsDs(second);
    byte[] termios = new byte[TermiosLayout.TERMIOS_BYTES];
    int termiosGrant = second.peerGrant(VFS, GrantAccess.WRITE, termios);
    second.then(() -> uart.type("\u0003"))
        .deliver(FakeSystemCalls.from(Notification.HARDWARE, Notification.TYPE, 1 << 4))
        .deliver(FakeSystemCalls.from(PM, TtyToPm.TAKE_SIGNAL))
        .deliver(request(CharDevice.IOCTL, 1, TermiosLayout.TCGETS, termiosGrant, USER, 0));
    second.run(new TerminalDriver(TtyConfig.COM1));
    assertEquals(Errno.OK_VALUE, retrieveResults.get(1), "the new copy found the saved state");
    Message signal = second.sentTo(PM).get(0);
    assertEquals(Signals.SIGINT, signal.type(), "^C still signals");
    assertEquals(77, signal.payload(0), "the group the old copy had in the foreground");
    assertArrayEquals(rawSettings(), termios, "the settings the old copy had");
    assertEquals(3, publishFlags.size(), "taking the state back publishes nothing");
  }
}

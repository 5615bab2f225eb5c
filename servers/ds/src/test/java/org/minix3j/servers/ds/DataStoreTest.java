package org.minix3j.servers.ds;

import org.minix3j.abi.testing.FakeSystemCalls;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.DsCalls;

class DataStoreTest {
  private static final int RS = SystemSlots.RS;
  private static final int PM = SystemSlots.PM;
  private static final int VFS = SystemSlots.VFS;
  private static final int TTY = SystemSlots.TTY;
  private static final int USER = SystemSlots.FIRST_USER + 3;

  private final FakeSystemCalls sys = new FakeSystemCalls(SystemSlots.DS);

  private int key(int caller, String key) {
    return sys.peerGrant(caller, GrantAccess.READ, key.getBytes(StandardCharsets.US_ASCII));
  }

  private Message publish(int caller, String key, int kind, int value, int flags) {
    return FakeSystemCalls.from(
        caller, DsCalls.PUBLISH, key(caller, key), key.length(), kind, value, 0, 0, flags);
  }

  private Message publishMemory(int caller, String key, byte[] data) {
    int dataGrant = sys.peerGrant(caller, GrantAccess.READ, data);
    return FakeSystemCalls.from(
        caller, DsCalls.PUBLISH, key(caller, key), key.length(), DsCalls.KIND_MEMORY, 0,
        dataGrant, data.length, 0);
  }

  private Message retrieve(int caller, String key, int kind) {
    return FakeSystemCalls.from(caller, DsCalls.RETRIEVE, key(caller, key), key.length(), kind);
  }

  private Message subscribe(int caller, String expression, int flags) {
    return FakeSystemCalls.from(
        caller, DsCalls.SUBSCRIBE, key(caller, expression), expression.length(), flags);
  }

  private List<Message> run() throws Exception {
    sys.run(new DataStore(DsConfig.defaults()));
    return sys.sent.stream().map(FakeSystemCalls.Sent::message).toList();
  }

  @Test
  void publishesAndRetrievesNumbersAndLabels() throws Exception {
    sys.deliver(publish(RS, "pm", DsCalls.KIND_LABEL, PM, 0))
        .deliver(publish(PM, DsCalls.BOOT_TIME_KEY, DsCalls.KIND_U32, 1_700_000_000, 0))
        .deliver(retrieve(VFS, DsCalls.BOOT_TIME_KEY, DsCalls.KIND_U32))
        .deliver(retrieve(USER, "pm", DsCalls.KIND_LABEL))
        .deliver(retrieve(USER, "nothing", DsCalls.KIND_U32))
        .deliver(retrieve(USER, "pm", DsCalls.KIND_U32));
    List<Message> replies = run();
    assertEquals(6, replies.size());
    assertEquals(0, replies.get(0).type());
    assertEquals(0, replies.get(1).type());
    assertEquals(1_700_000_000, replies.get(2).payload(0));
    assertEquals(PM, replies.get(3).payload(0));
    assertEquals(Errno.ESRCH.wireValue(), replies.get(4).type());
    assertEquals(Errno.EINVAL.wireValue(), replies.get(5).type(), "kind mismatch");
    assertEquals(VFS, sys.sent.get(2).destination());
  }

  @Test
  void memoryValuesTravelByGrant() throws Exception {
    byte[] state = {1, 2, 3, 4, 5};
    byte[] into = new byte[8];
    byte[] small = new byte[2];
    sys.deliver(publishMemory(TTY, "tty.state", state));
    int intoGrant = sys.peerGrant(TTY, GrantAccess.WRITE, into);
    int smallGrant = sys.peerGrant(TTY, GrantAccess.WRITE, small);
    sys.deliver(FakeSystemCalls.from(TTY, DsCalls.RETRIEVE, key(TTY, "tty.state"), 9,
            DsCalls.KIND_MEMORY, intoGrant, into.length))
        .deliver(FakeSystemCalls.from(TTY, DsCalls.RETRIEVE, key(TTY, "tty.state"), 9,
            DsCalls.KIND_MEMORY, smallGrant, small.length));
    List<Message> replies = run();
    assertEquals(0, replies.get(0).type());
    assertEquals(0, replies.get(1).type());
    assertEquals(5, replies.get(1).payload(1));
    assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 0, 0, 0}, into);
    assertEquals(Errno.ERANGE.wireValue(), replies.get(2).type());
  }

  @Test
  void ownershipFollowsTheLabelRsPublished() throws Exception {
    int ttyRestarted = TTY + 1024; // same slot, next generation
    sys.deliver(publish(RS, "tty", DsCalls.KIND_LABEL, TTY, 0))
        .deliver(publish(TTY, "tty.mode", DsCalls.KIND_U32, 1, 0))
        .deliver(publish(PM, "tty.mode", DsCalls.KIND_U32, 2, DsCalls.OVERWRITE))
        .deliver(publish(TTY, "tty.mode", DsCalls.KIND_U32, 3, 0))
        .deliver(publish(RS, "tty", DsCalls.KIND_LABEL, ttyRestarted, DsCalls.OVERWRITE))
        .deliver(publish(ttyRestarted, "tty.mode", DsCalls.KIND_U32, 4, DsCalls.OVERWRITE))
        .deliver(FakeSystemCalls.from(PM, DsCalls.DELETE, key(PM, "tty.mode"), 8))
        .deliver(FakeSystemCalls.from(TTY, DsCalls.DELETE, key(TTY, "tty.mode"), 8))
        .deliver(publish(USER, "mine", DsCalls.KIND_U32, 1, 0))
        .deliver(publish(RS, "tty.mode", DsCalls.KIND_U32, 5, DsCalls.OVERWRITE))
        .deliver(FakeSystemCalls.from(RS, DsCalls.DELETE, key(RS, "tty.mode"), 8))
        .deliver(FakeSystemCalls.from(RS, DsCalls.DELETE, key(RS, "tty.mode"), 8));
    List<Message> replies = run();
    assertEquals(0, replies.get(1).type());
    assertEquals(Errno.EPERM.wireValue(), replies.get(2).type(), "someone else's key");
    assertEquals(Errno.EEXIST.wireValue(), replies.get(3).type(), "no OVERWRITE");
    assertEquals(0, replies.get(5).type(), "the new instance owns its label's entries");
    assertEquals(Errno.EPERM.wireValue(), replies.get(6).type());
    assertEquals(Errno.EPERM.wireValue(), replies.get(7).type(), "the old endpoint owns nothing now");
    assertEquals(Errno.EPERM.wireValue(), replies.get(8).type(), "users only read");
    assertEquals(0, replies.get(9).type(), "RS may publish anything");
    assertEquals(0, replies.get(10).type());
    assertEquals(Errno.ESRCH.wireValue(), replies.get(11).type());
  }

  @Test
  void labelOfAnswersFromLabelEntriesOnly() throws Exception {
    byte[] label = new byte[16];
    int labelGrant = sys.peerGrant(VFS, GrantAccess.WRITE, label);
    byte[] tiny = new byte[2];
    int tinyGrant = sys.peerGrant(VFS, GrantAccess.WRITE, tiny);
    sys.deliver(publish(RS, "driver.major.4", DsCalls.KIND_LABEL, TTY, 0))
        .deliver(FakeSystemCalls.from(VFS, DsCalls.LABEL_OF, TTY, labelGrant, 16))
        .deliver(publish(RS, "tty", DsCalls.KIND_LABEL, TTY, 0))
        .deliver(FakeSystemCalls.from(VFS, DsCalls.LABEL_OF, TTY, labelGrant, 16))
        .deliver(FakeSystemCalls.from(VFS, DsCalls.LABEL_OF, TTY, tinyGrant, 2))
        .deliver(publish(PM, "fake", DsCalls.KIND_LABEL, PM, 0))
        .deliver(FakeSystemCalls.from(VFS, DsCalls.LABEL_OF, PM, labelGrant, 16));
    List<Message> replies = run();
    assertEquals(Errno.ESRCH.wireValue(), replies.get(1).type());
    assertEquals(3, replies.get(3).type());
    assertEquals("tty", new String(label, 0, 3, StandardCharsets.US_ASCII));
    assertEquals(Errno.ERANGE.wireValue(), replies.get(4).type());
    assertEquals(Errno.ESRCH.wireValue(), replies.get(6).type(), "only RS names labels");
  }

  @Test
  void subscribersAreNotifiedAndCheckTheChangedKeysInOrder() throws Exception {
    byte[] keyBuffer = new byte[64];
    int checkGrant = sys.peerGrant(VFS, GrantAccess.WRITE, keyBuffer);
    Message check = FakeSystemCalls.from(VFS, DsCalls.CHECK, checkGrant, 64);
    List<String> keys = new java.util.ArrayList<>();
    FakeSystemCalls.Step capture =
        () -> keys.add(new String(keyBuffer, StandardCharsets.US_ASCII).trim());
    sys.deliver(publish(RS, "driver.major.1", DsCalls.KIND_LABEL, SystemSlots.MEMORY, 0))
        .deliver(subscribe(VFS, "driver\\.major\\..*", DsCalls.INITIAL))
        .deliver(publish(RS, "driver.major.4", DsCalls.KIND_LABEL, TTY, 0))
        .deliver(publish(RS, "driver.major.40", DsCalls.KIND_LABEL, TTY, 0))
        .deliver(publish(RS, "xdriver.major.4", DsCalls.KIND_LABEL, TTY, 0))
        .deliver(FakeSystemCalls.from(RS, DsCalls.DELETE, key(RS, "driver.major.40"), 15))
        .deliver(check)
        .then(capture)
        .deliver(check)
        .then(capture)
        .deliver(check)
        .then(capture)
        .deliver(check)
        .deliver(check);
    List<Message> replies = run();
    // one NOTIFY for the initial match; the queue was not empty for the later ones
    assertEquals(List.of(VFS), sys.notified);
    assertEquals(14, replies.get(6).type());
    assertEquals(List.of("driver.major.1", "driver.major.4", "driver.major.40"), keys);
    assertEquals(DsCalls.KIND_LABEL, replies.get(6).payload(0));
    assertEquals(SystemSlots.MEMORY, replies.get(6).payload(1));
    assertEquals(14, replies.get(7).type());
    assertEquals(TTY, replies.get(7).payload(1));
    assertEquals(15, replies.get(8).type());
    assertEquals(1, replies.get(8).payload(2), "driver.major.40 was deleted");
    assertEquals(Errno.ENOENT.wireValue(), replies.get(9).type());
    assertEquals(Errno.ENOENT.wireValue(), replies.get(10).type());
  }

  @Test
  void aNotifyIsSentAgainOnceTheQueueWasDrained() throws Exception {
    byte[] keyBuffer = new byte[64];
    int checkGrant = sys.peerGrant(PM, GrantAccess.WRITE, keyBuffer);
    sys.deliver(subscribe(PM, "a|b", 0))
        .deliver(publish(RS, "a", DsCalls.KIND_U32, 1, 0))
        .deliver(FakeSystemCalls.from(PM, DsCalls.CHECK, checkGrant, 64))
        .deliver(publish(RS, "b", DsCalls.KIND_U32, 2, 0))
        .deliver(publish(RS, "ab", DsCalls.KIND_U32, 2, 0));
    run();
    assertEquals(List.of(PM, PM), sys.notified);
  }

  @Test
  void badRequestsGetErrors() throws Exception {
    sys.deliver(subscribe(VFS, "(unclosed", 0))
        .deliver(FakeSystemCalls.from(VFS, DsCalls.PUBLISH, key(VFS, "k"), 0, DsCalls.KIND_U32))
        .deliver(FakeSystemCalls.from(VFS, DsCalls.PUBLISH, key(VFS, "k"), 65, DsCalls.KIND_U32))
        .deliver(FakeSystemCalls.from(VFS, DsCalls.PUBLISH, key(VFS, "k"), 1, 9))
        .deliver(FakeSystemCalls.from(VFS, DsCalls.PUBLISH, 4711, 1, DsCalls.KIND_U32))
        .deliver(publish(VFS, "bad\nkey", DsCalls.KIND_U32, 0, 0))
        .deliver(FakeSystemCalls.from(VFS, DsCalls.PUBLISH, key(VFS, "m"), 1,
            DsCalls.KIND_MEMORY, 0, 0, DsCalls.DATA_MAX + 1))
        .deliver(FakeSystemCalls.from(VFS, 999))
        .deliver(FakeSystemCalls.from(VFS, DsCalls.CHECK, 0, 64))
        .deliver(FakeSystemCalls.from(Notification.CLOCK, Notification.TYPE))
        .deliver(publish(VFS, "k", DsCalls.KIND_U32, 0, 4));
    List<Message> replies = run();
    assertEquals(Errno.EINVAL.wireValue(), replies.get(0).type());
    assertEquals(Errno.EINVAL.wireValue(), replies.get(1).type());
    assertEquals(Errno.ENAMETOOLONG.wireValue(), replies.get(2).type());
    assertEquals(Errno.EINVAL.wireValue(), replies.get(3).type());
    assertEquals(Errno.EPERM.wireValue(), replies.get(4).type(), "bad grant");
    assertEquals(Errno.EINVAL.wireValue(), replies.get(5).type());
    assertEquals(Errno.EINVAL.wireValue(), replies.get(6).type());
    assertEquals(Errno.ENOSYS.wireValue(), replies.get(7).type());
    assertEquals(Errno.ENOENT.wireValue(), replies.get(8).type());
    assertEquals(Errno.EINVAL.wireValue(), replies.get(9).type(), "unknown flag");
    assertEquals(10, replies.size(), "notifications get no reply");
  }

  @Test
  void theStoreIsBounded() throws Exception {
    for (int i = 0; i < 3; i++) {
      sys.deliver(publish(VFS, "k" + i, DsCalls.KIND_U32, i, 0));
    }
    sys.deliver(publish(VFS, "k1", DsCalls.KIND_U32, 7, DsCalls.OVERWRITE));
    sys.run(new DataStore(new DsConfig(2, 1, 1, 1)));
    assertEquals(0, sys.sent.get(1).message().type());
    assertEquals(Errno.ENOSPC.wireValue(), sys.sent.get(2).message().type());
    assertEquals(0, sys.sent.get(3).message().type(), "overwriting needs no room");
  }

  private Message publishPrivate(int caller, String key, byte[] data, int flags) {
    int dataGrant = sys.peerGrant(caller, GrantAccess.READ, data);
    return FakeSystemCalls.from(
        caller, DsCalls.PUBLISH, key(caller, key), key.length(), DsCalls.KIND_MEMORY, 0,
        dataGrant, data.length, DsCalls.PRIVATE | flags);
  }

  private Message retrieveInto(int caller, String key, byte[] into) {
    int intoGrant = sys.peerGrant(caller, GrantAccess.WRITE, into);
    return FakeSystemCalls.from(caller, DsCalls.RETRIEVE, key(caller, key), key.length(),
        DsCalls.KIND_MEMORY, intoGrant, into.length);
  }

  @Test
  void aPrivateKeyIsReadByItsOwnerLabelOnlyAlsoAfterARestart() throws Exception {
    int ttyRestarted = TTY + 1024; // same slot, next generation
    byte[] saved = {7, 8, 9};
    byte[] byOwner = new byte[8];
    byte[] byRestarted = new byte[8];
    byte[] byOthers = new byte[8];
    sys.deliver(publish(RS, "tty", DsCalls.KIND_LABEL, TTY, 0))
        .deliver(publishPrivate(TTY, "tty.state", saved, 0))
        .deliver(retrieveInto(TTY, "tty.state", byOwner))
        .deliver(retrieveInto(VFS, "tty.state", byOthers))
        .deliver(retrieveInto(RS, "tty.state", byOthers))
        .deliver(retrieveInto(USER, "tty.state", byOthers))
        .deliver(publishPrivate(PM, "tty.state", saved, DsCalls.OVERWRITE))
        .deliver(publish(RS, "tty", DsCalls.KIND_LABEL, ttyRestarted, DsCalls.OVERWRITE))
        .deliver(retrieveInto(ttyRestarted, "tty.state", byRestarted))
        .deliver(publishPrivate(ttyRestarted, "tty.state", new byte[] {1}, DsCalls.OVERWRITE))
        .deliver(publish(PM, "pm.public", DsCalls.KIND_U32, 5, 0))
        .deliver(retrieve(VFS, "pm.public", DsCalls.KIND_U32));
    List<Message> replies = run();
    assertEquals(0, replies.get(1).type());
    assertEquals(0, replies.get(2).type());
    assertEquals(3, replies.get(2).payload(1));
    assertArrayEquals(new byte[] {7, 8, 9, 0, 0, 0, 0, 0}, byOwner);
    assertEquals(Errno.EPERM.wireValue(), replies.get(3).type(), "another server");
    assertEquals(Errno.EPERM.wireValue(), replies.get(4).type(), "RS too");
    assertEquals(Errno.EPERM.wireValue(), replies.get(5).type(), "a user process");
    assertArrayEquals(new byte[8], byOthers, "nothing was copied to them");
    assertEquals(Errno.EPERM.wireValue(), replies.get(6).type(), "nor may they overwrite it");
    assertEquals(0, replies.get(8).type(), "the restarted copy has the same label");
    assertArrayEquals(new byte[] {7, 8, 9, 0, 0, 0, 0, 0}, byRestarted);
    assertEquals(0, replies.get(9).type(), "and may save again");
    assertEquals(5, replies.get(11).payload(0), "public keys are read by anyone");
  }

  @Test
  void onlyTheOwnerHearsOfAPrivateKey() throws Exception {
    byte[] vfsKey = new byte[64];
    byte[] ttyKey = new byte[64];
    Message vfsCheck =
        FakeSystemCalls.from(VFS, DsCalls.CHECK, sys.peerGrant(VFS, GrantAccess.WRITE, vfsKey), 64);
    Message ttyCheck =
        FakeSystemCalls.from(TTY, DsCalls.CHECK, sys.peerGrant(TTY, GrantAccess.WRITE, ttyKey), 64);
    List<String> vfsKeys = new java.util.ArrayList<>();
    List<String> ttyKeys = new java.util.ArrayList<>();
    sys.deliver(publish(RS, "tty", DsCalls.KIND_LABEL, TTY, 0))
        .deliver(publishPrivate(TTY, "tty.old", new byte[] {1}, 0))
        .deliver(subscribe(VFS, "tty\\..*", DsCalls.INITIAL))
        .deliver(subscribe(TTY, "tty\\..*", 0))
        .deliver(publishPrivate(TTY, "tty.state", new byte[] {2}, 0))
        .deliver(publish(TTY, "tty.mode", DsCalls.KIND_U32, 1, 0))
        .deliver(publish(TTY, "tty.turned", DsCalls.KIND_U32, 1, 0))
        .deliver(publishPrivate(TTY, "tty.turned", new byte[] {3}, DsCalls.OVERWRITE))
        .deliver(FakeSystemCalls.from(TTY, DsCalls.DELETE, key(TTY, "tty.state"), 9));
    for (int i = 0; i < 3; i++) {
      sys.deliver(vfsCheck).then(() -> vfsKeys.add(text(vfsKey)));
    }
    for (int i = 0; i < 4; i++) {
      sys.deliver(ttyCheck).then(() -> ttyKeys.add(text(ttyKey)));
    }
    List<Message> replies = run();
    assertEquals(List.of("tty.mode", "", ""), vfsKeys,
        "neither the private keys nor the one that turned private before VFS asked");
    assertEquals(Errno.ENOENT.wireValue(), replies.get(10).type());
    assertEquals(List.of("tty.mode", "tty.turned", "tty.state", ""), ttyKeys);
    assertEquals(1, replies.get(14).payload(2), "the owner hears of its key's deletion");
    assertEquals(Errno.ENOENT.wireValue(), replies.get(15).type());
    assertEquals(List.of(TTY), sys.notified.stream().filter(e -> e == TTY).distinct().toList());
    assertEquals(List.of(VFS), sys.notified.stream().filter(e -> e == VFS).toList(),
        "VFS was told once, of the public key");
  }

  private static String text(byte[] buffer) {
    String all = new String(buffer, StandardCharsets.US_ASCII);
    int end = all.indexOf(0);
    java.util.Arrays.fill(buffer, (byte) 0);
    return end < 0 ? all : all.substring(0, end);
  }
}

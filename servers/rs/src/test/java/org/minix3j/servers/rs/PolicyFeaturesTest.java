package org.minix3j.servers.rs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.MemoryRange;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.DsCalls;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.abi.testing.FakeSystemCalls;

/**
 * The policy features of RS beyond restarting: the failure's text from the kernel's death record
 * (FAILURE and the log), the snapshot of a dead instance where the policy says {@code snapshot}
 * (SNAPSHOT), and UP (a service that is down back from its program, or a second copy under a
 * new label in a free system slot), root only.
 */
class PolicyFeaturesTest {
  private static final Map<String, MemoryRange> MEMORY = Map.of(
      "pool", new MemoryRange(0x200000, 0x5E00000),
      "ramdisk", new MemoryRange(0x6000000, 0x2000000));
  private static final int USER = SystemSlots.FIRST_USER + 3;
  private static final int TTY = SystemSlots.TTY;
  private static final String RECORD = """
      exception IllegalStateException: queue overflow
        at org.minix3j.drivers.tty.Terminal.run(Terminal.java:42)
      ipc running
      notifications pending from none
      grants in use 1
      kernel entries 77
      """;

  private final FakeSystemCalls sys = new FakeSystemCalls(SystemSlots.RS);
  private final List<Integer> deaths = new ArrayList<>();
  private final List<String> published = new ArrayList<>();
  private int callerUid;

  PolicyFeaturesTest() {
    sys.responder = (destination, message) -> {
      if (destination == SystemSlots.PM && message.type() == PmCalls.SERVICE_DIED) {
        int dead = deaths.isEmpty() ? Errno.ESRCH.wireValue() : deaths.remove(0);
        message.clear();
        message.setType(dead).setPayload(0, KernelSignal.SIGABRT);
      } else if (destination == SystemSlots.PM && message.type() == PmCalls.GETEPINFO) {
        message.clear();
        message.setType(7).setPayload(0, callerUid);
      } else if (destination == SystemSlots.DS && message.type() == DsCalls.PUBLISH) {
        byte[] key = sys.grant(SystemSlots.RS, message.payload(0)).bytes();
        published.add(new String(key, 0, message.payload(1), StandardCharsets.US_ASCII) + "="
            + Endpoint.describe(message.payload(3)));
        message.clear();
        message.setType(0);
      } else {
        message.clear();
        message.setType(Errno.ENOSYS.wireValue());
      }
    };
  }

  /** The boot policy with the tty block's restart statement replaced by {@code restart}. */
  private static String policyWithTtyRestart(String restart) throws Exception {
    String text = ReincarnationServerTest.policy();
    int block = text.indexOf("service tty {");
    int statement = text.indexOf("  restart always;", block);
    return text.substring(0, statement) + "  " + restart + "\n"
        + text.substring(statement + "  restart always;\n".length());
  }

  private void run(String policy) throws Exception {
    sys.run(new ReincarnationServer(
        new RsConfig(policy, "system.conf", ReincarnationServerTest.bootServices(), MEMORY)));
  }

  private FakeSystemCalls death(int endpoint) {
    return sys.then(() -> deaths.add(endpoint))
        .deliver(FakeSystemCalls.from(SystemSlots.PM, Notification.TYPE));
  }

  private static Message labelled(int type, String label, int... more) {
    Message message = FakeSystemCalls.from(USER, type);
    LabelWords.put(message, 0, label);
    for (int i = 0; i < more.length; i++) {
      message.setPayload(4 + i, more[i]);
    }
    return message;
  }

  private static Message up(String program, String label, int period) {
    Message message = FakeSystemCalls.from(USER, RsCalls.UP);
    LabelWords.put(message, 0, program);
    LabelWords.put(message, 4, label);
    message.setPayload(8, period);
    return message;
  }

  /** The text of the replies to USER from {@code first} on, each reply's bytes in turn. */
  private String text(int first, int count) {
    StringBuilder text = new StringBuilder();
    List<Message> replies = sys.sentTo(USER);
    for (int i = first; i < first + count; i++) {
      Message reply = replies.get(i);
      for (int b = 0; b < reply.type(); b++) {
        text.append((char) ((reply.payload(b / 4) >>> (8 * (b % 4))) & 0xFF));
      }
    }
    return text.toString();
  }

  private List<Integer> results() {
    return sys.sentTo(USER).stream().map(Message::type).toList();
  }

  @Test
  void aCrashIsNamedByItsExceptionAndMessageInTheLogAndInFailure() throws Exception {
    sys.deathRecords.put(Endpoint.of(TTY, 0), RECORD);
    death(Endpoint.of(TTY, 0));
    sys.deliver(labelled(RsCalls.FAILURE, "tty", 0));
    sys.deliver(labelled(RsCalls.FAILURE, "tty", 40));
    sys.deliver(labelled(RsCalls.FAILURE, "memory", 0));
    run(ReincarnationServerTest.policy());
    assertTrue(sys.log.contains("diagnostic rs: tty failed (crash: IllegalStateException: queue "
        + "overflow, signal 6), restart in 100 ms"), String.valueOf(sys.log));
    assertTrue(sys.log.contains("deathRecord " + Endpoint.of(TTY, 0)));
    assertEquals("crash: IllegalStateException: queue overflow", text(0, 1));
    assertEquals(4, results().get(1), "from byte 40 on: 'flow'");
    assertEquals("-", text(2, 1), "no failure yet");
  }

  @Test
  void aCrashWithoutARecordAndOtherReasonsAreTheirWord() throws Exception {
    death(Endpoint.of(TTY, 0));
    sys.deliver(labelled(RsCalls.FAILURE, "tty", 0));
    sys.deliver(labelled(RsCalls.FAILURE, "nobody", 0));
    sys.deliver(labelled(RsCalls.FAILURE, "tty", -1));
    run(ReincarnationServerTest.policy());
    assertTrue(sys.log.contains("diagnostic rs: tty failed (crash, signal 6), restart in 100 ms"));
    assertEquals("crash", text(0, 1));
    assertEquals(List.of(5, Errno.ESRCH.wireValue(), Errno.EINVAL.wireValue()), results());
  }

  @Test
  void aSnapshotIsKeptOnlyWhereThePolicySaysAndReadInPieces() throws Exception {
    sys.deathRecords.put(Endpoint.of(TTY, 0), RECORD);
    sys.ticks = 250;
    death(Endpoint.of(TTY, 0));
    for (int offset = 0; offset < 600; offset += RsCalls.TEXT_BYTES) {
      sys.deliver(labelled(RsCalls.SNAPSHOT, "tty", offset));
    }
    sys.deliver(labelled(RsCalls.SNAPSHOT, "memory", 0));
    sys.deliver(labelled(RsCalls.SNAPSHOT, "nobody", 0));
    run(policyWithTtyRestart("restart always snapshot;"));
    int pieces = (600 + RsCalls.TEXT_BYTES - 1) / RsCalls.TEXT_BYTES;
    String snapshot = text(0, pieces);
    assertEquals("label tty\nendpoint 8.0\nrestarts 0\n"
        + "reason crash: IllegalStateException: queue overflow\nsignal 6\ndied at 2500 ms\n"
        + "up since 0 ms\nfailures in a row before 0\nkernel:\n" + RECORD, snapshot);
    assertEquals(0, results().get(pieces - 1), "past the end");
    assertEquals(List.of(Errno.ENOENT.wireValue(), Errno.ESRCH.wireValue()),
        results().subList(pieces, pieces + 2), "memory keeps none; nobody is no service");
  }

  @Test
  void aSnapshotWithoutAKernelRecordSaysSoAndALaterDeathReplacesIt() throws Exception {
    death(Endpoint.of(TTY, 0));
    sys.then(() -> sys.deathRecords.put(Endpoint.of(TTY, 1), RECORD));
    sys.deliver(labelled(RsCalls.SNAPSHOT, "tty", 0));
    sys.deliver(labelled(RsCalls.REFRESH, "tty"));
    death(Endpoint.of(TTY, 1));
    for (int offset = 0; offset < 600; offset += RsCalls.TEXT_BYTES) {
      sys.deliver(labelled(RsCalls.SNAPSHOT, "tty", offset));
    }
    run(policyWithTtyRestart("restart always snapshot;"));
    assertTrue(text(0, 1).startsWith("label tty\nendpoint 8.0\n"), text(0, 1));
    String second = text(2, (600 + RsCalls.TEXT_BYTES - 1) / RsCalls.TEXT_BYTES);
    assertTrue(second.startsWith("label tty\nendpoint 8.1\nrestarts 1\n"), second);
    assertTrue(second.endsWith("kernel:\n" + RECORD), second);
  }

  @Test
  void theFirstSnapshotWithoutARecordNamesTheKernelsAnswer() throws Exception {
    death(Endpoint.of(TTY, 0));
    for (int offset = 0; offset < 300; offset += RsCalls.TEXT_BYTES) {
      sys.deliver(labelled(RsCalls.SNAPSHOT, "tty", offset));
    }
    run(policyWithTtyRestart("restart always snapshot;"));
    assertTrue(text(0, 6).endsWith("kernel: no record (ESRCH)\n"), text(0, 6));
  }

  @Test
  void upBringsBackAServiceThatIsDownAndRefusesOneThatRuns() throws Exception {
    sys.deliver(labelled(RsCalls.DOWN, "tty"));
    sys.deliver(up("tty", "", -1));
    sys.deliver(up("tty", "", -1));
    sys.deliver(labelled(RsCalls.LIST, "", 0).setPayload(0, 6));
    run(ReincarnationServerTest.policy());
    assertEquals(List.of(Errno.OK_VALUE, Endpoint.of(TTY, 1), Errno.EBUSY.wireValue(), 6),
        results());
    Message row = sys.sentTo(USER).get(3);
    assertEquals(RsCalls.STATE_UP, row.payload(6));
    assertEquals(Endpoint.of(TTY, 1), row.payload(4));
    assertTrue(sys.log.contains(
        "diagnostic rs: restarted tty, endpoint 8.1 (up, restart 1, after 0 ms)"));
    assertTrue(published.contains("tty=8.1") && published.contains("driver.major.4=8.1"),
        String.valueOf(published));
  }

  @Test
  void upIsForRootOnlyAndForKnownProgramsThatMayBeRestarted() throws Exception {
    callerUid = 100;
    sys.deliver(up("tty", "", -1));
    sys.then(() -> callerUid = 0);
    sys.deliver(up("vm", "", -1));
    sys.deliver(up("nobody", "", -1));
    sys.deliver(up("/bin/sh", "", -1));
    sys.deliver(up("memory", "Bad label", -1));
    sys.deliver(up("memory", "", -2));
    run(ReincarnationServerTest.policy());
    int eperm = Errno.EPERM.wireValue();
    int esrch = Errno.ESRCH.wireValue();
    int einval = Errno.EINVAL.wireValue();
    assertEquals(List.of(eperm, eperm, esrch, einval, einval, einval), results(),
        "a program file is no label");
    assertFalse(sys.log.stream().anyMatch(line -> line.startsWith("spawn")));
  }

  @Test
  void aSecondCopyRunsInAFreeSystemSlotUnderItsLabelAndRestartsInIt() throws Exception {
    int slot = SystemSlots.ATA; // the lowest system slot no boot service of the test holds
    sys.deliver(up("memory", "2nd", 0));
    sys.deliver(up("memory", "memory2", 0));
    sys.then(() -> deaths.add(Endpoint.of(slot, 1)))
        .deliver(FakeSystemCalls.from(SystemSlots.PM, Notification.TYPE));
    for (int i = 0; i < 2; i++) {
      sys.then(() -> sys.ticks += 10)
          .deliver(FakeSystemCalls.from(Notification.CLOCK, Notification.TYPE));
    }
    for (int index = 0; index < 9; index++) {
      sys.deliver(labelled(RsCalls.LIST, "").setPayload(0, index));
    }
    run(ReincarnationServerTest.policy());
    assertEquals(Errno.EINVAL.wireValue(), results().get(0), "a label starts with a letter");
    assertEquals(Endpoint.of(slot, 1), results().get(1));
    assertTrue(sys.log.contains("spawn " + slot + " program " + SystemSlots.MEMORY));
    assertTrue(sys.log.contains(
        "diagnostic rs: started memory2, endpoint 10.1 (up, restart 0, after 0 ms)"),
        String.valueOf(sys.log));
    assertTrue(sys.log.contains(
        "diagnostic rs: restarted memory2, endpoint 10.2 (crash, restart 1, after 100 ms)"),
        String.valueOf(sys.log));
    assertTrue(published.contains("memory2=10.1") && published.contains("memory2=10.2"),
        String.valueOf(published));
    assertFalse(published.stream().anyMatch(p -> p.startsWith("driver.major.1=10.")),
        "the major stays with the first copy: " + published);
    Message last = sys.sentTo(USER).get(10);
    assertEquals("memory2", LabelWords.get(last, 0));
    assertEquals(Endpoint.of(slot, 2), last.payload(4));
    assertEquals(1, last.payload(5));
    assertFalse(sys.notified.stream().anyMatch(e -> Endpoint.slot(e) == slot),
        "period 0: never pinged");
  }

  @Test
  void rsMayNotifyTheSlotsNoBootServiceHoldsForTheCopiesItPings() throws Exception {
    ReincarnationServer rs = new ReincarnationServer(new RsConfig(ReincarnationServerTest.policy(),
        "system.conf", ReincarnationServerTest.bootServices(), MEMORY));
    List<Integer> destinations = rs.bootPrivilege("rs").destinations();
    for (int slot = SystemSlots.ATA; slot < SystemSlots.FIRST_USER; slot++) {
      assertTrue(destinations.contains(Endpoint.of(slot, 0)), "slot " + slot + ": " + destinations);
    }
    assertFalse(destinations.contains(Endpoint.of(SystemSlots.VM, 0)),
        "vm is no destination of rs");
    assertFalse(rs.bootPrivilege("tty").destinations().contains(Endpoint.of(SystemSlots.ATA, 0)),
        "only RS's own privilege has the spare slots");
  }

  @Test
  void aScriptDecidesInsteadOfRsAndRsRestartsItselfWhenPmCannotTakeTheJob() throws Exception {
    List<Message> jobs = new ArrayList<>();
    FakeSystemCalls.Responder peers = sys.responder;
    int[] answer = {Errno.OK_VALUE};
    sys.responder = (destination, message) -> {
      if (destination == SystemSlots.PM && message.type() == PmCalls.RUN_SCRIPT) {
        int[] words = new int[Message.WORDS];
        message.copyTo(words);
        Message copy = new Message();
        copy.copyFrom(words);
        jobs.add(copy);
        message.clear();
        message.setType(answer[0]);
      } else if (peers != null) {
        peers.answer(destination, message);
      }
    };
    death(Endpoint.of(TTY, 0));
    sys.deliver(labelled(RsCalls.LIST, "").setPayload(0, 6));
    sys.deliver(labelled(RsCalls.REFRESH, "tty"));
    sys.then(() -> answer[0] = Errno.EAGAIN.wireValue());
    death(Endpoint.of(TTY, 1));
    run(policyWithTtyRestart("restart always script /etc/rs/restart.sh;"));
    Message job = jobs.get(0);
    StringBuilder path = new StringBuilder();
    for (int b = 0; b < PmCalls.SCRIPT_PATH_BYTES; b++) {
      int c = (job.payload(b / 4) >>> (8 * (b % 4))) & 0xFF;
      if (c == 0) {
        break;
      }
      path.append((char) c);
    }
    assertEquals("/etc/rs/restart.sh", path.toString());
    assertEquals("tty", LabelWords.get(job, PmCalls.SCRIPT_PATH_BYTES / 4));
    assertEquals(RsCalls.REASON_CRASH, job.payload(12));
    assertEquals(1, job.payload(13));
    assertEquals(2, jobs.get(1).payload(13), "every failure counts, a refresh forgets none");
    assertTrue(sys.log.contains("diagnostic rs: tty failed (crash, signal 6), script "
        + "/etc/rs/restart.sh tty crash 1: left to the script"), String.valueOf(sys.log));
    assertEquals(RsCalls.STATE_DOWN, sys.sentTo(USER).get(0).payload(6), "RS left it down");
    assertTrue(sys.log.contains("diagnostic rs: tty failed (crash, signal 6), script "
        + "/etc/rs/restart.sh not started (EAGAIN), restart in 100 ms"));
    assertEquals(List.of("spawn " + TTY), sys.log.stream()
        .filter(line -> line.startsWith("spawn")).toList(), "only the refresh spawned it");
  }

  @Test
  void scriptSetsAndClearsAServicesScriptForRootOnly() throws Exception {
    Message set = labelled(RsCalls.SCRIPT, "tty");
    Restarts.putText(set, 4, "/etc/rs/restart.sh", PmCalls.SCRIPT_PATH_BYTES);
    Message relative = labelled(RsCalls.SCRIPT, "tty");
    Restarts.putText(relative, 4, "restart.sh", PmCalls.SCRIPT_PATH_BYTES);
    callerUid = 100;
    sys.deliver(set);
    sys.then(() -> callerUid = 0);
    sys.deliver(relative);
    sys.deliver(set);
    sys.deliver(labelled(RsCalls.SCRIPT, "vm"));
    sys.deliver(labelled(RsCalls.SCRIPT, "tty"));
    run(ReincarnationServerTest.policy());
    assertEquals(List.of(Errno.EPERM.wireValue(), Errno.EINVAL.wireValue(), Errno.OK_VALUE,
        Errno.EPERM.wireValue(), Errno.OK_VALUE), results());
    assertTrue(sys.log.contains("diagnostic rs: tty script /etc/rs/restart.sh"));
    assertTrue(sys.log.contains("diagnostic rs: tty script none: RS restarts it"));
  }
}

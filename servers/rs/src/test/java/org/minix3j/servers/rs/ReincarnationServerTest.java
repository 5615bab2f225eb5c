package org.minix3j.servers.rs;

import org.minix3j.abi.testing.FakeSystemCalls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.MemoryRange;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.protocol.DsCalls;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.servers.rs.policy.PolicyFile;

class ReincarnationServerTest {
  static <T> T present(@Nullable T value) {
    if (value == null) {
      throw new AssertionError("missing");
    }
    return value;
  }

  private static final Map<String, MemoryRange> MEMORY =
      Map.of("pool", new MemoryRange(0x200000, 0x5E00000), "ramdisk", new MemoryRange(0x6000000, 0x2000000));

  private final FakeSystemCalls sys = new FakeSystemCalls(SystemSlots.RS);
  private final List<String> published = new ArrayList<>();
  private final List<Integer> deaths = new ArrayList<>();
  /** For each PUBLISH, whether the endpoint published had its privilege already. */
  private final List<Boolean> privilegedWhenPublished = new ArrayList<>();
  private int callerUid;

  static Map<String, Integer> bootServices() {
    Map<String, Integer> services = new LinkedHashMap<>();
    services.put("rs", SystemSlots.RS);
    services.put("ds", SystemSlots.DS);
    services.put("pm", SystemSlots.PM);
    services.put("vm", SystemSlots.VM);
    services.put("vfs", SystemSlots.VFS);
    services.put("mfs", SystemSlots.MFS);
    services.put("tty", SystemSlots.TTY);
    services.put("memory", SystemSlots.MEMORY);
    return services;
  }

  static String policy() throws Exception {
    try (InputStream in = PolicyFile.class.getResourceAsStream(PolicyFile.RESOURCE)) {
      if (in == null) {
        throw new AssertionError("no policy resource");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private ReincarnationServer server() throws Exception {
    return new ReincarnationServer(new RsConfig(policy(), "system.conf", bootServices(), MEMORY));
  }

  /** DS and PM as RS meets them. */
  private void answerAsPeers() {
    sys.responder = (destination, message) -> {
      if (destination == SystemSlots.DS && message.type() == DsCalls.PUBLISH) {
        byte[] key = sys.grant(SystemSlots.RS, message.payload(0)).bytes();
        published.add(new String(key, 0, message.payload(1), StandardCharsets.US_ASCII)
            + "=" + message.payload(3) + (message.payload(2) == DsCalls.KIND_LABEL ? "" : "?")
            + (message.payload(6) == DsCalls.OVERWRITE ? "" : "!"));
        privilegedWhenPublished.add(sys.privileges.containsKey(message.payload(3))
            || message.payload(3) == SystemSlots.RS);
        message.clear();
        message.setType(0);
      } else if (destination == SystemSlots.PM && message.type() == PmCalls.SERVICE_DIED) {
        int dead = deaths.isEmpty() ? Errno.ESRCH.wireValue() : deaths.remove(0);
        message.clear();
        message.setType(dead).setPayload(0, Signals.SIGSEGV);
      } else if (destination == SystemSlots.PM && message.type() == PmCalls.GETEPINFO) {
        message.clear();
        message.setType(42).setPayload(0, callerUid);
      } else {
        message.clear();
        message.setType(Errno.ENOSYS.wireValue());
      }
    };
  }

  @Test
  void startGivesPrivilegesFirstThenPublishesLabelsAndMajors() throws Exception {
    answerAsPeers();
    sys.run(server());
    assertEquals(List.of(SystemSlots.PM, SystemSlots.VFS, SystemSlots.DS, SystemSlots.VM,
        SystemSlots.MFS, SystemSlots.TTY, SystemSlots.MEMORY, SystemSlots.INIT), sys.privctlOrder,
        "slot order, RS itself left out, init last");
    assertEquals(List.of("pm=2", "vfs=3", "rs=4", "ds=5", "vm=6", "mfs=7", "tty=8", "memory=9",
        "driver.major.4=8", "driver.major.1=9"), published);
    assertTrue(sys.sent.get(0).sendrec());
    assertEquals(SystemSlots.DS, sys.sent.get(0).destination());
    assertTrue(sys.grants.isEmpty(), "the key grant is revoked");

    ServicePrivilege tty = present(sys.privileges.get(SystemSlots.TTY));
    assertEquals(List.of(SystemSlots.VFS, SystemSlots.PM, SystemSlots.DS, SystemSlots.RS),
        tty.destinations());
    assertEquals(List.of(4), tty.irqLines());
    assertTrue(tty.calls().contains(KernelCall.SYS_DEVIO));
    assertFalse(tty.calls().contains(KernelCall.SYS_PHYSCOPY));
    ServicePrivilege init = present(sys.privileges.get(SystemSlots.INIT));
    assertEquals(List.of(IpcFunction.SENDREC), init.primitives());
    assertEquals(List.of(SystemSlots.PM, SystemSlots.VFS, SystemSlots.RS, SystemSlots.DS),
        init.destinations());
    assertTrue(init.calls().isEmpty());
    assertEquals(List.of(MEMORY.get("ramdisk")), present(sys.privileges.get(SystemSlots.MEMORY)).memory());
  }

  @Test
  void listShowsTheTableAndARestartNeverServiceLeftDownByItsDeath() throws Exception {
    answerAsPeers();
    deaths.add(SystemSlots.VM);
    int user = SystemSlots.FIRST_USER + 1;
    sys.deliver(FakeSystemCalls.from(user, RsCalls.LIST, 0))
        .deliver(FakeSystemCalls.from(SystemSlots.PM, Notification.TYPE))
        .deliver(FakeSystemCalls.from(user, RsCalls.LIST, 4))
        .deliver(FakeSystemCalls.from(user, RsCalls.LIST, 8))
        .deliver(FakeSystemCalls.from(user, RsCalls.LIST, -1))
        .deliver(FakeSystemCalls.from(user, 1234));
    sys.run(server());
    List<Message> replies = sys.sentTo(user);
    assertEquals(0, replies.get(0).type());
    assertEquals("pm", LabelWords.get(replies.get(0), 0));
    assertEquals(SystemSlots.PM, replies.get(0).payload(4));
    assertEquals(RsCalls.STATE_UP, replies.get(0).payload(6));
    assertEquals(4, replies.get(1).type());
    assertEquals("vm", LabelWords.get(replies.get(1), 0));
    assertEquals(RsCalls.STATE_DOWN, replies.get(1).payload(6));
    assertEquals(0, replies.get(1).payload(5));
    assertEquals(Errno.ESRCH.wireValue(), replies.get(2).type());
    assertEquals(Errno.EINVAL.wireValue(), replies.get(3).type());
    assertEquals(Errno.ENOSYS.wireValue(), replies.get(4).type());
    long asked = sys.sentTo(SystemSlots.PM).stream()
        .filter(m -> m.type() == PmCalls.SERVICE_DIED).count();
    assertEquals(2, asked, "until ESRCH");
    assertFalse(sys.log.stream().anyMatch(line -> line.startsWith("spawn")), "never restarted");
    assertTrue(sys.log.contains("diagnostic rs: vm failed (crash, signal 11), restart never: left down"),
        String.valueOf(sys.log));
  }

  @Test
  void aCrashedDriverIsSpawnedGivenItsPrivilegeThenPublishedWithItsMajor() throws Exception {
    answerAsPeers();
    deaths.add(SystemSlots.TTY);
    int user = SystemSlots.FIRST_USER + 1;
    sys.deliver(FakeSystemCalls.from(SystemSlots.PM, Notification.TYPE))
        .deliver(FakeSystemCalls.from(user, RsCalls.LIST, 6))
        .then(() -> sys.ticks += 10)
        .deliver(FakeSystemCalls.from(Notification.CLOCK, Notification.TYPE))
        .deliver(FakeSystemCalls.from(user, RsCalls.LIST, 6));
    published.clear();
    sys.run(server());
    int fresh = Endpoint.of(SystemSlots.TTY, 1);
    assertEquals(List.of("tty=" + fresh, "driver.major.4=" + fresh),
        published.subList(published.size() - 2, published.size()));
    assertTrue(privilegedWhenPublished.stream().allMatch(b -> b), "privilege before publication");
    ServicePrivilege tty = present(sys.privileges.get(fresh));
    assertEquals(List.of(SystemSlots.VFS, SystemSlots.PM, SystemSlots.DS, SystemSlots.RS),
        tty.destinations());
    assertEquals(List.of(4), tty.irqLines());
    assertEquals(fresh, sys.privctlOrder.get(sys.privctlOrder.size() - 1));
    int spawned = sys.log.indexOf("spawn " + SystemSlots.TTY);
    assertTrue(spawned >= 0, String.valueOf(sys.log));
    assertEquals("diagnostic rs: restarted tty, endpoint 8.1 (crash, restart 1, after 100 ms)",
        sys.log.get(spawned + 1));
    assertTrue(sys.log.contains("diagnostic rs: tty failed (crash, signal 11), restart in 100 ms"),
        String.valueOf(sys.log));
    assertFalse(sys.log.stream().anyMatch(line -> line.startsWith("exit")), "it was dead already");
    assertTrue(sys.grants.isEmpty(), "the key grant is revoked");
    Message waiting = sys.sentTo(user).get(0);
    assertEquals(RsCalls.STATE_BACKOFF, waiting.payload(6), "the first failure waits one period");
    assertEquals(RsCalls.REASON_CRASH, waiting.payload(7));
    assertEquals(1, waiting.payload(8));
    assertEquals(100, waiting.payload(9));
    assertEquals(Signals.SIGSEGV, waiting.payload(10));
    Message row = sys.sentTo(user).get(1);
    assertEquals("tty", LabelWords.get(row, 0));
    assertEquals(fresh, row.payload(4));
    assertEquals(1, row.payload(5));
    assertEquals(RsCalls.STATE_UP, row.payload(6));
  }

  @Test
  void restartEndsTheServiceItselfAndAStaleReportOfTheOldEndpointRestartsNothing()
      throws Exception {
    answerAsPeers();
    int user = SystemSlots.FIRST_USER + 2;
    Message restartMemory = FakeSystemCalls.from(user, RsCalls.RESTART);
    LabelWords.put(restartMemory, 0, "memory");
    int old = Endpoint.of(SystemSlots.MEMORY, 0);
    int first = Endpoint.of(SystemSlots.MEMORY, 1);
    int second = Endpoint.of(SystemSlots.MEMORY, 2);
    sys.deliver(restartMemory)
        .then(() -> deaths.add(old))
        .deliver(FakeSystemCalls.from(SystemSlots.PM, Notification.TYPE))
        .deliver(FakeSystemCalls.from(user, RsCalls.LIST, 7))
        .then(() -> deaths.add(first))
        .deliver(FakeSystemCalls.from(SystemSlots.PM, Notification.TYPE))
        .then(() -> sys.ticks += 10)
        .deliver(FakeSystemCalls.from(Notification.CLOCK, Notification.TYPE))
        .deliver(FakeSystemCalls.from(user, RsCalls.LIST, 7));
    sys.run(server());
    List<Message> replies = sys.sentTo(user);
    assertEquals(Errno.OK_VALUE, replies.get(0).type());
    assertEquals(first, replies.get(1).payload(4), "the stale report left the new copy alone");
    assertEquals(1, replies.get(1).payload(5));
    assertEquals(second, replies.get(2).payload(4), "a death of the current copy restarts it");
    assertEquals(2, replies.get(2).payload(5));
    List<String> steps = sys.log.stream()
        .filter(line -> line.startsWith("exit") || line.startsWith("spawn")
            || line.startsWith("diagnostic rs: restarted"))
        .toList();
    assertEquals(List.of("exit " + old, "spawn 9",
        "diagnostic rs: restarted memory, endpoint 9.1 (refresh, restart 1, after 0 ms)", "spawn 9",
        "diagnostic rs: restarted memory, endpoint 9.2 (crash, restart 2, after 100 ms)"), steps);
    assertTrue(published.contains("driver.major.1=" + second));
  }

  @Test
  void restartIsRootOnlyAndRefusedForRestartNeverServices() throws Exception {
    answerAsPeers();
    int user = SystemSlots.FIRST_USER + 2;
    Message restartTty = FakeSystemCalls.from(user, RsCalls.RESTART);
    LabelWords.put(restartTty, 0, "tty");
    Message restartNobody = FakeSystemCalls.from(user, RsCalls.RESTART);
    LabelWords.put(restartNobody, 0, "nobody");
    Message restartPm = FakeSystemCalls.from(user, RsCalls.RESTART);
    LabelWords.put(restartPm, 0, "pm");
    callerUid = 100;
    sys.deliver(restartTty)
        .then(() -> callerUid = 0)
        .deliver(restartNobody)
        .deliver(restartPm);
    sys.run(server());
    List<Message> replies = sys.sentTo(user);
    assertEquals(Errno.EPERM.wireValue(), replies.get(0).type());
    assertEquals(Errno.ESRCH.wireValue(), replies.get(1).type());
    assertEquals(Errno.EPERM.wireValue(), replies.get(2).type());
    assertFalse(sys.log.stream().anyMatch(line -> line.startsWith("exit") || line.startsWith("spawn")));
    Message question = sys.sentTo(SystemSlots.PM).get(0);
    assertEquals(PmCalls.GETEPINFO, question.type());
    assertEquals(user, question.payload(0));
  }

  @Test
  void aFailedSpawnLeavesTheServiceDownAndSaysSo() throws Exception {
    answerAsPeers();
    deaths.add(SystemSlots.MEMORY);
    sys.spawnError = Errno.EBUSY.wireValue();
    int user = SystemSlots.FIRST_USER + 1;
    sys.deliver(FakeSystemCalls.from(SystemSlots.PM, Notification.TYPE))
        .deliver(FakeSystemCalls.from(Notification.CLOCK, Notification.TYPE))
        .deliver(FakeSystemCalls.from(user, RsCalls.LIST, 7));
    sys.run(server());
    Message row = sys.sentTo(user).get(0);
    assertEquals(RsCalls.STATE_DOWN, row.payload(6));
    assertEquals(0, row.payload(5));
    assertTrue(sys.log.contains("diagnostic rs: restart of memory failed at spawn: EBUSY; left down"),
        String.valueOf(sys.log));
  }

  @Test
  void aBootServiceWithoutPolicyOrABadFileStopsTheBoot() throws Exception {
    Map<String, Integer> services = bootServices();
    services.put("unlisted", SystemSlots.FIRST_USER - 1);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> new ReincarnationServer(new RsConfig(policy(), "system.conf", services, MEMORY)));
    assertEquals("system.conf: no policy for boot service 'unlisted'", missing.getMessage());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> new ReincarnationServer(new RsConfig(policy(), "system.conf", bootServices(), Map.of())));
    assertTrue(String.valueOf(bad.getMessage()).startsWith("system.conf:"), String.valueOf(bad.getMessage()));
    assertTrue(String.valueOf(bad.getMessage()).contains("unknown memory region 'pool'"), String.valueOf(bad.getMessage()));
  }

  @Test
  void failedStepsGoToTheLog() throws Exception {
    sys.responder = (destination, message) -> {
      message.clear();
      message.setType(Errno.EPERM.wireValue());
    };
    sys.run(server());
    List<String> diagnostics =
        sys.log.stream().filter(line -> line.startsWith("diagnostic")).toList();
    assertEquals("diagnostic rs: publish of pm failed: EPERM", diagnostics.get(0));
    assertEquals(10, diagnostics.size(), "eight labels, two majors");
  }

  @Test
  void bootPrivilegeOfRsForTheBootImage() throws Exception {
    ServicePrivilege rs = server().bootPrivilege("rs");
    assertTrue(rs.calls().contains(KernelCall.SYS_PRIVCTL));
    assertEquals(SystemSlots.DS, rs.destinations().get(0));
    assertEquals(SystemSlots.PM, rs.destinations().get(1));
  }
}

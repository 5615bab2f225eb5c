package org.minix3j.servers.rs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.protocol.DsCalls;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.RsCalls;
import org.minix3j.abi.testing.FakeSystemCalls;

/**
 * RS's repair machinery (spec/Recovery.tla's RSPeriod, RSKillHung, RSReap, RSRestart): pings
 * and their answers, a missed ping killing the service, the back-off of repeated failures, giving
 * up past the limit, the reasons, and DOWN/REFRESH. The fake clock runs at 100 ticks a second;
 * each period the script moves it 10 ticks (RS's period is the 100 ms heartbeat of the boot
 * policy) and delivers the CLOCK notification.
 */
class RepairTest {
  private static final Map<String, MemoryRange> MEMORY =
      Map.of("pool", new MemoryRange(0x200000, 0x5E00000), "ramdisk", new MemoryRange(0x6000000, 0x2000000));
  private static final int USER = SystemSlots.FIRST_USER + 3;
  private static final int TTY = SystemSlots.TTY;
  private static final int MEMORY_SLOT = SystemSlots.MEMORY;

  private final FakeSystemCalls sys = new FakeSystemCalls(SystemSlots.RS);
  private final List<Integer> deaths = new ArrayList<>();
  private final List<Integer> deathSignals = new ArrayList<>();
  private int callerUid;

  RepairTest() {
    sys.responder = (destination, message) -> {
      if (destination == SystemSlots.PM && message.type() == PmCalls.SERVICE_DIED) {
        int dead = deaths.isEmpty() ? Errno.ESRCH.wireValue() : deaths.remove(0);
        int signal = deathSignals.isEmpty() ? Signals.SIGSEGV : deathSignals.remove(0);
        message.clear();
        message.setType(dead).setPayload(0, signal);
      } else if (destination == SystemSlots.PM && message.type() == PmCalls.GETEPINFO) {
        message.clear();
        message.setType(7).setPayload(0, callerUid);
      } else if (destination == SystemSlots.DS && message.type() == DsCalls.PUBLISH) {
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

  private void run() throws Exception {
    run(ReincarnationServerTest.policy());
  }

  /** One RS period: the clock moves 10 ticks, a marker goes to the log, CLOCK arrives. */
  private FakeSystemCalls period() {
    return sys.then(() -> {
      sys.ticks += 10;
      sys.log.add("period");
    }).deliver(FakeSystemCalls.from(Notification.CLOCK, Notification.TYPE));
  }

  private FakeSystemCalls periods(int count) {
    for (int i = 0; i < count; i++) {
      period();
    }
    return sys;
  }

  /** PM reports the death of {@code endpoint} by {@code signal}. */
  private FakeSystemCalls death(int endpoint, int signal) {
    return sys.then(() -> {
      deaths.add(endpoint);
      deathSignals.add(signal);
    }).deliver(FakeSystemCalls.from(SystemSlots.PM, Notification.TYPE));
  }

  private FakeSystemCalls answer(int endpoint) {
    return sys.deliver(FakeSystemCalls.from(endpoint, Notification.TYPE));
  }

  private FakeSystemCalls list(int index) {
    return sys.deliver(FakeSystemCalls.from(USER, RsCalls.LIST, index));
  }

  private static Message labelled(int type, String label) {
    Message message = FakeSystemCalls.from(USER, type);
    LabelWords.put(message, 0, label);
    return message;
  }

  private List<String> diagnostics() {
    return sys.log.stream().filter(line -> line.startsWith("diagnostic")).toList();
  }

  /** The number of periods between each failure's log line and the spawn that follows it. */
  private List<Integer> periodsBeforeEachSpawn() {
    List<Integer> waits = new ArrayList<>();
    int counted = -1;
    for (String line : sys.log) {
      if (line.startsWith("diagnostic rs: tty failed")) {
        counted = 0;
      } else if (line.equals("period") && counted >= 0) {
        counted++;
      } else if (line.equals("spawn " + TTY) && counted >= 0) {
        waits.add(counted);
        counted = -1;
      }
    }
    return waits;
  }

  /** The kernel's NOTIFY that a Java service died, with its death record for {@code endpoint}. */
  private FakeSystemCalls kernelNotice(int endpoint, String record) {
    return sys.then(() -> sys.deathRecords.put(endpoint, record))
        .deliver(FakeSystemCalls.from(Notification.HARDWARE, Notification.TYPE));
  }

  @Test
  void theKernelsNoticeOfADeathIsEnoughWithoutPm() throws Exception {
    kernelNotice(Endpoint.of(TTY, 0), "exception IllegalStateException: jam\n");
    period();            // the back-off (100 ms, one period) ran out: restarted
    run();
    assertTrue(diagnostics().contains("diagnostic rs: tty failed (crash: "
        + "IllegalStateException: jam, signal " + KernelSignal.SIGABRT
        + "), restart in 100 ms"), String.valueOf(diagnostics()));
    assertEquals(1, sys.log.stream().filter(line -> line.equals("spawn " + TTY)).count());
  }

  @Test
  void aDeathToldByBothTheKernelAndPmIsRepairedOnce() throws Exception {
    int tty = Endpoint.of(TTY, 0);
    kernelNotice(tty, "returned\n");
    death(tty, KernelSignal.EXITED); // PM's report of the same instance: stale by now
    period();
    run();
    assertTrue(diagnostics().contains("diagnostic rs: tty failed (panic), restart in 100 ms"),
        String.valueOf(diagnostics()));
    assertEquals(1, diagnostics().stream().filter(line -> line.contains("tty failed")).count());
    assertEquals(1, sys.log.stream().filter(line -> line.equals("spawn " + TTY)).count());
  }

  @Test
  void theAlarmIsArmedForTheSmallestHeartbeatAndReArmedEachPeriod() throws Exception {
    periods(2);
    run();
    assertEquals(List.of("alarm 10", "period", "alarm 10", "period", "alarm 10"),
        sys.log.stream().filter(line -> line.startsWith("alarm") || line.equals("period")).toList());
  }

  @Test
  void servicesThatAnswerArePingedEachPeriodAndOneThatMissesIsKilledAndRestarted()
      throws Exception {
    int tty = Endpoint.of(TTY, 0);
    int memory = Endpoint.of(MEMORY_SLOT, 0);
    period();            // ping both
    answer(tty);         // only tty answers
    period();            // tty pinged again; memory missed a whole period: killed
    answer(tty);
    list(7);
    period();            // memory's back-off (100 ms, one period) ran out: restarted
    answer(tty);
    period();            // the new memory is pinged
    list(7);
    run();
    assertEquals(List.of(tty, memory, tty, tty, tty, Endpoint.of(MEMORY_SLOT, 1)), sys.notified,
        "only the heartbeat services are pinged, and not again while a ping is unanswered");
    assertFalse(sys.log.contains("exit " + tty), "tty answered");
    assertEquals(1, sys.log.stream().filter(line -> line.equals("exit " + memory)).count());
    assertTrue(diagnostics().contains("diagnostic rs: memory failed (heartbeat), restart in 100 ms"),
        String.valueOf(sys.log));
    assertTrue(diagnostics().contains(
        "diagnostic rs: restarted memory, endpoint 9.1 (heartbeat, restart 1, after 100 ms)"),
        String.valueOf(sys.log));
    List<Message> rows = sys.sentTo(USER);
    assertEquals(RsCalls.STATE_BACKOFF, rows.get(0).payload(6));
    assertEquals(RsCalls.REASON_HEARTBEAT, rows.get(0).payload(7));
    assertEquals(0, rows.get(0).payload(10), "a heartbeat kill has no signal");
    assertEquals(RsCalls.STATE_UP, rows.get(1).payload(6));
    assertEquals(Endpoint.of(MEMORY_SLOT, 1), rows.get(1).payload(4));
    assertEquals(1, rows.get(1).payload(5));
    assertEquals(RsCalls.REASON_HEARTBEAT, rows.get(1).payload(7));
    assertEquals(1, rows.get(1).payload(8));
  }

  @Test
  void anAnswerFromAStaleEndpointOrANonServiceChangesNothing() throws Exception {
    period();
    answer(Endpoint.of(MEMORY_SLOT, 3));   // not memory's endpoint now
    answer(SystemSlots.FIRST_USER);        // a user process
    period();
    run();
    assertTrue(sys.log.contains("exit " + Endpoint.of(MEMORY_SLOT, 0)), String.valueOf(sys.log));
    assertTrue(sys.log.contains("exit " + Endpoint.of(TTY, 0)), String.valueOf(sys.log));
  }

  @Test
  void repeatedFailuresBackOffOneTwoFourPeriodsUpToTheCap() throws Exception {
    for (int generation = 0; generation < 5; generation++) {
      death(Endpoint.of(TTY, generation), Signals.SIGSEGV);
      for (int i = 0; i < 6; i++) {
        period();
        answer(Endpoint.of(TTY, generation + 1)); // the new copy answers its pings
        answer(Endpoint.of(MEMORY_SLOT, 0));
      }
    }
    run(policyWithTtyRestart("restart always backoff 100 2 400;"));
    assertEquals(List.of(1, 2, 4, 4, 4), periodsBeforeEachSpawn(), String.valueOf(sys.log));
    List<String> restarted = diagnostics().stream()
        .filter(line -> line.startsWith("diagnostic rs: restarted tty")).toList();
    assertEquals(List.of(
        "diagnostic rs: restarted tty, endpoint 8.1 (crash, restart 1, after 100 ms)",
        "diagnostic rs: restarted tty, endpoint 8.2 (crash, restart 2, after 200 ms)",
        "diagnostic rs: restarted tty, endpoint 8.3 (crash, restart 3, after 400 ms)",
        "diagnostic rs: restarted tty, endpoint 8.4 (crash, restart 4, after 400 ms)",
        "diagnostic rs: restarted tty, endpoint 8.5 (crash, restart 5, after 400 ms)"), restarted);
    assertTrue(diagnostics().contains("diagnostic rs: tty failed (crash, signal 11), restart in 400 ms"));
  }

  @Test
  void aServiceThatStaysUpForAWhileStartsItsBackoffFromTheBeginning() throws Exception {
    death(Endpoint.of(TTY, 0), Signals.SIGSEGV);
    period();            // restarted after one period
    death(Endpoint.of(TTY, 1), Signals.SIGSEGV);
    periods(2);          // second failure in a row: two periods
    list(6);
    for (int i = 0; i < 11; i++) { // up for 1.1 s, longer than the 400 ms cap and a second
      period();
      answer(Endpoint.of(TTY, 2));
      answer(Endpoint.of(MEMORY_SLOT, 0));
    }
    list(6);
    death(Endpoint.of(TTY, 2), Signals.SIGSEGV);
    periods(1);
    run(policyWithTtyRestart("restart always backoff 100 2 400;"));
    assertEquals(List.of(1, 2, 1), periodsBeforeEachSpawn(), String.valueOf(sys.log));
    List<Message> rows = sys.sentTo(USER);
    assertEquals(2, rows.get(0).payload(8));
    assertEquals(0, rows.get(1).payload(8), "the count starts again");
  }

  @Test
  void aServiceThatFailsPastItsLimitIsGivenUpAndLeftDown() throws Exception {
    death(Endpoint.of(TTY, 0), Signals.SIGSEGV);
    period();
    death(Endpoint.of(TTY, 1), Signals.SIGILL);
    periods(2);
    death(Endpoint.of(TTY, 2), Signals.SIGSEGV);
    periods(10);
    list(6);
    run(policyWithTtyRestart("restart always limit 2 backoff 100 2 400;"));
    assertEquals(List.of(1, 2), periodsBeforeEachSpawn(), "no third restart");
    assertEquals(2, sys.log.stream().filter(line -> line.equals("spawn " + TTY)).count());
    assertTrue(diagnostics().contains("diagnostic rs: tty failed (crash, signal 11), "
        + "3 failures in a row, limit 2: given up, left down"), String.valueOf(sys.log));
    Message row = sys.sentTo(USER).get(0);
    assertEquals(RsCalls.STATE_DOWN, row.payload(6));
    assertEquals(RsCalls.REASON_CRASH, row.payload(7));
    assertEquals(3, row.payload(8));
    assertEquals(0, row.payload(9));
    assertFalse(sys.notified.contains(Endpoint.of(TTY, 2)) && sys.notified.lastIndexOf(
        Endpoint.of(TTY, 2)) > sys.log.indexOf("diagnostic rs: tty failed (crash, signal 11), "
        + "3 failures in a row, limit 2: given up, left down"), "a given-up service is not pinged");
  }

  @Test
  void aBodyThatReturnedIsAPanicAndAnExceptionACrash() throws Exception {
    death(Endpoint.of(TTY, 0), KernelSignal.EXITED);
    list(6);
    period();
    death(Endpoint.of(MEMORY_SLOT, 0), KernelSignal.SIGABRT);
    list(7);
    run();
    assertTrue(diagnostics().contains("diagnostic rs: tty failed (panic), restart in 100 ms"),
        String.valueOf(sys.log));
    assertTrue(diagnostics().contains(
        "diagnostic rs: restarted tty, endpoint 8.1 (panic, restart 1, after 100 ms)"));
    assertTrue(diagnostics().contains("diagnostic rs: memory failed (crash, signal 6), restart in 100 ms"));
    List<Message> rows = sys.sentTo(USER);
    assertEquals(RsCalls.REASON_PANIC, rows.get(0).payload(7));
    assertEquals(RsCalls.REASON_CRASH, rows.get(1).payload(7));
    assertEquals(KernelSignal.SIGABRT, rows.get(1).payload(10));
  }

  @Test
  void downAndRefreshAreForRootOnlyAndNeverForRestartNeverServices() throws Exception {
    callerUid = 100;
    sys.deliver(labelled(RsCalls.DOWN, "tty"))
        .deliver(labelled(RsCalls.REFRESH, "tty"))
        .then(() -> callerUid = 0)
        .deliver(labelled(RsCalls.DOWN, "pm"))
        .deliver(labelled(RsCalls.REFRESH, "vfs"))
        .deliver(labelled(RsCalls.DOWN, "nobody"))
        .deliver(labelled(RsCalls.REFRESH, "nobody"));
    run();
    List<Integer> results = sys.sentTo(USER).stream().map(Message::type).toList();
    int eperm = Errno.EPERM.wireValue();
    int esrch = Errno.ESRCH.wireValue();
    assertEquals(List.of(eperm, eperm, eperm, eperm, esrch, esrch), results);
    assertFalse(sys.log.stream().anyMatch(line -> line.startsWith("exit") || line.startsWith("spawn")));
    assertEquals(PmCalls.GETEPINFO, sys.sentTo(SystemSlots.PM).get(0).type());
  }

  @Test
  void downStopsAServiceForGoodAndRefreshBringsItBackAtOnce() throws Exception {
    sys.deliver(labelled(RsCalls.DOWN, "tty"));
    list(6);
    for (int i = 0; i < 5; i++) {
      period();
      answer(Endpoint.of(MEMORY_SLOT, 0));
    }
    sys.deliver(labelled(RsCalls.DOWN, "tty"));
    sys.deliver(labelled(RsCalls.REFRESH, "tty"));
    list(6);
    run();
    List<Message> replies = sys.sentTo(USER);
    assertEquals(Errno.OK_VALUE, replies.get(0).type());
    assertEquals(RsCalls.STATE_DOWN, replies.get(1).payload(6));
    assertEquals(RsCalls.REASON_KILLED, replies.get(1).payload(7));
    assertEquals(0, replies.get(1).payload(8), "a stop is not a failure in a row");
    assertEquals(Errno.OK_VALUE, replies.get(2).type(), "down twice is fine");
    assertEquals(Errno.OK_VALUE, replies.get(3).type());
    Message row = replies.get(4);
    assertEquals(RsCalls.STATE_UP, row.payload(6));
    assertEquals(Endpoint.of(TTY, 1), row.payload(4));
    assertEquals(1, row.payload(5));
    List<String> steps = sys.log.stream()
        .filter(line -> line.startsWith("exit") || line.startsWith("spawn")
            || line.startsWith("diagnostic rs: restarted") || line.contains("down (killed)"))
        .toList();
    assertEquals(List.of("exit " + Endpoint.of(TTY, 0),
        "diagnostic rs: tty down (killed): stopped on request", "spawn " + TTY,
        "diagnostic rs: restarted tty, endpoint 8.1 (refresh, restart 1, after 0 ms)"), steps);
    assertFalse(sys.notified.contains(Endpoint.of(TTY, 0)), "a stopped service is not pinged");
  }

  @Test
  void refreshOfAServiceInBackoffRestartsItAtOnce() throws Exception {
    death(Endpoint.of(TTY, 0), Signals.SIGSEGV);
    sys.deliver(labelled(RsCalls.REFRESH, "tty"));
    list(6);
    run(policyWithTtyRestart("restart always backoff 5000 2 10000;"));
    assertFalse(sys.log.contains("exit " + Endpoint.of(TTY, 0)), "no instance ran");
    Message row = sys.sentTo(USER).get(1);
    assertEquals(RsCalls.STATE_UP, row.payload(6));
    assertEquals(0, row.payload(8), "a clean restart forgets the failures");
  }

  @Test
  void backoffDelaysAreBaseTimesFactorToTheNCappedAndRoundedUpToPeriods() {
    var policy = new org.minix3j.servers.rs.policy.RestartPolicy(
        org.minix3j.servers.rs.policy.RestartPolicy.Mode.ALWAYS, 0, 150, 3, 2000,
        java.util.Optional.empty());
    assertEquals(List.of(150L, 450L, 1350L, 2000L, 2000L),
        List.of(1, 2, 3, 4, 40).stream().map(n -> Backoff.delayMillis(policy, n)).toList());
    assertEquals(2, Backoff.periods(150, 100));
    assertEquals(0, Backoff.periods(0, 100));
    assertEquals(2000, Backoff.stableMillis(policy));
  }
}

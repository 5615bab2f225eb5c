package org.minix3j.verification.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.protocol.BlockDevice;
import org.minix3j.abi.testing.FakeSystemCalls;

/** The fault wrapper against the shared fake kernel: each kind happens where the plan says. */
class FaultyCallsTest {
  private static final int SELF = 9;
  private static final int CALLER = 7;

  /** A block driver in miniature: every request answered with its length (w5). */
  private static final SystemProcess ECHO = sys -> {
    Message m = new Message();
    while (true) {
      sys.receive(Endpoint.ANY, m);
      Message reply = new Message();
      reply.setType(m.payload(5));
      sys.send(m.source(), reply);
    }
  };

  private static FakeSystemCalls requests(int count) {
    FakeSystemCalls fake = new FakeSystemCalls(SELF);
    for (int i = 0; i < count; i++) {
      fake.deliver(FakeSystemCalls.from(CALLER, BlockDevice.READ, 0, 1024, 0, 5, 0, 1024));
    }
    return fake;
  }

  /** A plan of {@code kind} alone in "memory", its first fault's delay. */
  private static FaultPlan plan(FaultKind kind) {
    return new FaultPlan(7, 1, List.of("memory"), List.of(kind));
  }

  @Test
  void aCrashIsAnExceptionOutOfRunAtThePlannedEntry() {
    FaultPlan plan = plan(FaultKind.CRASH);
    int delay = plan.faults().get(0).delay();
    FaultLedger ledger = new FaultLedger();
    FakeSystemCalls fake = requests(delay);
    SystemProcess wrapped = FaultyService.wrapping(plan, ledger).wrap("memory", ECHO);
    assertThrows(FaultyCalls.InjectedCrash.class, () -> wrapped.run(fake));
    assertEquals(1, ledger.rows(List.of(FaultKind.CRASH)).get(0).injected());
    // entries: a receive and a send per request; the crash comes at entry 'delay'
    assertEquals((delay - 1) / 2, fake.sentTo(CALLER).size());
  }

  @Test
  void aPanicReturnsFromRunAndOtherServicesAreLeftAlone() throws Exception {
    FaultPlan plan = plan(FaultKind.PANIC);
    FaultLedger ledger = new FaultLedger();
    SystemProcess wrapped = FaultyService.wrapping(plan, ledger).wrap("memory", ECHO);
    wrapped.run(requests(plan.faults().get(0).delay())); // returns: no Stop, no crash
    assertEquals(0, plan.remaining());
    assertEquals(ECHO, FaultyService.wrapping(plan, ledger).wrap("tty", ECHO));
  }

  @Test
  void aGarbledReplyIsDetectedWhenTheRequesterAsksAgain() {
    FaultPlan plan = plan(FaultKind.CORRUPT);
    FaultLedger ledger = new FaultLedger();
    FakeSystemCalls fake = requests(plan.faults().get(0).delay() + 4);
    SystemProcess wrapped = FaultyService.wrapping(plan, ledger).wrap("memory", ECHO);
    assertThrows(FakeSystemCalls.Stop.class, () -> wrapped.run(fake));
    List<Message> replies = fake.sentTo(CALLER);
    long garbled = replies.stream().filter(r -> r.type() != 1024).count();
    assertEquals(1, garbled, "exactly one reply garbled");
    assertTrue(replies.stream().allMatch(r -> r.type() >= 0), "a garbled count stays a count");
    KindRow row = ledger.rows(List.of(FaultKind.CORRUPT)).get(0);
    assertEquals(1, row.injected());
    assertEquals(1, row.byRequester(), "the same request came again");
  }

  @Test
  void anIllegalAccessThatTheKernelLetsThroughIsCountedAsNotRefused() {
    FaultPlan plan = plan(FaultKind.ILLEGAL_IPC);
    FaultLedger ledger = new FaultLedger();
    FakeSystemCalls fake = requests(plan.faults().get(0).delay() + 2);
    SystemProcess wrapped = FaultyService.wrapping(plan, ledger).wrap("memory", ECHO);
    assertThrows(FakeSystemCalls.Stop.class, () -> wrapped.run(fake));
    KindRow row = ledger.rows(List.of(FaultKind.ILLEGAL_IPC)).get(0);
    assertEquals(1, row.notRefused(), "the fake kernel refuses nothing");
    assertTrue(row.failing());
    assertEquals(0, plan.remaining());
  }

  @Test
  void theSameSeedPlansTheSameFaultsAndCorruptNeverGoesToTheTerminal() {
    List<String> targets = List.of("memory", "ata", "tty");
    List<FaultKind> kinds = List.of(FaultKind.values());
    FaultPlan one = new FaultPlan(42, 200, targets, kinds);
    assertEquals(one.faults(), new FaultPlan(42, 200, targets, kinds).faults());
    assertNotEquals(one.faults(), new FaultPlan(43, 200, targets, kinds).faults());
    assertTrue(one.faults().stream()
        .noneMatch(f -> f.kind() == FaultKind.CORRUPT && f.target().equals("tty")));
    assertTrue(FaultyCalls.refused(org.minix3j.abi.Errno.ECALLDENIED.wireValue()));
  }
}

package org.minix3j.kernel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.sched.Scheduler;

/**
 * SYS_GETINFO's death record: what the kernel kept of the death of a Java process (what it
 * threw, its IPC state, notifications pending, grants, kernel entries), given only to a caller
 * that may also SYS_SPAWN and only for the dead endpoint; and SYS_SPAWN with a program, a
 * second copy of a boot program in a free system slot.
 */
class DeathRecordCallTest {
  private static final int RS = 2;
  private static final int SERVICE = 3;
  private static final int OTHER = 4;
  private static final int FREE = 5;

  /** RS's death-record call for {@code endpoint}: the text, or the error's name. */
  private static String record(SystemCalls sys, int endpoint) {
    byte[] into = new byte[SystemCalls.DEATH_RECORD_MAX];
    int length = sys.deathRecord(endpoint, into);
    if (length < 0) {
      Errno errno = Errno.fromValue(length);
      return errno == null ? Integer.toString(length) : errno.name();
    }
    return new String(into, 0, length, StandardCharsets.US_ASCII);
  }

  private static void registerRs(LoopFixture f, List<String> seen, int service) {
    f.kernel.privileges().setPrivctlSlot(RS);
    f.loop.setPmSlot(RS);
    f.loop.registerProgram(RS, "rs", 0, Scheduler.DEFAULT_QUANTUM, () -> sys -> {
      Message m = new Message();
      if (sys.receive(Endpoint.ANY, m) != Errno.OK_VALUE || m.source() != Notification.HARDWARE
          || sys.getKernelSignals(m) != Errno.OK_VALUE) {
        throw new AssertionError("expected the crash's kernel signal: " + m);
      }
      seen.add(Integer.toString(m.payload(KernelSignal.ENDPOINT_WORD)));
      seen.add(record(sys, Endpoint.of(service, 0)));
      seen.add(record(sys, Endpoint.of(service, 1)));
      seen.add(record(sys, Endpoint.of(OTHER, 0)));
    });
    f.loop.spawnProgram(RS, LoopFixture.system());
  }

  @Test
  void aCrashIsRecordedWithTheExceptionItsFramesAndTheKernelsStateOfIt() {
    List<String> seen = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.registerProgram(SERVICE, "service", Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, () -> sys -> {
            int unused = sys.grant(Endpoint.of(RS, 0), GrantAccess.READ, new byte[8], 0, 8);
            sys.diagnostic("about to fail");
            throw new IllegalStateException("queue overflow");
          });
      registerRs(f, seen, SERVICE);
      f.loop.spawnProgram(SERVICE, LoopFixture.system());
      f.loop.run(Long.MAX_VALUE);
    }
    assertEquals(Integer.toString(Endpoint.of(SERVICE, 0)), seen.get(0));
    String record = seen.get(1);
    assertTrue(record.startsWith("exception IllegalStateException: queue overflow\n  at "
        + DeathRecordCallTest.class.getName()), record);
    assertTrue(record.contains("\nipc running\n"), record);
    assertTrue(record.contains("\nnotifications pending from none\n"), record);
    assertTrue(record.contains("\ngrants in use 1\n"), record);
    assertTrue(record.contains("\nkernel entries 2\n"), record);
    assertEquals("ESRCH", seen.get(2), "no record of a generation that never died");
    assertEquals("ESRCH", seen.get(3), "no record of a slot whose process never died");
  }

  @Test
  void aProcessEndedWhileBlockedIsRecordedWithItsIpcStateAndWhoEndedIt() {
    List<String> seen = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.kernel.privileges().setPrivctlSlot(RS);
      f.loop.registerProgram(SERVICE, "service", Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, () -> sys -> sys.receive(Endpoint.of(RS, 0), new Message()));
      f.loop.registerProgram(RS, "rs", Scheduler.SYSTEM_QUEUE - 1, Scheduler.DEFAULT_QUANTUM,
          () -> sys -> {
            sys.receive(Endpoint.ANY, new Message()); // the go below: the service is blocked
            seen.add(Integer.toString(sys.exit(Endpoint.of(SERVICE, 0))));
            seen.add(record(sys, Endpoint.of(SERVICE, 0)));
          });
      f.loop.spawnProgram(RS, LoopFixture.system());
      f.loop.spawnProgram(SERVICE, LoopFixture.system());
      f.java(FREE, "go", sys -> {
        sys.notify(Endpoint.of(SERVICE, 0)); // pending: the service waits for RS only
        sys.notify(Endpoint.of(RS, 0));
      });
      f.loop.run(Long.MAX_VALUE);
    }
    assertEquals(Integer.toString(Errno.OK_VALUE), seen.get(0));
    assertEquals("ended by " + Endpoint.describe(Endpoint.of(RS, 0)) + "\n"
        + "ipc receiving from " + Endpoint.describe(Endpoint.of(RS, 0)) + "\n"
        + "notifications pending from " + FREE + "\n"
        + "grants in use 0\n"
        + "kernel entries 1\n", seen.get(1));
  }

  @Test
  void onlyACallerThatMaySpawnGetsARecord() {
    List<String> seen = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.registerProgram(SERVICE, "service", Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, () -> sys -> {
            throw new IllegalStateException("gone");
          });
      f.loop.spawnProgram(SERVICE, LoopFixture.system());
      f.loop.spawnJava(OTHER, "getinfo-only",
          LoopFixture.system(~(KernelCall.SYS_SPAWN.maskBit() | KernelCall.SYS_PRIVCTL.maskBit()),
              List.of(), List.of()),
          Scheduler.SYSTEM_QUEUE + 1, Scheduler.DEFAULT_QUANTUM,
          sys -> seen.add(record(sys, Endpoint.of(SERVICE, 0))));
      f.loop.spawnJava(FREE, "no-getinfo",
          LoopFixture.system(~(KernelCall.SYS_GETINFO.maskBit() | KernelCall.SYS_PRIVCTL.maskBit()),
              List.of(), List.of()),
          Scheduler.SYSTEM_QUEUE + 1, Scheduler.DEFAULT_QUANTUM,
          sys -> seen.add(record(sys, Endpoint.of(SERVICE, 0))));
      f.loop.run(Long.MAX_VALUE);
    }
    assertEquals(List.of("EPERM", "ECALLDENIED"), seen);
  }

  @Test
  void aSecondCopyOfAProgramRunsInAFreeSystemSlotAndNeverInAnotherProgramsOrAUserSlot() {
    List<Integer> results = new ArrayList<>();
    List<Integer> copies = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.registerProgram(SERVICE, "service", Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, () -> sys -> copies.add(sys.endpoint()));
      f.loop.registerProgram(OTHER, "other", Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, () -> sys -> {});
      f.java(RS, "rs", sys -> {
        results.add(sys.spawn(FREE, SERVICE));
        results.add(sys.spawn(OTHER, SERVICE));
        results.add(sys.spawn(FREE + 1, FREE));
        results.add(sys.spawn(LoopFixture.SLOTS, SERVICE));
      });
      f.loop.run(Long.MAX_VALUE);
      assertEquals("service", f.kernel.table().slot(FREE).name());
    }
    int einval = Errno.EINVAL.wireValue();
    assertEquals(List.of(Endpoint.of(FREE, 0), einval, einval, einval), results);
    assertEquals(List.of(Endpoint.of(FREE, 0)), copies, "the copy ran in FREE");
  }

  @Test
  void aRecordIsCutToItsBoundAndToTheCallersArray() {
    List<Integer> lengths = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.registerProgram(SERVICE, "service", Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, () -> sys -> {
            throw new IllegalStateException("x".repeat(2 * SystemCalls.DEATH_RECORD_MAX));
          });
      f.loop.spawnProgram(SERVICE, Privilege.none());
      f.java(RS, "rs", sys -> {
        lengths.add(sys.deathRecord(Endpoint.of(SERVICE, 0), new byte[10]));
        lengths.add(sys.deathRecord(Endpoint.of(SERVICE, 0),
            new byte[2 * SystemCalls.DEATH_RECORD_MAX]));
      });
      f.loop.run(Long.MAX_VALUE);
    }
    assertEquals(List.of(10, SystemCalls.DEATH_RECORD_MAX), lengths);
  }
}

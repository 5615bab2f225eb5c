package org.minix3j.kernel.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.MemoryRange;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.PortRange;
import org.minix3j.abi.PortRequest;
import org.minix3j.abi.ProcessInfo;
import org.minix3j.abi.ProcessTimes;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SystemCalls;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.machine.devices.uart.Uart16550;

/** The kernel calls of Java system processes, each done once and refused once, end to end. */
class KernelCallsTest {
  private static final int A = 2;
  private static final int B = 3;
  private static final int PM = 4;
  private static final int USER = 6;
  private static final int SCRATCH = Uart16550.COM1_PORT + 7;
  private static final int EINVAL = Errno.EINVAL.wireValue();
  private static final int EPERM = Errno.EPERM.wireValue();
  private static final int ECALLDENIED = Errno.ECALLDENIED.wireValue();
  private static final int OK = Errno.OK_VALUE;
  private static final long ONE_SECOND = 1_000_000_000L;

  /** {@link LoopFixture#system()} plus the given port and memory ranges. */
  private static Privilege withRanges(List<PortRange> ports, List<MemoryRange> memory) {
    return LoopFixture.system(~KernelCall.SYS_PRIVCTL.maskBit(), ports, memory);
  }

  private static int spawn(LoopFixture f, int slot, Privilege privilege,
      org.minix3j.abi.SystemProcess body) {
    return f.loop.spawnJava(slot, "p" + slot, privilege, Scheduler.SYSTEM_QUEUE,
        Scheduler.DEFAULT_QUANTUM, body);
  }

  /** Stays alive (a granter's grants and pending notifications die with it). */
  private static void waitForever(SystemCalls sys) {
    while (true) {
      sys.receive(Endpoint.ANY, new Message());
    }
  }

  @Test
  void vdevioChecksEveryPortBeforeTouchingAny() {
    List<Object> seen = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      Privilege uart = withRanges(List.of(new PortRange(Uart16550.COM1_PORT, SCRATCH)), List.of());
      spawn(f, A, uart, sys -> {
        long[] values = new long[2];
        seen.add(sys.vdevio(List.of(PortRequest.write(SCRATCH, 1, 0x5A),
            PortRequest.read(SCRATCH, 1)), values));
        seen.add(values[1]);
        seen.add(sys.vdevio(List.of(PortRequest.write(SCRATCH, 1, 0x11),
            PortRequest.read(0x70, 1)), values));
        seen.add(sys.vdevio(List.of(PortRequest.write(SCRATCH, 3, 0x11)), values));
        seen.add(sys.inPort(SCRATCH, 1));
      });
      f.loop.run(Long.MAX_VALUE);
    }
    assertEquals(List.of(OK, 0x5AL, EPERM, EINVAL, 0x5AL), seen,
        "the refused call with one port out of range did not write the scratch register");
  }

  @Test
  void physcopyReachesOnlyTheDeclaredMemoryRange() {
    List<Integer> results = new ArrayList<>();
    byte[] back = new byte[4];
    try (LoopFixture f = new LoopFixture()) {
      Privilege vm = withRanges(List.of(), List.of(new MemoryRange(0x300000, 0x1000)));
      spawn(f, A, vm, sys -> {
        results.add(sys.physWrite(0x300ffc, new byte[] {1, 2, 3, 4}, 0, 4));
        results.add(sys.physRead(0x300ffc, back, 0, 4));
        results.add(sys.physWrite(0x300ffd, new byte[] {1, 2, 3, 4}, 0, 4));
        results.add(sys.physRead(0x2ffffc, back, 0, 4));
        results.add(sys.physRead(0x300000, back, 2, 4));
        results.add(sys.physRead(0x300000, back, 0, -1));
      });
      f.loop.run(Long.MAX_VALUE);
      assertEquals(4, f.machine.memory().read8(0x300fff));
      assertEquals(0, f.machine.memory().read8(0x301000), "the refused write wrote nothing");
    }
    assertEquals(List.of(OK, OK, EPERM, EPERM, Errno.EFAULT.wireValue(), EINVAL), results);
    assertArrayEquals(new byte[] {1, 2, 3, 4}, back);
  }

  @Test
  void aPhysicalWriteFlushesTheTlbAndARefusedOneDoesNot() {
    List<Long> generations = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      Privilege vm = withRanges(List.of(), List.of(new MemoryRange(0x300000, 0x1000)));
      spawn(f, A, vm, sys -> {
        generations.add(f.machine.mmu().generation());
        sys.physWrite(0x300000, new byte[] {1}, 0, 1);
        generations.add(f.machine.mmu().generation());
        sys.physWrite(0x400000, new byte[] {1}, 0, 1);
        generations.add(f.machine.mmu().generation());
        sys.physRead(0x300000, new byte[1], 0, 1);
        generations.add(f.machine.mmu().generation());
      });
      f.loop.run(Long.MAX_VALUE);
    }
    assertEquals(4, generations.size());
    assertTrue(generations.get(1) > generations.get(0), "a page table written by VM is seen at once");
    assertEquals(generations.get(1), generations.get(2), "the refused write flushed nothing");
    assertEquals(generations.get(2), generations.get(3), "a read flushes nothing");
  }

  @Test
  void diagnosticPrintsOneCleanLineAndIsRefusedWithoutTheCallOrWhenTooLong() {
    List<String> printed = new ArrayList<>();
    List<Integer> results = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.setDiagnosticSink((name, line) -> printed.add(name + ": " + line));
      spawn(f, A, LoopFixture.system(), sys -> {
        results.add(sys.diagnostic("pm up\u0007"));
        results.add(sys.diagnostic("x".repeat(SystemCalls.DIAGNOSTIC_MAX + 1)));
      });
      spawn(f, B, LoopFixture.system(~(KernelCall.SYS_DIAGCTL.maskBit() | KernelCall.SYS_PRIVCTL.maskBit()), List.of(), List.of()),
          sys -> results.add(sys.diagnostic("not allowed")));
      f.loop.run(Long.MAX_VALUE);
    }
    assertEquals(List.of("p2: pm up?"), printed);
    assertEquals(List.of(OK, EINVAL, ECALLDENIED), results);
  }

  @Test
  void grantsLetOnlyTheGranteeCopyAndOnlyAsTheAccessSays() {
    List<Integer> results = new ArrayList<>();
    byte[] granted = {10, 20, 30, 40, 50, 60, 70, 80};
    byte[] copied = new byte[4];
    try (LoopFixture f = new LoopFixture()) {
      int[] grant = new int[2];
      int a = f.java(A, "granter", sys -> {
        grant[0] = sys.grant(Endpoint.of(B, 0), GrantAccess.READ, granted, 2, 4);
        grant[1] = sys.grant(Endpoint.of(B, 0), GrantAccess.WRITE, granted, 4, 4);
        sys.receive(Endpoint.ANY, new Message());
        results.add(sys.revokeGrant(grant[0]));
        sys.send(Endpoint.of(B, 0), new Message());
        waitForever(sys);
      });
      f.java(B, "grantee", sys -> {
        results.add(sys.safecopyFrom(a, grant[0], 0, copied, 0, 4));
        results.add(sys.safecopyTo(a, grant[0], 0, copied, 0, 4));
        results.add(sys.safecopyFrom(a, grant[0], 1, copied, 0, 4));
        results.add(sys.memset(a, grant[1], 1, 0xEE, 2));
        sys.sendrec(a, new Message());
        results.add(sys.safecopyFrom(a, grant[0], 0, copied, 0, 4));
      });
      f.java(PM, "stranger", sys -> {
        sys.setAlarm(1, false);
        sys.receive(Endpoint.ANY, new Message());
        results.add(sys.safecopyFrom(a, grant[1], 0, copied, 0, 1));
      });
      f.loop.run(Long.MAX_VALUE);
    }
    assertEquals(List.of(OK, Errno.EACCES.wireValue(), Errno.ERANGE.wireValue(), OK, OK,
        Errno.ENOENT.wireValue(), EPERM), results);
    assertArrayEquals(new byte[] {30, 40, 50, 60}, copied);
    assertArrayEquals(new byte[] {10, 20, 30, 40, 50, (byte) 0xEE, (byte) 0xEE, 80}, granted);
  }

  @Test
  void onlyTheMagicGrantSlotMayGrantAUsersMemory() throws Exception {
    List<Integer> results = new ArrayList<>();
    byte[] copied = new byte[2];
    try (LoopFixture f = new LoopFixture()) {
      f.loop.setMagicGrantSlot(A);
      int user = f.loop.spawnUser(USER, "user", LoopFixture.user(), Scheduler.USER_QUEUE, 8,
          f.program(0x100000, UserProcessLoopTest.SPIN));
      int[] grant = new int[1];
      int a = f.java(A, "vfs", sys -> {
        grant[0] = sys.grantMagic(Endpoint.of(B, 0), GrantAccess.READ, user, LoopFixture.CODE, 2);
        waitForever(sys);
      });
      f.java(B, "mfs", sys -> {
        results.add(sys.grantMagic(a, GrantAccess.READ, user, LoopFixture.CODE, 2));
        results.add(sys.safecopyFrom(a, grant[0], 0, copied, 0, 2));
      });
      f.loop.run(ONE_SECOND);
      assertTrue(grant[0] >= 0, "VFS's magic grant: " + grant[0]);
    }
    assertEquals(List.of(EPERM, OK), results);
    assertArrayEquals(UserProcessLoopTest.SPIN, copied, "the user's code, read through the grant");
  }

  @Test
  void privctlFromRsReplacesAPrivilegeAndIsRefusedToOthersAndForBadRequests() {
    List<Integer> results = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      Privilege base = LoopFixture.system();
      Privilege rs = LoopFixture.system(~0L, List.of(), List.of());
      f.kernel.privileges().setPrivctlSlot(A);
      int[] target = new int[1];
      spawn(f, A, rs, sys -> {
        ServicePrivilege timesOnly = new ServicePrivilege(List.of(IpcFunction.RECEIVE),
            List.of(), List.of(KernelCall.SYS_TIMES), List.of(), List.of(), List.of());
        results.add(sys.privctl(target[0], timesOnly));
        results.add(sys.privctl(target[0], new ServicePrivilege(List.of(), List.of(Endpoint.ANY),
            List.of(), List.of(), List.of(), List.of())));
        results.add(sys.privctl(target[0], new ServicePrivilege(List.of(), List.of(), List.of(),
            List.of(), List.of(16), List.of())));
        results.add(sys.notify(target[0]));
        waitForever(sys);
      });
      target[0] = spawn(f, B, base, sys -> {
        results.add(sys.privctl(sys.endpoint(), new ServicePrivilege(List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of())));
        sys.receive(Endpoint.ANY, new Message());
        results.add(sys.times(sys.endpoint()).result());
        results.add(sys.processTable(new ArrayList<>()));
        results.add(sys.notify(Endpoint.of(A, 0)));
      });
      f.loop.run(Long.MAX_VALUE);
    }
    assertEquals(List.of(OK, EINVAL, EINVAL, OK, ECALLDENIED, OK, ECALLDENIED,
        Errno.ETRAPDENIED.wireValue()), results);
  }

  @Test
  void getinfoAndTimesDescribeTheLiveProcesses() throws Exception {
    List<ProcessInfo> table = new ArrayList<>();
    ProcessTimes[] times = new ProcessTimes[2];
    try (LoopFixture f = new LoopFixture()) {
      int user = f.loop.spawnUser(USER, "spinner", LoopFixture.user(), Scheduler.USER_QUEUE, 8,
          f.program(0x100000, UserProcessLoopTest.SPIN));
      f.java(A, "observer", sys -> {
        sys.setAlarm(30, false);
        sys.receive(Endpoint.ANY, new Message());
        sys.processTable(table);
        times[0] = sys.times(user);
        times[1] = sys.times(Endpoint.of(B, 0));
      });
      f.loop.run(ONE_SECOND);
    }
    assertEquals(List.of("hardware", "clock", "observer", "spinner"),
        table.stream().map(ProcessInfo::name).toList(), "the kernel's own slots are listed too");
    ProcessInfo spinner = table.get(3);
    assertTrue(spinner.user());
    assertEquals("running", spinner.state());
    assertEquals(Scheduler.USER_QUEUE, spinner.queue());
    assertEquals(OK, times[0].result());
    assertTrue(times[0].userTicks() >= 29, "the spinner ran the 30 ticks: " + times[0]);
    assertEquals(30, times[0].uptimeTicks());
    assertEquals(Errno.EDEADSRCDST.wireValue(), times[1].result());
  }

  @Test
  void killStopsTheTargetAndTellsPm() {
    List<Integer> seen = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.setPmSlot(PM);
      int victim = f.java(B, "victim", sys -> {
        while (true) {
          sys.receive(Endpoint.ANY, new Message());
        }
      });
      f.java(A, "killer", sys -> {
        seen.add(sys.kill(victim, 0));
        seen.add(sys.kill(victim, 15));
        sys.receive(Endpoint.ANY, new Message()); // stays: a body that returned would be reported too
      });
      f.java(PM, "pm", sys -> {
        Message m = new Message();
        sys.receive(Endpoint.ANY, m);
        seen.add(m.source() == Notification.HARDWARE ? 1 : 0);
        sys.getKernelSignals(m);
        seen.add(m.payload(KernelSignal.ENDPOINT_WORD) == victim ? 1 : 0);
        seen.add(m.payload(KernelSignal.SIGNALS_WORD));
      });
      f.loop.run(Long.MAX_VALUE);
      assertTrue(f.loop.stopped(B));
    }
    assertEquals(List.of(EINVAL, OK, 1, 1, 1 << 15), seen);
  }

  @Test
  void shutdownEndsTheRunWithItsStatus() {
    try (LoopFixture f = new LoopFixture()) {
      f.java(A, "init", sys -> {
        sys.shutdown(3);
        throw new AssertionError("ran on after SYS_SHUTDOWN");
      });
      assertEquals(RunLoop.Outcome.SHUTDOWN, f.loop.run(Long.MAX_VALUE));
      assertEquals(3, f.loop.shutdownStatus());
      assertEquals(null, f.loop.lastCrash());
    }
  }
}

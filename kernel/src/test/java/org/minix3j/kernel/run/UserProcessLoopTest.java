package org.minix3j.kernel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.kernel.run.LoopFixture.BUFFER;
import static org.minix3j.kernel.run.LoopFixture.code;
import static org.minix3j.kernel.run.LoopFixture.le;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.kernel.clock.ClockTask;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.kernel.user.UserContext;

/** i386 processes under the run loop; their code is hand-assembled (bytes noted per line). */
class UserProcessLoopTest {
  private static final int SERVER = 2;
  private static final int PM = 3;
  private static final int USER = 5;
  private static final int USER2 = 6;
  private static final int SERVER_ENDPOINT = Endpoint.of(SERVER, 0);
  private static final int ESI = 6;
  private static final int EDX = 2;
  private static final long TICK = 1_000_000_000L / ClockTask.DEFAULT_HZ;

  /** SENDREC to {@code peer} with the message at {@code buffer}, payload 0 = 41; then int3. */
  static byte[] sendrecOnce(int peer, int buffer) {
    return code(
        0xB8, le(IpcFunction.SENDREC.number()), // mov eax, SENDREC
        0xBB, le(peer), // mov ebx, peer
        0xB9, le(buffer), // mov ecx, buffer
        0xC7, 0x05, le(BUFFER + 8), le(41), // mov dword [BUFFER+8], 41
        0xCD, 0x21, // int 0x21
        0x89, 0xC6, // mov esi, eax
        0x8B, 0x15, le(BUFFER + 8), // mov edx, [BUFFER+8]
        0xCC); // int3
  }

  /** {@code count} SENDRECs to {@code peer} in a loop, then int3. */
  static byte[] sendrecLoop(int peer, int count) {
    return code(
        0xBE, le(count), // mov esi, count
        0xB8, le(IpcFunction.SENDREC.number()), // loop: mov eax, SENDREC
        0xBB, le(peer), // mov ebx, peer
        0xB9, le(BUFFER), // mov ecx, BUFFER
        0xCD, 0x21, // int 0x21
        0x4E, // dec esi
        0x75, 0xEC, // jnz loop
        0xCC); // int3
  }

  static final byte[] SPIN = {(byte) 0xEB, (byte) 0xFE}; // jmp $

  /** Replies to every request with its payload 0 plus one (ignores notifications). */
  static void server(SystemCalls sys) {
    Message m = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, m) == Errno.OK_VALUE && !m.isNotification()) {
        m.setPayload(0, m.payload(0) + 1);
        sys.send(m.source(), m);
      }
    }
  }

  @Test
  void anI386ProcessSendrecsToAJavaServerAndGetsTheReply() throws Exception {
    try (LoopFixture f = new LoopFixture()) {
      f.java(SERVER, "server", UserProcessLoopTest::server);
      UserContext user = f.program(0x100000, sendrecOnce(SERVER_ENDPOINT, BUFFER));
      f.loop.spawnUser(USER, "user", LoopFixture.user(SERVER), Scheduler.USER_QUEUE, 8, user);
      assertEquals(RunLoop.Outcome.IDLE, f.loop.run(Long.MAX_VALUE));
      assertEquals(Errno.OK_VALUE, user.register(ESI), "SENDREC's result in EAX");
      assertEquals(42, user.register(EDX), "the reply in the buffer");
      assertTrue(f.loop.stopped(USER), "int3 stopped it");
    }
  }

  @Test
  void aBadMessagePointerGivesEfaultAndTheProcessGoesOn() throws Exception {
    try (LoopFixture f = new LoopFixture()) {
      f.java(SERVER, "server", UserProcessLoopTest::server);
      UserContext user = f.program(0x100000, sendrecOnce(SERVER_ENDPOINT, 0x0070_0000));
      f.loop.spawnUser(USER, "user", LoopFixture.user(SERVER), Scheduler.USER_QUEUE, 8, user);
      assertEquals(RunLoop.Outcome.IDLE, f.loop.run(Long.MAX_VALUE));
      assertEquals(Errno.EFAULT.wireValue(), user.register(ESI));
      assertEquals(LoopFixture.CODE + sendrecOnce(0, 0).length, user.eip(), "ran on to the int3");
      assertTrue(f.kernel.table().slot(USER).alive());
    }
  }

  @Test
  void aDivideByZeroStopsTheProcessAndPmSeesSigfpe() throws Exception {
    List<Integer> pmSaw = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.pmTakingKernelSignals(PM, pmSaw);
      byte[] divide = code(
          0x31, 0xC9, // xor ecx, ecx
          0xB8, le(1), // mov eax, 1
          0x31, 0xD2, // xor edx, edx
          0xF7, 0xF1); // div ecx
      UserContext user = f.program(0x100000, divide);
      int endpoint = f.loop.spawnUser(USER, "divider", LoopFixture.user(), Scheduler.USER_QUEUE, 8, user);
      assertEquals(RunLoop.Outcome.IDLE, f.loop.run(Long.MAX_VALUE));
      assertEquals(List.of(endpoint, KernelSignal.bit(KernelSignal.SIGFPE)), pmSaw);
      assertTrue(f.loop.stopped(USER));
      assertFalse(f.loop.scheduler().isReady(USER));
      assertEquals(LoopFixture.CODE + 9, user.eip(), "EIP on the faulting div");
    }
  }

  @Test
  void twoLoopingProcessesShareTheCpuRoundRobinOneQuantumEach() throws Exception {
    List<Integer> dispatches = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.spawnUser(USER, "a", LoopFixture.user(), Scheduler.USER_QUEUE, 2, f.program(0x100000, SPIN));
      f.loop.spawnUser(USER2, "b", LoopFixture.user(), Scheduler.USER_QUEUE, 2, f.program(0x200000, SPIN));
      f.loop.setDispatchListener((time, slot) -> {
        if (dispatches.isEmpty() || dispatches.get(dispatches.size() - 1) != slot) {
          dispatches.add(slot);
        }
      });
      assertEquals(RunLoop.Outcome.TIME_LIMIT, f.loop.run(8 * TICK + TICK / 2));
      assertEquals(List.of(USER, USER2, USER, USER2, USER), dispatches,
          "two ticks each, in turn: a at 0, b at 2, a at 4, b at 6, a at 8");
      assertEquals(8, f.loop.clock().uptime());
    }
  }

  @Test
  void theSameBootGivesTheSameRun() throws Exception {
    assertEquals(mixedRun(), mixedRun());
  }

  /** A Java server, a user client, a spinning user process and an alarm: the trace of the run. */
  private static List<String> mixedRun() throws Exception {
    List<String> trace = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.java(SERVER, "server", UserProcessLoopTest::server);
      f.java(PM, "sleeper", sys -> {
        sys.setAlarm(2, false);
        sys.receive(Endpoint.ANY, new Message());
        trace.add("alarm at " + f.nanoseconds());
      });
      f.loop.spawnUser(USER, "client", LoopFixture.user(SERVER), Scheduler.USER_QUEUE, 1,
          f.program(0x100000, sendrecLoop(SERVER_ENDPOINT, 1000)));
      f.loop.spawnUser(USER2, "spinner", LoopFixture.user(), Scheduler.USER_QUEUE, 1,
          f.program(0x200000, SPIN));
      f.loop.setDispatchListener((time, slot) -> trace.add(time + ":" + slot));
      RunLoop.Outcome outcome = f.loop.run(5 * TICK);
      trace.add(outcome + " instructions=" + f.machine.cpu().instructionsRetired()
          + " now=" + f.nanoseconds() + " ticks=" + f.loop.clock().uptime());
      assertTrue(trace.stream().anyMatch(line -> line.startsWith("alarm at")));
    }
    return trace;
  }
}

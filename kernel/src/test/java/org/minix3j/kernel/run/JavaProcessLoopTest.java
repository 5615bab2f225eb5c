package org.minix3j.kernel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.kernel.clock.ClockTask;

class JavaProcessLoopTest {
  private static final int SERVER = 2;
  private static final int CLIENT = 3;
  private static final int OTHER = 4;
  private static final int SERVER_ENDPOINT = Endpoint.of(SERVER, 0);
  private static final int CLIENT_ENDPOINT = Endpoint.of(CLIENT, 0);

  /** Receives from anyone and replies with the first payload word plus one. */
  private static void incrementServer(SystemCalls sys) {
    Message m = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, m) != Errno.OK_VALUE || m.isNotification()) {
        continue;
      }
      int caller = m.source();
      m.setPayload(0, m.payload(0) + 1);
      sys.send(caller, m);
    }
  }

  @Test
  void twoJavaProcessesPingPongWithSendrecThroughTheLoop() {
    List<Integer> replies = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.java(SERVER, "server", JavaProcessLoopTest::incrementServer);
      f.java(CLIENT, "client", sys -> {
        Message m = Message.of(1, 0);
        for (int i = 0; i < 5; i++) {
          assertEquals(Errno.OK_VALUE, sys.sendrec(SERVER_ENDPOINT, m));
          assertEquals(SERVER_ENDPOINT, m.source());
          replies.add(m.payload(0));
        }
      });
      assertEquals(RunLoop.Outcome.IDLE, f.loop.run(Long.MAX_VALUE));
      assertEquals(List.of(1, 2, 3, 4, 5), replies);
      assertFalse(f.kernel.table().slot(CLIENT).alive(), "the client ended by returning");
      assertTrue(f.nanoseconds() > 0, "kernel entries cost simulated time");
    }
  }

  @Test
  void aBlockedReceiverIsWokenByANotification() {
    List<Message> received = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.java(SERVER, "receiver", sys -> {
        Message m = new Message();
        assertEquals(Errno.OK_VALUE, sys.receive(Endpoint.ANY, m));
        received.add(m);
      });
      f.java(CLIENT, "notifier", sys -> assertEquals(Errno.OK_VALUE, sys.notify(SERVER_ENDPOINT)));
      assertEquals(RunLoop.Outcome.IDLE, f.loop.run(Long.MAX_VALUE));
      assertEquals(1, received.size());
      assertEquals(CLIENT_ENDPOINT, received.get(0).source());
      assertEquals(Notification.TYPE, received.get(0).type());
    }
  }

  @Test
  void aJavaProcessThatKeepsCallingTheKernelIsPreemptedSoOthersRun() {
    List<String> done = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.spawnJava(SERVER, "spinner", LoopFixture.system(), 4, 1, sys -> {
        while (true) {
          sys.uptime();
        }
      });
      f.loop.spawnJava(CLIENT, "worker", LoopFixture.system(), 4, 1, sys -> {
        sys.uptime();
        done.add("worker ran");
      });
      long tenthOfASecond = 100_000_000L;
      assertEquals(RunLoop.Outcome.TIME_LIMIT, f.loop.run(tenthOfASecond));
      assertEquals(List.of("worker ran"), done);
      assertEquals(6, f.loop.clock().uptime());
    }
  }

  @Test
  void aCrashingJavaProcessIsCleanedUpPeersGetEdeadsrcdstAndPmIsTold() {
    List<Integer> results = new ArrayList<>();
    List<Integer> pmSaw = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.pmTakingKernelSignals(OTHER, pmSaw);
      f.java(SERVER, "crasher", sys -> {
        Message m = new Message();
        sys.receive(Endpoint.ANY, m);
        throw new IllegalStateException("driver bug");
      });
      f.java(CLIENT, "client", sys -> results.add(sys.sendrec(SERVER_ENDPOINT, new Message())));
      assertEquals(RunLoop.Outcome.IDLE, f.loop.run(Long.MAX_VALUE));
      assertEquals(List.of(Errno.EDEADSRCDST.wireValue()), results);
      assertFalse(f.kernel.table().slot(SERVER).alive());
      assertTrue(f.loop.lastCrash() instanceof IllegalStateException, String.valueOf(f.loop.lastCrash()));
      assertEquals(List.of(SERVER_ENDPOINT, KernelSignal.bit(KernelSignal.SIGABRT)), pmSaw);
    }
  }

  @Test
  void aJavaProcessWhoseBodyReturnsIsReportedToPmAsExited() {
    List<Integer> results = new ArrayList<>();
    List<Integer> pmSaw = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.pmTakingKernelSignals(OTHER, pmSaw);
      f.java(SERVER, "quitter", sys -> {
        Message m = new Message();
        sys.receive(Endpoint.ANY, m);
      });
      f.java(CLIENT, "client", sys -> results.add(sys.sendrec(SERVER_ENDPOINT, new Message())));
      assertEquals(RunLoop.Outcome.IDLE, f.loop.run(Long.MAX_VALUE));
      assertEquals(List.of(Errno.EDEADSRCDST.wireValue()), results, "its caller is released");
      assertFalse(f.kernel.table().slot(SERVER).alive());
      assertTrue(f.loop.lastCrash() == null, "it did not throw");
      assertEquals(List.of(SERVER_ENDPOINT, KernelSignal.bit(KernelSignal.EXITED)), pmSaw);
    }
  }

  @Test
  void anAlarmArrivesFromClockAtTheRightSimulatedTime() {
    List<long[]> arrivals = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.java(SERVER, "sleeper", sys -> {
        assertEquals(0, sys.setAlarm(3, false));
        Message m = new Message();
        assertEquals(Errno.OK_VALUE, sys.receive(Endpoint.ANY, m));
        arrivals.add(new long[] {m.source(), m.payload(Notification.TIME_WORD), sys.uptime()});
        assertEquals(0, sys.setAlarm(10, false));
        assertEquals(10, sys.setAlarm(0, false), "cancelling returns the ticks left");
      });
      assertEquals(RunLoop.Outcome.IDLE, f.loop.run(Long.MAX_VALUE));
      assertEquals(1, arrivals.size());
      assertEquals(Notification.CLOCK, arrivals.get(0)[0]);
      long expectedMicroseconds = 3 * 1_000_000L / ClockTask.DEFAULT_HZ;
      assertTrue(Math.abs(arrivals.get(0)[1] - expectedMicroseconds) < 10,
          "arrived at " + arrivals.get(0)[1] + " us, expected about " + expectedMicroseconds);
      assertEquals(3, arrivals.get(0)[2]);
    }
  }

  @Test
  void aHandleUsedByAnotherProcessIsRefused() {
    List<SystemCalls> leaked = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.java(SERVER, "leaker", sys -> {
        leaked.add(sys);
        sys.receive(Endpoint.ANY, new Message());
      });
      f.java(CLIENT, "thief", sys -> leaked.get(0).notify(CLIENT_ENDPOINT));
      assertEquals(RunLoop.Outcome.IDLE, f.loop.run(Long.MAX_VALUE));
      assertTrue(f.loop.lastCrash() instanceof IllegalStateException, String.valueOf(f.loop.lastCrash()));
      assertTrue(f.kernel.table().slot(SERVER).alive());
    }
  }

  @Test
  void aHigherPriorityProcessWokenByItsAlarmPreemptsALowerOneThatNeverBlocks() {
    List<Long> wokeAt = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.spawnJava(SERVER, "spinner", LoopFixture.system(), 10, 100, sys -> {
        while (true) {
          sys.uptime();
        }
      });
      f.loop.spawnJava(CLIENT, "sleeper", LoopFixture.system(), 2, 1, sys -> {
        sys.setAlarm(2, false);
        sys.receive(Notification.CLOCK, new Message());
        wokeAt.add(sys.uptime());
      });
      f.loop.run(5 * 1_000_000_000L / ClockTask.DEFAULT_HZ);
      assertEquals(List.of(2L), wokeAt, "woken on the tick of its alarm, not after the spinner");
    }
  }

  @Test
  void pmRemovesAProcessWithSysExitAndItsPeersGetEdeadsrcdst() {
    List<Integer> results = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.java(SERVER, "victim", sys -> sys.receive(Endpoint.of(OTHER, 0), new Message()));
      f.java(CLIENT, "client", sys -> results.add(sys.sendrec(SERVER_ENDPOINT, new Message())));
      f.java(OTHER, "pm", sys -> {
        results.add(sys.exit(SERVER_ENDPOINT));
        results.add(sys.exit(SERVER_ENDPOINT));
      });
      assertEquals(RunLoop.Outcome.IDLE, f.loop.run(Long.MAX_VALUE));
      assertEquals(List.of(Errno.OK_VALUE, Errno.EDEADSRCDST.wireValue(),
          Errno.EDEADSRCDST.wireValue()), results);
      assertFalse(f.kernel.table().slot(SERVER).alive());
    }
  }
}

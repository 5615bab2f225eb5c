package org.minix3j.kernel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.sched.Scheduler;

/**
 * SYS_SPAWN: a fresh copy of a boot program in its slot, with the next generation; refused
 * without the call, for a slot without a program, and while the slot's process lives.
 */
class SpawnCallTest {
  private static final int RS = 2;
  private static final int SERVICE = 3;
  private static final int OTHER = 4;
  private static final int OK = Errno.OK_VALUE;
  private static final int MESSAGE_TYPE = 0x123;

  /** Every primitive to every slot, every call (SYS_PRIVCTL too: the test's RS holds it). */
  private static Privilege rs() {
    return LoopFixture.system(-1L, List.of(), List.of());
  }

  /** RECEIVE from anyone, no kernel calls: what RS gives the fresh copy. */
  private static ServicePrivilege receiveOnly() {
    return new ServicePrivilege(List.of(IpcFunction.RECEIVE, IpcFunction.SEND), List.of(RS),
        List.of(), List.of(), List.of(), List.of());
  }

  /** A program whose instances say which copy they are and what they met. */
  private static final class Counted implements SystemProcess {
    final int copy;
    final List<Integer> saw = new ArrayList<>();
    int endpoint = -1;

    Counted(List<Counted> built) {
      copy = built.size() + 1;
      built.add(this);
    }

    @Override
    public void run(SystemCalls sys) {
      endpoint = sys.endpoint();
      if (copy == 1) {
        throw new IllegalStateException("the first copy crashes");
      }
      Message m = new Message();
      saw.add(sys.receive(Endpoint.ANY, m));
      saw.add(m.type());
    }
  }

  private static void registerRs(LoopFixture f, SystemProcess body) {
    f.kernel.privileges().setPrivctlSlot(RS);
    f.loop.setPmSlot(RS);
    f.loop.registerProgram(RS, "rs", 0, Scheduler.DEFAULT_QUANTUM, () -> body);
    f.loop.spawnProgram(RS, rs());
  }

  @Test
  void aCrashedProcessIsRespawnedFreshWithANewGenerationAndItsOldEndpointIsStale() {
    List<Counted> built = new ArrayList<>();
    List<Integer> results = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.registerProgram(SERVICE, "service", Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, () -> new Counted(built));
      registerRs(f, sys -> {
        Message m = new Message();
        if (sys.receive(Endpoint.ANY, m) != OK || m.source() != Notification.HARDWARE
            || sys.getKernelSignals(m) != OK) {
          throw new AssertionError("expected the crash's kernel signal: " + m);
        }
        int dead = m.payload(KernelSignal.ENDPOINT_WORD);
        results.add(dead);
        int fresh = sys.spawn(SERVICE);
        results.add(fresh);
        results.add(sys.spawn(SERVICE));
        results.add(sys.privctl(fresh, receiveOnly()));
        Message hello = new Message();
        hello.setType(MESSAGE_TYPE);
        results.add(sys.send(dead, hello));
        results.add(sys.send(fresh, hello));
      });
      f.loop.spawnProgram(SERVICE, Privilege.none());
      f.loop.run(Long.MAX_VALUE);
      int old = Endpoint.of(SERVICE, 0);
      int fresh = Endpoint.of(SERVICE, 1);
      assertEquals(List.of(old, fresh, Errno.EBUSY.wireValue(), OK,
          Errno.EDEADSRCDST.wireValue(), OK), results);
      assertEquals(2, built.size(), "the factory built a second instance");
      Counted first = built.get(0);
      Counted second = built.get(1);
      assertNotSame(first, second);
      assertEquals(old, first.endpoint);
      assertEquals(fresh, second.endpoint);
      assertEquals(List.of(OK, MESSAGE_TYPE), second.saw, "the fresh copy starts from nothing");
      assertEquals("service", f.kernel.table().slot(SERVICE).name());
    }
  }

  @Test
  void theRepairerHearsOfAJavaProcessDeathAtOnceAndNeedsNoPmForIt() {
    List<Integer> results = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.registerProgram(SERVICE, "service", Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, () -> sys -> {
            throw new IllegalStateException("down");
          });
      f.kernel.privileges().setPrivctlSlot(RS);
      f.loop.setPmSlot(OTHER); // no PM at all: nobody there to report the death
      f.loop.setRepairSlot(RS);
      f.loop.registerProgram(RS, "rs", 0, Scheduler.DEFAULT_QUANTUM, () -> sys -> {
        Message m = new Message();
        results.add(sys.receive(Endpoint.ANY, m));
        results.add(m.source());
        results.add(sys.deathRecord(Endpoint.of(SERVICE, 0), new byte[256]) > 0 ? 1 : 0);
      });
      f.loop.spawnProgram(RS, rs());
      f.loop.spawnProgram(SERVICE, Privilege.none());
      f.loop.run(Long.MAX_VALUE);
    }
    assertEquals(List.of(OK, Notification.HARDWARE, 1), results,
        "RS was notified from HARDWARE and found the death record");
  }

  @Test
  void rsEndsAServiceThatIsNotRunningWithSysExitThenSpawnsIt() {
    List<Integer> results = new ArrayList<>();
    List<Integer> copies = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.kernel.privileges().setPrivctlSlot(RS);
      f.loop.registerProgram(RS, "rs", Scheduler.SYSTEM_QUEUE - 1, Scheduler.DEFAULT_QUANTUM,
          () -> sys -> {
            sys.receive(Endpoint.ANY, new Message()); // the go of the last process below
            results.add(sys.exit(Endpoint.of(SERVICE, 0)));
            results.add(sys.spawn(SERVICE));
            results.add(sys.privctl(Endpoint.of(SERVICE, 1), receiveOnly()));
          });
      f.loop.spawnProgram(RS, rs());
      f.loop.registerProgram(SERVICE, "service", Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, () -> sys -> {
            copies.add(sys.endpoint());
            sys.receive(Endpoint.of(RS, 0), new Message()); // RS never sends: it stays blocked
          });
      f.loop.spawnProgram(SERVICE, LoopFixture.system());
      f.java(OTHER, "client", sys -> results.add(sys.sendrec(Endpoint.of(SERVICE, 0), new Message())));
      f.java(OTHER + 1, "go", sys -> sys.notify(Endpoint.of(RS, 0)));
      f.loop.run(Long.MAX_VALUE);
      assertEquals(List.of(OK, Endpoint.of(SERVICE, 1), OK, Errno.EDEADSRCDST.wireValue()),
          results, "the client blocked on the old copy is released with EDEADSRCDST");
      assertEquals(List.of(Endpoint.of(SERVICE, 0), Endpoint.of(SERVICE, 1)), copies);
    }
  }

  @Test
  void refusedWithoutTheCallAndForASlotWithoutAProgramOrOutOfTheTable() {
    List<Integer> results = new ArrayList<>();
    try (LoopFixture f = new LoopFixture()) {
      f.loop.registerProgram(SERVICE, "service", Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, () -> sys -> {});
      f.java(RS, "rs", sys -> {
        results.add(sys.spawn(OTHER));
        results.add(sys.spawn(0));
        results.add(sys.spawn(-1));
        results.add(sys.spawn(LoopFixture.SLOTS));
      });
      f.loop.spawnJava(OTHER, "other",
          LoopFixture.system(~(KernelCall.SYS_SPAWN.maskBit() | KernelCall.SYS_PRIVCTL.maskBit()),
              List.of(), List.of()),
          Scheduler.SYSTEM_QUEUE, Scheduler.DEFAULT_QUANTUM,
          sys -> results.add(sys.spawn(SERVICE)));
      f.loop.run(Long.MAX_VALUE);
      assertFalse(f.kernel.table().slot(SERVICE).alive(), "the refused call started nothing");
    }
    int einval = Errno.EINVAL.wireValue();
    assertEquals(List.of(einval, einval, einval, einval, Errno.ECALLDENIED.wireValue()), results);
  }

  @Test
  void aProgramIsRegisteredOnceAndNeverInAKernelSlot() {
    try (LoopFixture f = new LoopFixture()) {
      SystemProcess nothing = sys -> {};
      f.loop.registerProgram(SERVICE, "service", 4, 8, () -> nothing);
      assertThrows(IllegalArgumentException.class,
          () -> f.loop.registerProgram(SERVICE, "again", 4, 8, () -> nothing));
      assertThrows(IllegalArgumentException.class,
          () -> f.loop.registerProgram(1, "clock", 4, 8, () -> nothing));
      assertThrows(IllegalArgumentException.class,
          () -> f.loop.registerProgram(LoopFixture.SLOTS, "outside", 4, 8, () -> nothing));
      assertThrows(IllegalArgumentException.class,
          () -> f.loop.spawnProgram(OTHER, Privilege.none()));
    }
  }
}

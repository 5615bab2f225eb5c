package org.minix3j.servers.pm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.WaitStatus;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.abi.protocol.VmCalls;

class ForkExitTest {
  private final PmHarness h = new PmHarness();
  private final FakeKernel k = h.kernel;

  @Test
  void initExistsAtBootAndVfsIsTold() {
    assertEquals(1, h.pid(PmHarness.INIT));
    assertEquals(List.of(PmToVfs.INIT_PROCESS), k.requestTypes(SystemSlots.VFS));
    FakeKernel.Event reply = h.answered(PmHarness.INIT, PmCalls.GETPID);
    assertEquals(1, reply.type());
    assertEquals(0, reply.word(0));
  }

  @Test
  void forkAsksVmThenTheKernelThenVfsAndAnswersTheChildPid() {
    k.events.clear();
    int child = h.fork(PmHarness.INIT);
    assertEquals(2, h.pid(child));
    List<String> kinds = k.events.stream().map(FakeKernel.Event::kind).toList();
    assertEquals(List.of("request", "fork", "request", "send"), kinds);
    assertEquals(VmCalls.FORK, k.events.get(0).type());
    assertEquals(PmToVfs.FORK, k.events.get(2).type());
    assertEquals(child, k.events.get(2).word(1));
    assertEquals(2, k.events.get(2).word(2));
    FakeKernel.Event getpid = h.answered(child, PmCalls.GETPID);
    assertEquals(1, getpid.word(0), "parent pid");
    assertEquals(1, getpid.word(1), "group inherited");
  }

  @Test
  void exitMakesAZombieUntilTheParentWaits() {
    int child = h.fork(PmHarness.INIT);
    int pid = h.pid(child);
    assertNull(h.call(child, PmCalls.EXIT, 3));
    assertTrue(h.process(pid).zombie);
    assertEquals(1, k.of("exit").size());
    assertTrue(k.requestTypes(SystemSlots.VFS).contains(PmToVfs.EXIT));
    assertTrue(k.requestTypes(SystemSlots.VM).contains(VmCalls.EXIT));
    FakeKernel.Event procs = h.answered(PmHarness.INIT, PmCalls.GETPROCS, Endpoint.slot(child));
    assertEquals(PmCalls.STATE_ZOMBIE, procs.word(4));
    FakeKernel.Event waited = h.answered(PmHarness.INIT, PmCalls.WAITPID, -1, 0);
    assertEquals(pid, waited.type());
    assertEquals(WaitStatus.exited(3), waited.word(0));
    assertNull(h.pm.table().byPid(pid));
    assertEquals(Errno.ECHILD.wireValue(), h.result(PmHarness.INIT, PmCalls.WAITPID, -1, 0));
  }

  @Test
  void aWaitingParentIsAnsweredWhenTheChildExits() {
    int child = h.fork(PmHarness.INIT);
    int pid = h.pid(child);
    h.deferred(PmHarness.INIT, PmCalls.WAITPID, pid, 0);
    int mark = k.events.size();
    h.call(child, PmCalls.EXIT, 7);
    FakeKernel.Event reply = h.replyTo(PmHarness.INIT, mark);
    assertEquals(pid, reply == null ? 0 : reply.type());
    assertEquals(WaitStatus.exited(7), reply == null ? 0 : reply.word(0));
  }

  @Test
  void waitpidFormsAndOptions() {
    int first = h.fork(PmHarness.INIT);
    int second = h.fork(PmHarness.INIT);
    assertEquals(0, h.result(PmHarness.INIT, PmCalls.WAITPID, -1, WaitStatus.WNOHANG));
    assertEquals(Errno.EINVAL.wireValue(), h.result(PmHarness.INIT, PmCalls.WAITPID, -1, 0x40));
    assertEquals(Errno.ECHILD.wireValue(), h.result(PmHarness.INIT, PmCalls.WAITPID, 999, 0));
    assertEquals(0, h.result(second, PmCalls.SETPGID, 0, 0));
    h.call(second, PmCalls.EXIT, 0);
    h.call(first, PmCalls.EXIT, 0);
    // Group of the second child only.
    int secondPid = 3;
    assertEquals(secondPid, h.result(PmHarness.INIT, PmCalls.WAITPID, -secondPid, 0));
    assertEquals(2, h.result(PmHarness.INIT, PmCalls.WAITPID, 0, 0));
  }

  @Test
  void orphansGoToInitWhichReapsThem() {
    int parent = h.fork(PmHarness.INIT);
    int grandchild = h.fork(parent);
    int grandchildPid = h.pid(grandchild);
    h.call(parent, PmCalls.EXIT, 0);
    assertEquals(1, h.answered(grandchild, PmCalls.GETPID).word(0));
    h.call(grandchild, PmCalls.EXIT, 5);
    assertEquals(2, h.result(PmHarness.INIT, PmCalls.WAITPID, 2, 0));
    FakeKernel.Event reaped = h.answered(PmHarness.INIT, PmCalls.WAITPID, -1, 0);
    assertEquals(grandchildPid, reaped.type());
    assertEquals(WaitStatus.exited(5), reaped.word(0));
  }

  @Test
  void forkFailsWithEagainAtTheSystemLimit() {
    PmHarness small = new PmHarness(new PmConfiguration(0x70, 0x71, 0, 4, 64, "init"));
    for (int i = 0; i < 3; i++) {
      small.fork(PmHarness.INIT);
    }
    assertEquals(Errno.EAGAIN.wireValue(), small.result(PmHarness.INIT, PmCalls.FORK));
  }

  @Test
  void forkFailsWithEagainAtTheLimitOfOneUser() {
    PmHarness small = new PmHarness(new PmConfiguration(0x70, 0x71, 0, 100, 3, "init"));
    int user = small.fork(PmHarness.INIT);
    assertEquals(0, small.result(user, PmCalls.SETUID, 42));
    small.fork(user);
    small.fork(user);
    assertEquals(Errno.EAGAIN.wireValue(), small.result(user, PmCalls.FORK));
    // Root is not limited per user.
    small.fork(PmHarness.INIT);
  }

  @Test
  void forkRefusedByVmChangesNothing() {
    k.peers.put(SystemSlots.VM, message -> {
      message.clear();
      message.setType(Errno.ENOMEM.wireValue());
    });
    int before = h.pm.table().count();
    assertEquals(Errno.ENOMEM.wireValue(), h.result(PmHarness.INIT, PmCalls.FORK));
    assertEquals(before, h.pm.table().count());
    assertTrue(k.of("fork").isEmpty());
  }

  @Test
  void childTimesAreAddedAtWait() {
    int child = h.fork(PmHarness.INIT);
    h.call(child, PmCalls.EXIT, 0);
    h.result(PmHarness.INIT, PmCalls.WAITPID, -1, 0);
    FakeKernel.Event times = h.answered(PmHarness.INIT, PmCalls.TIMES);
    assertEquals(6 * 100 / 60, times.word(2));
    assertEquals(3 * 100 / 60, times.word(3));
    assertEquals(600 * 100 / 60, times.type());
  }

  @Test
  void execSwitchesTheImageAndStillReplies() {
    int child = h.fork(PmHarness.INIT);
    k.events.clear();
    FakeKernel.Event reply = h.answered(child, PmCalls.EXEC, 0x1000, 8, 0x2000, 64);
    assertEquals(0, reply.type());
    assertEquals(1, k.of("exec").size());
    assertEquals(List.of(PmToVfs.EXEC, PmToVfs.EXEC_DONE), k.requestTypes(SystemSlots.VFS));
    assertEquals(List.of(VmCalls.EXEC_DONE), k.requestTypes(SystemSlots.VM));
    assertEquals("sh", h.process(h.pid(child)).name);
    assertTrue(h.process(h.pid(child)).execed);
  }

  @Test
  void execFailureInVfsIsTheReplyAndTheImageStays() {
    int child = h.fork(PmHarness.INIT);
    k.execResult = Errno.ENOENT.wireValue();
    assertEquals(Errno.ENOENT.wireValue(), h.result(child, PmCalls.EXEC, 0x1000, 8, 0, 0));
    assertTrue(k.of("exec").isEmpty());
    assertFalse(h.process(h.pid(child)).execed);
  }
}

package org.minix3j.servers.pm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.VmCalls;
import org.minix3j.servers.pm.table.PmProcess;

/** Arbitrary requests never crash PM or break the table's invariants. */
class RobustnessTest {
  record Request(int caller, int type, int w0, int w1, int w2) {}

  @Provide
  Arbitrary<List<Request>> requests() {
    Arbitrary<Integer> words =
        Arbitraries.oneOf(Arbitraries.integers().between(-3, 40), Arbitraries.integers());
    Arbitrary<Request> request = Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 31).filter(type -> type != PmCalls.REBOOT),
            words, words, words)
        .as(Request::new);
    return request.list().ofMaxSize(40);
  }

  @Property(tries = 200)
  void arbitraryCallsKeepTheTableSound(@ForAll("requests") List<Request> requests) {
    PmHarness h = new PmHarness();
    h.fork(PmHarness.INIT);
    h.fork(PmHarness.INIT);
    for (Request request : requests) {
      List<PmProcess> live = h.pm.table().init().alive() ? liveProcesses(h) : List.of();
      if (live.isEmpty()) {
        return;
      }
      PmProcess caller = live.get(request.caller() % live.size());
      h.call(caller.endpoint, request.type(), request.w0(), request.w1(), request.w2(), 0, 0,
          0x401000);
      for (PmProcess process : liveProcesses(h)) {
        assertEquals(0, process.signalMask & (1 << Signals.SIGKILL | 1 << Signals.SIGSTOP));
      }
    }
  }

  private static List<PmProcess> liveProcesses(PmHarness h) {
    return java.util.stream.IntStream.range(SystemSlots.FIRST_USER, SystemSlots.TABLE_SIZE)
        .mapToObj(slot -> h.pm.table().slot(slot))
        .filter(PmProcess::alive)
        .toList();
  }

  @Test
  void childrenOfAParentIgnoringSigchldLeaveNoZombie() {
    PmHarness h = new PmHarness();
    assertEquals(0, h.result(PmHarness.INIT, PmCalls.SIGACTION, Signals.SIGCHLD, 1,
        Signals.SIG_IGN, 0, 0, 0));
    int child = h.fork(PmHarness.INIT);
    int pid = h.pid(child);
    h.deferred(PmHarness.INIT, PmCalls.WAITPID, -1, 0);
    int mark = h.kernel.events.size();
    h.call(child, PmCalls.EXIT, 0);
    FakeKernel.Event reply = PmHarness.present(h.replyTo(PmHarness.INIT, mark));
    assertEquals(Errno.ECHILD.wireValue(), reply.type());
    assertEquals(null, h.pm.table().byPid(pid));
  }

  @Test
  void aNotifyFromACoreServerIsNotTakenForATerminal() {
    PmHarness h = new PmHarness();
    h.notifyFrom(SystemSlots.VFS);
    h.notifyFrom(SystemSlots.DS);
    assertTrue(h.kernel.events.stream().noneMatch(event -> event.kind().equals("request")
        && event.target() != SystemSlots.VFS && event.target() != SystemSlots.DS
        && event.target() != SystemSlots.VM));
    assertEquals(List.of(), h.kernel.requestTypes(SystemSlots.DS).stream()
        .filter(type -> type == org.minix3j.abi.protocol.TtyToPm.TAKE_SIGNAL).toList());
  }

  @Test
  void aRefusedSysExecAbortsTheNewImage() {
    PmHarness h = new PmHarness();
    int child = h.fork(PmHarness.INIT);
    FakeKernel refusing = h.kernel;
    refusing.execRefused = true;
    assertEquals(Errno.ENOEXEC.wireValue(), h.result(child, PmCalls.EXEC, 1, 2, 3, 4));
    assertTrue(h.kernel.requestTypes(SystemSlots.VM).contains(VmCalls.EXEC_ABORT));
    assertFalse(h.process(h.pid(child)).execed);
  }
}

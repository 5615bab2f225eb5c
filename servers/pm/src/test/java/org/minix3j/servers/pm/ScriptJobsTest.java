package org.minix3j.servers.pm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.servers.pm.misc.ScriptJobs;

/**
 * RS's policy scripts through PM: RUN_SCRIPT from RS only, handed unchanged to the root process
 * waiting in NEXT_SCRIPT or queued (at most {@link ScriptJobs#MOST_QUEUED}); one runner waits at
 * a time, and a signal ends its wait.
 */
class ScriptJobsTest {
  private final PmHarness h = new PmHarness();

  /** A job's fourteen words: path, label, reason and count as RS sends them. */
  private static int[] job(int count) {
    int[] words = new int[14];
    words[0] = 0x6374652f; // "/etc"
    words[8] = 0x00797474; // "tty"
    words[12] = 1;
    words[13] = count;
    return words;
  }

  @Test
  void aJobGoesToTheWaitingRunnerWordForWord() {
    int runner = h.fork(PmHarness.INIT);
    h.deferred(runner, PmCalls.NEXT_SCRIPT);
    int mark = h.kernel.events.size();
    assertEquals(0, h.result(SystemSlots.RS, PmCalls.RUN_SCRIPT, job(3)));
    FakeKernel.Event handed = PmHarness.present(h.replyTo(runner, mark));
    assertEquals(0, handed.type());
    assertEquals(List.of(0x6374652f, 0, 0, 0, 0, 0, 0, 0, 0x00797474, 0, 0, 0, 1, 3),
        handed.words().subList(0, 14));
  }

  @Test
  void jobsWaitForTheRunnerInTheirOrderAndTheQueueIsBounded() {
    for (int i = 1; i <= ScriptJobs.MOST_QUEUED; i++) {
      assertEquals(0, h.result(SystemSlots.RS, PmCalls.RUN_SCRIPT, job(i)));
    }
    assertEquals(Errno.EAGAIN.wireValue(),
        h.result(SystemSlots.RS, PmCalls.RUN_SCRIPT, job(99)));
    int runner = h.fork(PmHarness.INIT);
    for (int i = 1; i <= ScriptJobs.MOST_QUEUED; i++) {
      FakeKernel.Event next = h.answered(runner, PmCalls.NEXT_SCRIPT);
      assertEquals(i, next.word(13));
    }
    h.deferred(runner, PmCalls.NEXT_SCRIPT);
  }

  @Test
  void onlyRsMayAskAndOnlyRootMayRunAndOneRunnerWaits() {
    assertEquals(Errno.EPERM.wireValue(), h.result(SystemSlots.VFS, PmCalls.RUN_SCRIPT, job(1)));
    assertEquals(Errno.EPERM.wireValue(), h.result(PmHarness.INIT, PmCalls.RUN_SCRIPT, job(1)));
    int user = h.fork(PmHarness.INIT);
    h.result(user, PmCalls.SETUID, 100);
    assertEquals(Errno.EPERM.wireValue(), h.result(user, PmCalls.NEXT_SCRIPT));
    int runner = h.fork(PmHarness.INIT);
    h.deferred(runner, PmCalls.NEXT_SCRIPT);
    int second = h.fork(PmHarness.INIT);
    assertEquals(Errno.EBUSY.wireValue(), h.result(second, PmCalls.NEXT_SCRIPT));
  }

  @Test
  void aSignalEndsTheWaitWithEintrAndTheJobWaitsForTheNextAsk() {
    int runner = h.fork(PmHarness.INIT);
    h.result(runner, PmCalls.SIGACTION, Signals.SIGUSR1, 1, 0x401000, 0, 0, 0x402000);
    h.deferred(runner, PmCalls.NEXT_SCRIPT);
    int mark = h.kernel.events.size();
    h.result(PmHarness.INIT, PmCalls.KILL, h.pid(runner), Signals.SIGUSR1);
    assertEquals(Errno.EINTR.wireValue(), PmHarness.present(h.replyTo(runner, mark)).type());
    mark = h.kernel.events.size();
    assertEquals(0, h.result(SystemSlots.RS, PmCalls.RUN_SCRIPT, job(1)));
    assertNull(h.replyTo(runner, mark), "no runner waits now: the job is queued");
    assertEquals(1, h.answered(runner, PmCalls.NEXT_SCRIPT).word(13));
  }
}

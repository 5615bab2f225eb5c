package org.minix3j.servers.pm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SignalFrame;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.posix.WaitStatus;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.PmToVfs;

class SignalTest {
  private static final int HANDLER = 0x0040_1000;
  private static final int TRAMPOLINE = 0x0040_2000;

  private final PmHarness h = new PmHarness();
  private final FakeKernel k = h.kernel;
  private final int child = h.fork(PmHarness.INIT);
  private final int childPid = h.pid(child);

  private static int bit(int signal) {
    return 1 << signal;
  }

  private void catchSignal(int endpoint, int signal, int mask, int flags) {
    assertEquals(0, h.result(endpoint, PmCalls.SIGACTION, signal, 1, HANDLER, mask, flags,
        TRAMPOLINE));
  }

  private int waitStatus() {
    FakeKernel.Event reply = h.answered(PmHarness.INIT, PmCalls.WAITPID, childPid, 0);
    assertEquals(childPid, reply.type());
    return reply.word(0);
  }

  @Test
  void defaultTerminateKillsAndTheParentSeesTheSignal() {
    assertEquals(0, h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGTERM));
    assertEquals(List.of(child), k.of("exit").stream().map(FakeKernel.Event::target).toList());
    assertEquals(WaitStatus.signaled(Signals.SIGTERM), waitStatus());
  }

  @Test
  void defaultCoreSetsTheCoreBit() {
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGQUIT);
    assertEquals(Signals.SIGQUIT | 0x80, waitStatus());
  }

  @Test
  void defaultIgnoreDoesNothing() {
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGCHLD);
    assertTrue(h.process(childPid).alive());
    assertEquals(0, h.process(childPid).pendingSignals);
  }

  @Test
  void aHandlerGetsAFrameWithTheOldMaskAndTheSignalIsMaskedWhileItRuns() {
    catchSignal(child, Signals.SIGUSR1, bit(Signals.SIGUSR2), 0);
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGUSR1);
    assertEquals(
        List.of(new SignalFrame.Delivery(Signals.SIGUSR1, HANDLER, TRAMPOLINE, 0)),
        k.deliveries);
    assertEquals(bit(Signals.SIGUSR1) | bit(Signals.SIGUSR2), h.process(childPid).signalMask);
    k.sigreturnMask = 0;
    assertEquals(0, h.result(child, PmCalls.SIGRETURN, 0xBFFF_F000));
    assertEquals(0, h.process(childPid).signalMask);
  }

  @Test
  void resetHandAndNoDefer() {
    catchSignal(child, Signals.SIGUSR1, 0, Signals.SA_RESETHAND | Signals.SA_NODEFER);
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGUSR1);
    assertEquals(1, k.deliveries.size());
    assertEquals(0, h.process(childPid).signalMask);
    assertEquals(Signals.SIG_DFL, h.process(childPid).handlers[Signals.SIGUSR1]);
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGUSR1);
    assertFalse(h.process(childPid).alive());
  }

  @Test
  void aBlockedSignalStaysPendingUntilUnblocked() {
    catchSignal(child, Signals.SIGUSR1, 0, 0);
    h.result(child, PmCalls.SIGPROCMASK, Signals.SIG_BLOCK, 1, bit(Signals.SIGUSR1));
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGUSR1);
    assertTrue(k.deliveries.isEmpty());
    assertEquals(bit(Signals.SIGUSR1), h.answered(child, PmCalls.SIGPENDING).word(0));
    int mark = k.events.size();
    FakeKernel.Event old =
        h.answered(child, PmCalls.SIGPROCMASK, Signals.SIG_UNBLOCK, 1, bit(Signals.SIGUSR1));
    assertEquals(bit(Signals.SIGUSR1), old.word(0));
    List<String> after = k.events.subList(mark, k.events.size()).stream()
        .map(FakeKernel.Event::kind).toList();
    assertEquals(List.of("send", "sigsend"), after, "reply first, then the frame");
    assertEquals(0, h.process(childPid).pendingSignals);
  }

  @Test
  void sigkillAndSigstopCannotBeCaughtOrBlocked() {
    assertEquals(Errno.EINVAL.wireValue(),
        h.result(child, PmCalls.SIGACTION, Signals.SIGKILL, 1, HANDLER, 0, 0, TRAMPOLINE));
    assertEquals(Errno.EINVAL.wireValue(),
        h.result(child, PmCalls.SIGACTION, 0, 0, 0, 0, 0, 0));
    assertEquals(Errno.EINVAL.wireValue(),
        h.result(child, PmCalls.SIGACTION, 64, 0, 0, 0, 0, 0));
    h.result(child, PmCalls.SIGPROCMASK, Signals.SIG_SETMASK, 1, -1);
    assertEquals(0, h.process(childPid).signalMask & (bit(Signals.SIGKILL) | bit(Signals.SIGSTOP)));
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGKILL);
    assertEquals(Signals.SIGKILL, waitStatus());
  }

  @Test
  void aSignalToAProcessBlockedInVfsUnpausesItFirst() {
    catchSignal(child, Signals.SIGINT, 0, 0);
    k.blockedInIpc.add(child);
    k.suspendedInVfs.add(child);
    int mark = k.events.size();
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGINT);
    List<String> kinds = k.events.subList(mark, k.events.size()).stream()
        .map(FakeKernel.Event::kind).toList();
    assertEquals(List.of("sigsend-busy", "request", "sigsend", "send"), kinds);
    assertTrue(k.requestTypes(SystemSlots.VFS).contains(PmToVfs.UNPAUSE));
    assertEquals(1, k.deliveries.size());
  }

  @Test
  void aSignalThatCannotBeDeliveredStaysPendingAndIsRetriedOnTheClock() {
    catchSignal(child, Signals.SIGINT, 0, 0);
    k.blockedInIpc.add(child);
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGINT);
    assertTrue(k.deliveries.isEmpty());
    assertEquals(bit(Signals.SIGINT), h.process(childPid).pendingSignals);
    assertTrue(h.process(childPid).deliveryStuck);
    assertEquals(k.uptime + 1, k.alarm, "a retry on the next tick");
    k.blockedInIpc.remove(child);
    k.uptime++;
    k.alarm = 0; // the kernel's alarm fired
    h.notifyFrom(Notification.CLOCK);
    assertEquals(1, k.deliveries.size());
    assertEquals(0, h.process(childPid).pendingSignals);
    assertEquals(0, k.alarm, "nothing left to wait for");
    assertEquals(1, k.of("alarm").size(), "the retry was set once");
  }

  @Test
  void pauseIsInterruptedWithEintrBeforeTheHandlerRuns() {
    catchSignal(child, Signals.SIGUSR2, 0, 0);
    h.deferred(child, PmCalls.PAUSE);
    int mark = k.events.size();
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGUSR2);
    FakeKernel.Event eintr = h.replyTo(child, mark);
    eintr = PmHarness.present(eintr);
    assertEquals(Errno.EINTR.wireValue(), eintr.type());
    assertEquals(1, k.deliveries.size());
  }

  @Test
  void pauseIsNotEndedByAnIgnoredSignal() {
    h.deferred(child, PmCalls.PAUSE);
    int mark = k.events.size();
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGCHLD);
    assertEquals(null, h.replyTo(child, mark));
  }

  @Test
  void sigsuspendWaitsWithItsMaskAndTheFrameRestoresTheOldOne() {
    catchSignal(child, Signals.SIGUSR1, 0, 0);
    h.result(child, PmCalls.SIGPROCMASK, Signals.SIG_SETMASK, 1, bit(Signals.SIGUSR1));
    h.deferred(child, PmCalls.SIGSUSPEND, 0);
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGUSR1);
    assertEquals(1, k.deliveries.size());
    assertEquals(bit(Signals.SIGUSR1), k.deliveries.get(0).mask());
  }

  @Test
  void sigsuspendReturnsAtOnceForAPendingSignal() {
    catchSignal(child, Signals.SIGUSR1, 0, 0);
    h.result(child, PmCalls.SIGPROCMASK, Signals.SIG_SETMASK, 1, bit(Signals.SIGUSR1));
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGUSR1);
    FakeKernel.Event reply = h.call(child, PmCalls.SIGSUSPEND, 0);
    reply = PmHarness.present(reply);
    assertEquals(Errno.EINTR.wireValue(), reply.type());
    assertEquals(1, k.deliveries.size());
  }

  @Test
  void aProcessSignallingItselfGetsTheHandlerAfterItsReply() {
    catchSignal(child, Signals.SIGUSR1, 0, 0);
    int mark = k.events.size();
    assertEquals(0, h.result(child, PmCalls.KILL, childPid, Signals.SIGUSR1));
    List<String> kinds = k.events.subList(mark, k.events.size()).stream()
        .map(FakeKernel.Event::kind).toList();
    assertEquals(List.of("send", "sigsend"), kinds);
  }

  @Test
  void killChecksPermissionAndArguments() {
    assertEquals(0, h.result(child, PmCalls.SETUID, 100));
    assertEquals(Errno.EPERM.wireValue(), h.result(child, PmCalls.KILL, 1, Signals.SIGTERM));
    assertEquals(Errno.ESRCH.wireValue(), h.result(child, PmCalls.KILL, 4242, Signals.SIGTERM));
    assertEquals(Errno.EINVAL.wireValue(), h.result(child, PmCalls.KILL, childPid, 32));
    assertEquals(Errno.EINVAL.wireValue(), h.result(child, PmCalls.KILL, childPid, -1));
    assertEquals(0, h.result(child, PmCalls.KILL, childPid, 0));
    assertEquals(0, h.result(PmHarness.INIT, PmCalls.KILL, childPid, 0));
    assertTrue(h.process(childPid).alive());
  }

  @Test
  void killOfAGroupReachesEveryMember() {
    int second = h.fork(PmHarness.INIT);
    int third = h.fork(PmHarness.INIT);
    int thirdPid = h.pid(third);
    h.result(second, PmCalls.SETPGID, 0, 0);
    int group = h.pid(second);
    assertEquals(0, h.result(PmHarness.INIT, PmCalls.SETPGID, thirdPid, group));
    assertEquals(0, h.result(PmHarness.INIT, PmCalls.KILL, -group, Signals.SIGTERM));
    assertTrue(h.process(childPid).alive());
    assertFalse(h.process(group).alive());
    assertFalse(h.process(thirdPid).alive());
    assertEquals(Errno.ESRCH.wireValue(), h.result(PmHarness.INIT, PmCalls.KILL, -777, 1));
  }

  @Test
  void stopAndContinueWithWuntraced() {
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGTSTP);
    assertTrue(h.process(childPid).stopped);
    assertEquals(List.of(Signals.SIGSTOP),
        k.of("kill").stream().map(FakeKernel.Event::type).toList());
    FakeKernel.Event stopped =
        h.answered(PmHarness.INIT, PmCalls.WAITPID, childPid, WaitStatus.WUNTRACED);
    assertEquals(WaitStatus.stopped(Signals.SIGTSTP), stopped.word(0));
    assertEquals(0, h.result(PmHarness.INIT, PmCalls.WAITPID, childPid,
        WaitStatus.WUNTRACED | WaitStatus.WNOHANG), "a stop is reported once");
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGCONT);
    assertFalse(h.process(childPid).stopped);
    assertEquals(List.of(child), k.of("endksig").stream().map(FakeKernel.Event::target).toList());
  }

  @Test
  void aStoppedProcessRunsItsHandlerOnlyOnceContinued() {
    catchSignal(child, Signals.SIGUSR1, 0, 0);
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGSTOP);
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGUSR1);
    assertTrue(k.deliveries.isEmpty());
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGCONT);
    assertEquals(1, k.deliveries.size());
  }

  @Test
  void aWaitingParentIsAnsweredWhenItsChildStops() {
    h.deferred(PmHarness.INIT, PmCalls.WAITPID, -1, WaitStatus.WUNTRACED);
    int mark = k.events.size();
    h.result(child, PmCalls.KILL, childPid, Signals.SIGSTOP);
    FakeKernel.Event reply = h.replyTo(PmHarness.INIT, mark);
    reply = PmHarness.present(reply);
    assertEquals(WaitStatus.stopped(Signals.SIGSTOP), reply.word(0));
  }

  @Test
  void sigchldReachesACatchingParentOnExit() {
    catchSignal(PmHarness.INIT, Signals.SIGCHLD, 0, 0);
    h.call(child, PmCalls.EXIT, 1);
    assertEquals(1, k.deliveries.size());
    assertEquals(Signals.SIGCHLD, k.deliveries.get(0).signal());
  }

  @Test
  void aFaultWithoutHandlerKillsWithCore() {
    k.raiseKernelSignal(child, Signals.SIGSEGV);
    h.notifyFrom(Notification.HARDWARE);
    assertFalse(h.process(childPid).alive());
    assertEquals(Signals.SIGSEGV | 0x80, waitStatus());
  }

  @Test
  void aFaultWithAHandlerRunsItAndReleasesTheProcess() {
    catchSignal(child, Signals.SIGFPE, 0, 0);
    k.raiseKernelSignal(child, Signals.SIGFPE);
    h.notifyFrom(Notification.HARDWARE);
    assertEquals(1, k.deliveries.size());
    assertEquals(List.of(child), k.of("endksig").stream().map(FakeKernel.Event::target).toList());
  }

  @Test
  void aBlockedFaultKillsInsteadOfLooping() {
    catchSignal(child, Signals.SIGILL, 0, 0);
    h.result(child, PmCalls.SIGPROCMASK, Signals.SIG_BLOCK, 1, bit(Signals.SIGILL));
    k.raiseKernelSignal(child, Signals.SIGILL);
    h.notifyFrom(Notification.HARDWARE);
    assertEquals(Signals.SIGILL | 0x80, waitStatus());
  }

  @Test
  void aBadStackForTheFrameKillsWithSigsegv() {
    catchSignal(child, Signals.SIGUSR1, 0, 0);
    k.sigsendResult = Errno.EFAULT.wireValue();
    h.result(PmHarness.INIT, PmCalls.KILL, childPid, Signals.SIGUSR1);
    assertEquals(Signals.SIGSEGV | 0x80, waitStatus());
  }

  @Test
  void terminalSignalsGoToTheProcessGroup() {
    h.result(child, PmCalls.SETSID);
    k.terminalSignals.add(new int[] {Signals.SIGINT, childPid});
    h.notifyFrom(SystemSlots.TTY);
    assertEquals(List.of(org.minix3j.abi.protocol.TtyToPm.TAKE_SIGNAL,
        org.minix3j.abi.protocol.TtyToPm.TAKE_SIGNAL), k.requestTypes(SystemSlots.TTY));
    assertEquals(WaitStatus.signaled(Signals.SIGINT), waitStatus());
    assertTrue(h.process(1).alive());
  }

  @Test
  void systemProcessDeathsAreQueuedForRs() {
    k.raiseKernelSignal(SystemSlots.MFS, Signals.SIGABRT);
    h.notifyFrom(Notification.HARDWARE);
    assertEquals(List.of(SystemSlots.RS),
        k.of("notify").stream().map(FakeKernel.Event::target).toList());
    assertEquals(Errno.EPERM.wireValue(), h.result(child, PmCalls.SERVICE_DIED));
    FakeKernel.Event death = h.answered(SystemSlots.RS, PmCalls.SERVICE_DIED);
    assertEquals(SystemSlots.MFS, death.type());
    assertEquals(Signals.SIGABRT, death.word(0));
    assertEquals(Errno.ESRCH.wireValue(), h.result(SystemSlots.RS, PmCalls.SERVICE_DIED));
  }

  @Test
  void execResetsCaughtSignalsButKeepsIgnoredOnes() {
    catchSignal(child, Signals.SIGUSR1, 0, 0);
    h.result(child, PmCalls.SIGACTION, Signals.SIGINT, 1, Signals.SIG_IGN, 0, 0, 0);
    h.result(child, PmCalls.EXEC, 0x1000, 8, 0x2000, 64);
    assertEquals(Signals.SIG_DFL, h.process(childPid).handlers[Signals.SIGUSR1]);
    assertEquals(Signals.SIG_IGN, h.process(childPid).handlers[Signals.SIGINT]);
  }

  @Test
  void killMinusOneSparesInitAndTheCaller() {
    int other = h.fork(PmHarness.INIT);
    int otherPid = h.pid(other);
    assertEquals(0, h.result(child, PmCalls.KILL, -1, Signals.SIGTERM));
    assertTrue(h.process(1).alive());
    assertTrue(h.process(childPid).alive());
    assertFalse(h.process(otherPid).alive());
  }

  @Test
  void sigactionGivesTheOldAction() {
    catchSignal(child, Signals.SIGHUP, bit(Signals.SIGINT), Signals.SA_RESETHAND);
    FakeKernel.Event old = h.answered(child, PmCalls.SIGACTION, Signals.SIGHUP, 0, 0, 0, 0, 0);
    assertEquals(HANDLER, old.word(0));
    assertEquals(bit(Signals.SIGINT), old.word(1));
    assertEquals(Signals.SA_RESETHAND, old.word(2));
  }

  @Test
  void aTerminalThatNeverSaysNoneCannotHangPm() {
    for (int i = 0; i < 200; i++) {
      k.terminalSignals.add(new int[] {28, 4242});
    }
    h.notifyFrom(SystemSlots.TTY);
    assertEquals(64, k.requestTypes(SystemSlots.TTY).size());
  }
}

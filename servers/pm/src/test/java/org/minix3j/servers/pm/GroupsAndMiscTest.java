package org.minix3j.servers.pm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.abi.protocol.VmCalls;

class GroupsAndMiscTest {
  private final PmHarness h = new PmHarness();
  private final FakeKernel k = h.kernel;

  @Test
  void setsidMakesANewSessionAndTellsVfs() {
    int child = h.fork(PmHarness.INIT);
    int pid = h.pid(child);
    assertEquals(pid, h.result(child, PmCalls.SETSID));
    assertEquals(pid, h.result(child, PmCalls.GETSID, 0));
    assertEquals(pid, h.result(child, PmCalls.GETPGID, 0));
    assertTrue(k.requestTypes(SystemSlots.VFS).contains(PmToVfs.SETSID));
    assertEquals(Errno.EPERM.wireValue(), h.result(child, PmCalls.SETSID), "already a leader");
    assertEquals(Errno.EPERM.wireValue(), h.result(child, PmCalls.SETPGID, 0, 0),
        "a session leader keeps its group");
  }

  @Test
  void setpgidRules() {
    int parent = h.fork(PmHarness.INIT);
    int parentPid = h.pid(parent);
    h.result(parent, PmCalls.SETSID);
    int child = h.fork(parent);
    int childPid = h.pid(child);
    assertEquals(0, h.result(parent, PmCalls.SETPGID, childPid, 0));
    assertEquals(childPid, h.result(parent, PmCalls.GETPGID, childPid));
    assertEquals(0, h.result(child, PmCalls.SETPGID, 0, parentPid), "back to an existing group");
    assertEquals(Errno.EPERM.wireValue(), h.result(child, PmCalls.SETPGID, 0, 999));
    assertEquals(Errno.ESRCH.wireValue(), h.result(child, PmCalls.SETPGID, 1, 0));
    assertEquals(Errno.EINVAL.wireValue(), h.result(child, PmCalls.SETPGID, 0, -4));
    h.result(child, PmCalls.EXEC, 0x1000, 8, 0x2000, 64);
    assertEquals(Errno.EACCES.wireValue(), h.result(parent, PmCalls.SETPGID, childPid, 0));
    assertEquals(Errno.ESRCH.wireValue(), h.result(parent, PmCalls.GETPGID, 4444));
  }

  @Test
  void uidsAndGids() {
    int child = h.fork(PmHarness.INIT);
    assertEquals(0, h.result(child, PmCalls.SETGID, 7));
    assertEquals(0, h.result(child, PmCalls.SETUID, 5));
    FakeKernel.Event uid = h.answered(child, PmCalls.GETUID);
    assertEquals(5, uid.type());
    assertEquals(5, uid.word(0));
    assertEquals(7, h.result(child, PmCalls.GETGID));
    assertEquals(Errno.EPERM.wireValue(), h.result(child, PmCalls.SETUID, 0));
    assertEquals(Errno.EINVAL.wireValue(), h.result(child, PmCalls.SETUID, -3));
    FakeKernel.Event info = h.answered(SystemSlots.RS, PmCalls.GETEPINFO, child);
    assertEquals(h.pid(child), info.type());
    assertEquals(5, info.word(0));
    assertEquals(Errno.ESRCH.wireValue(), h.result(SystemSlots.RS, PmCalls.GETEPINFO, 12345));
  }

  @Test
  void unknownCallsGetEnosysAndUserCallsFromSystemProcessesEperm() {
    assertEquals(Errno.ENOSYS.wireValue(), h.result(PmHarness.INIT, 999));
    assertEquals(Errno.ENOSYS.wireValue(), h.result(PmHarness.INIT, -5));
    assertEquals(Errno.EPERM.wireValue(), h.result(SystemSlots.VFS, PmCalls.FORK));
  }

  @Test
  void brkGoesToVm() {
    k.peers.put(SystemSlots.VM, message -> {
      int wanted = message.payload(1);
      message.clear();
      message.setPayload(0, wanted == 0 ? 0x0050_0000 : wanted);
    });
    FakeKernel.Event reply = h.answered(PmHarness.INIT, PmCalls.BRK, 0x0060_0000);
    assertEquals(0, reply.type());
    assertEquals(0x0060_0000, reply.word(0));
    assertEquals(List.of(VmCalls.BRK), k.requestTypes(SystemSlots.VM));
  }

  @Test
  void rebootIsForRootOnly() {
    int child = h.fork(PmHarness.INIT);
    h.result(child, PmCalls.SETUID, 9);
    assertEquals(Errno.EPERM.wireValue(), h.result(child, PmCalls.REBOOT, 0, 0));
    assertEquals(Errno.EINVAL.wireValue(), h.result(PmHarness.INIT, PmCalls.REBOOT, 5, 0));
    assertNull(h.call(PmHarness.INIT, PmCalls.REBOOT, PmCalls.REBOOT_POWEROFF, 3));
    assertEquals(2, k.of("exit").size());
    assertTrue(k.requestTypes(SystemSlots.VFS).contains(PmToVfs.REBOOT));
    assertEquals(3, k.of("shutdown").get(0).type());
  }

  @Test
  void getprocsWalksSystemAndUserProcesses() {
    FakeKernel.Event first = h.answered(PmHarness.INIT, PmCalls.GETPROCS, 0);
    assertEquals(SystemSlots.VFS, first.type());
    assertEquals(PmCalls.STATE_SYSTEM, first.word(4));
    assertEquals('v' | 'f' << 8 | 's' << 16, first.word(8));
    FakeKernel.Event init = h.answered(PmHarness.INIT, PmCalls.GETPROCS, first.type() + 1);
    assertEquals(SystemSlots.INIT, init.type());
    assertEquals(1, init.word(0));
    assertEquals(Errno.ESRCH.wireValue(),
        h.result(PmHarness.INIT, PmCalls.GETPROCS, SystemSlots.INIT + 1));
    assertEquals(Errno.EINVAL.wireValue(), h.result(PmHarness.INIT, PmCalls.GETPROCS, -1));
  }

  @Test
  void bootTimeIsPublishedInDs() {
    assertEquals(1, k.published.size());
    assertEquals("system.boot_time", new String(k.published.get(0), StandardCharsets.US_ASCII));
  }
}

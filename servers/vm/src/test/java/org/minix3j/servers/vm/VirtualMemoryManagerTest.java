package org.minix3j.servers.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.VmCalls;

/** The main loop: notifications skipped, every request answered to its sender. */
class VirtualMemoryManagerTest {
  @Test
  void repliesToEveryRequestInOrder() {
    FakeKernel kernel = new FakeKernel(0x200000L, 64 * 4096);
    kernel.script(Notification.HARDWARE, Message.of(Notification.TYPE));
    kernel.script(SystemSlots.PM, Message.of(VmCalls.INFO));
    kernel.script(SystemSlots.VFS, Message.of(12345));
    kernel.script(SystemSlots.PM, Message.of(VmCalls.BRK, 16, 0));
    VirtualMemoryManager vm = new VirtualMemoryManager(new VmConfiguration(0x200000L, 64 * 4096L));
    assertThrows(FakeKernel.ScriptEnd.class, () -> vm.run(kernel));
    assertEquals(List.of(SystemSlots.PM, SystemSlots.VFS, SystemSlots.PM), kernel.sentTo);
    Message info = kernel.sent.get(0);
    assertEquals(Errno.OK_VALUE, info.type());
    assertEquals(4096, info.payload(0));
    assertEquals(64, info.payload(1));
    assertEquals(64, info.payload(2));
    assertEquals(0, info.payload(3));
    assertEquals(Errno.ENOSYS.wireValue(), kernel.sent.get(1).type());
    assertEquals(Errno.EINVAL.wireValue(), kernel.sent.get(2).type());
  }

  @Test
  void configurationMustBePageAligned() {
    assertThrows(IllegalArgumentException.class, () -> new VmConfiguration(0x200000L, 100));
    assertThrows(IllegalArgumentException.class, () -> new VmConfiguration(0x200800L, 4096));
    assertEquals(512, new VmConfiguration(0x200000L, 2L << 20).frames());
  }
}

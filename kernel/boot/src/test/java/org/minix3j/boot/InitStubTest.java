package org.minix3j.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.exec.Coroutines;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.run.RunLoop;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.kernel.user.UserContext;
import org.minix3j.machine.Machine;
import org.minix3j.machine.devices.BoardConfiguration;
import org.minix3j.machine.memory.Access;

class InitStubTest {
  @Test
  void theBootstrapAsksPmToExecInitAndExitsWith127WhenRefused() throws Exception {
    Machine machine = new Machine(8 << 20, BoardConfiguration.defaults());
    Kernel kernel =
        new Kernel(SystemSlots.TABLE_SIZE, KernelMutant.NONE, machine.board().bus(), machine.memory());
    RunLoop loop = RunLoop.create(kernel, machine, 100, Coroutines.choose().kind());
    List<int[]> seen = new ArrayList<>();
    loop.spawnJava(SystemSlots.PM, "pm", anyone(IpcFunction.RECEIVE, IpcFunction.SEND),
        Scheduler.SYSTEM_QUEUE, Scheduler.DEFAULT_QUANTUM, sys -> {
          Message message = new Message();
          for (int i = 0; i < 2; i++) {
            sys.receive(-1, message);
            seen.add(new int[] {message.type(), message.payload(0), message.payload(1),
                message.payload(2), message.payload(3)});
            if (message.type() == PmCalls.EXEC) {
              sys.send(message.source(), Message.of(Errno.ENOENT.wireValue()));
            }
          }
        });
    InitStub.Context init =
        InitStub.build(machine.memory(), MemoryMap.BOOT_AREA_BASE, List.of("init", "-c", "echo hi"));
    loop.spawnUser(SystemSlots.INIT, "init",
        new Privilege(IpcFunction.SENDREC.maskBit(), new int[] {SystemSlots.PM}, 0, List.of(), 0, List.of()),
        Scheduler.USER_QUEUE, Scheduler.DEFAULT_QUANTUM,
        new UserContext(init.pageDirectory(), init.entry(), init.stack()));
    loop.run(1_000_000_000L);

    assertEquals(2, seen.size());
    int[] exec = seen.get(0);
    assertEquals(PmCalls.EXEC, exec[0]);
    assertEquals("/sbin/init\0", userString(machine, init.pageDirectory(), exec[1], exec[2]));
    byte[] frame = userBytes(machine, init.pageDirectory(), exec[3], exec[4]);
    ByteBuffer words = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(3, words.getInt(0));
    assertEquals("-c", cString(frame, words.getInt(8)));
    assertEquals("echo hi", cString(frame, words.getInt(12)));
    assertEquals(0, words.getInt(16), "argv ends with a null");
    assertEquals(0, words.getInt(20), "the environment is empty");
    assertEquals(PmCalls.EXIT, seen.get(1)[0]);
    assertEquals(127, seen.get(1)[1]);
  }

  @Test
  void argumentsBeyondArgMaxAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> InitStub.frame(List.of("init", "x".repeat(Limits.ARG_MAX))));
  }

  private static Privilege anyone(IpcFunction... primitives) {
    int mask = 0;
    for (IpcFunction primitive : primitives) {
      mask |= primitive.maskBit();
    }
    int[] all = new int[SystemSlots.TABLE_SIZE];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return new Privilege(mask, all, 0, List.of(), 0, List.of());
  }

  private static byte[] userBytes(Machine machine, int pageDirectory, int address, int length) {
    machine.mmu().setCr3(pageDirectory);
    machine.mmu().setPagingEnabled(true);
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) machine.memory().read8(machine.mmu().translate(address + i, Access.READ));
    }
    return bytes;
  }

  private static String userString(Machine machine, int pageDirectory, int address, int length) {
    return new String(userBytes(machine, pageDirectory, address, length), StandardCharsets.US_ASCII);
  }

  private static String cString(byte[] frame, int offset) {
    int end = offset;
    while (frame[end] != 0) {
      end++;
    }
    return new String(frame, offset, end - offset, StandardCharsets.UTF_8);
  }
}

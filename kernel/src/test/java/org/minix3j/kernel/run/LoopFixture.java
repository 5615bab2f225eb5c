package org.minix3j.kernel.run;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.MemoryRange;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.PortRange;
import org.minix3j.abi.SystemProcess;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.clock.ClockTask;
import org.minix3j.kernel.exec.Coroutines;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.kernel.user.UserContext;
import org.minix3j.machine.Machine;
import org.minix3j.machine.devices.BoardConfiguration;
import org.minix3j.machine.elf.AddressSpaceBuilder;
import org.minix3j.machine.elf.ElfFormatException;

/** A machine, a kernel and its run loop, with helpers to start Java and i386 processes. */
final class LoopFixture implements AutoCloseable {
  static final int SLOTS = 16;

  /** Where a user program's code, message buffer and stack page go. */
  static final int CODE = 0x1000;
  static final int BUFFER = 0x2000;
  static final int STACK_TOP = 0x4000;

  final Machine machine = new Machine(16 << 20, BoardConfiguration.defaults());
  final Kernel kernel = new Kernel(SLOTS, KernelMutant.NONE, machine.board().bus(), machine.memory());
  final RunLoop loop =
      RunLoop.create(kernel, machine, ClockTask.DEFAULT_HZ, Coroutines.choose().kind());

  /** Every primitive to every slot, every kernel call but SYS_PRIVCTL. */
  static Privilege system() {
    return system(~KernelCall.SYS_PRIVCTL.maskBit(), List.of(), List.of());
  }

  /** Every primitive to every slot, the calls of {@code callMask}, ports and memory as given. */
  static Privilege system(long callMask, List<PortRange> ports, List<MemoryRange> memory) {
    int[] all = new int[SLOTS];
    for (int i = 0; i < SLOTS; i++) {
      all[i] = i;
    }
    int ipc = 0;
    for (IpcFunction f : IpcFunction.values()) {
      ipc |= f.maskBit();
    }
    return new Privilege(ipc, all, callMask, ports, 0, memory);
  }

  /** SENDREC to {@code slots} only, no kernel calls: a user process. */
  static Privilege user(int... slots) {
    return new Privilege(IpcFunction.SENDREC.maskBit(), slots, 0, List.of(), 0, List.of());
  }

  int java(int slot, String name, SystemProcess body) {
    return loop.spawnJava(slot, name, system(), Scheduler.SYSTEM_QUEUE, Scheduler.DEFAULT_QUANTUM, body);
  }

  /** Loads {@code code} at {@link #CODE} with a data page at {@link #BUFFER}; frames from {@code firstFrame}. */
  UserContext program(int firstFrame, byte[] code) throws ElfFormatException {
    AddressSpaceBuilder space = new AddressSpaceBuilder(machine.memory(), firstFrame);
    space.map(CODE, false, true);
    space.write(CODE, code);
    space.map(BUFFER, true, false);
    space.map(STACK_TOP - 0x1000, true, false);
    return new UserContext(space.pageDirectory(), CODE, STACK_TOP);
  }

  /**
   * A PM stand-in in {@code slot}: waits for the kernel's HARDWARE notification, takes the kernel
   * signals and records the endpoint and the signal mask in {@code saw}.
   */
  void pmTakingKernelSignals(int slot, List<Integer> saw) {
    loop.setPmSlot(slot);
    java(slot, "pm", sys -> {
      Message m = new Message();
      if (sys.receive(Endpoint.ANY, m) != Errno.OK_VALUE || m.source() != Notification.HARDWARE
          || sys.getKernelSignals(m) != Errno.OK_VALUE) {
        throw new AssertionError("PM expected a HARDWARE notification and kernel signals: " + m);
      }
      saw.add(m.payload(KernelSignal.ENDPOINT_WORD));
      saw.add(m.payload(KernelSignal.SIGNALS_WORD));
    });
  }

  long nanoseconds() {
    return machine.clock().now();
  }

  @Override
  public void close() {
    machine.close();
  }

  /** Little-endian bytes of a 32-bit value, for hand-assembled instructions. */
  static byte[] le(int value) {
    return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
  }

  /** Concatenates instruction bytes. */
  static byte[] code(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof byte[] bytes) {
        out.writeBytes(bytes);
      } else if (part instanceof Integer b) {
        out.write(b);
      } else {
        throw new IllegalArgumentException(String.valueOf(part));
      }
    }
    return out.toByteArray();
  }
}

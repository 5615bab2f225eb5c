package org.minix3j.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * DESIGN.md rule 5, "nothing in IPC allocates": the IPC trap, with its privilege checks, run
 * many times over (SENDREC and its reply, a queued SEND, NOTIFY and its RECEIVE, a refused
 * call) allocates no byte on the heap. Measured with the JVM's per-thread allocation counter.
 */
class IpcAllocationTest {
  private static final int ROUNDS = 20_000;
  private static final int SENDREC = IpcFunction.SENDREC.number();
  private static final int SEND = IpcFunction.SEND.number();
  private static final int RECEIVE = IpcFunction.RECEIVE.number();
  private static final int NOTIFY = IpcFunction.NOTIFY.number();

  private final Kernel kernel = new Kernel(8, KernelMutant.NONE, new PortBus(),
      new PhysicalMemory(PhysicalMemory.PAGE_SIZE));
  private final ProcessSlot server = kernel.spawn(2, "server", everything());
  private final ProcessSlot client = kernel.spawn(3, "client", everything());
  private final ProcessSlot user = kernel.spawn(4, "user",
      new Privilege(IpcFunction.SENDREC.maskBit(), new int[] {2}, 0, List.of(), 0, List.of()));

  private static Privilege everything() {
    int ipc = 0;
    for (IpcFunction function : IpcFunction.values()) {
      ipc |= function.maskBit();
    }
    return new Privilege(ipc, new int[] {2, 3, 4}, 0, List.of(), 0, List.of());
  }

  /** One round of every kind of trap; each result is checked, so a broken path fails. */
  private void round() {
    expect(Ipc.BLOCKED, kernel.trap(server, RECEIVE, Endpoint.ANY));
    expect(Ipc.BLOCKED, kernel.trap(client, SENDREC, server.endpoint()));
    expect(Errno.OK_VALUE, kernel.trap(server, SEND, client.endpoint()));
    expect(Ipc.BLOCKED, kernel.trap(client, SEND, server.endpoint()));
    expect(Errno.OK_VALUE, kernel.trap(server, RECEIVE, Endpoint.ANY));
    expect(Errno.OK_VALUE, kernel.trap(client, NOTIFY, server.endpoint()));
    expect(Errno.OK_VALUE, kernel.trap(server, RECEIVE, client.endpoint()));
    expect(Errno.ETRAPDENIED.wireValue(), kernel.trap(user, SEND, server.endpoint()));
    expect(Errno.ECALLDENIED.wireValue(), kernel.trap(user, SENDREC, client.endpoint()));
  }

  private static void expect(int expected, int actual) {
    if (expected != actual) {
      throw new AssertionError("expected " + expected + ", got " + actual);
    }
  }

  @Test
  void theIpcTrapAllocatesNothing() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)
        || !bean.isThreadAllocatedMemorySupported()) {
      throw new AssertionError("this JVM cannot count allocated bytes per thread; run the tests"
          + " on a HotSpot JDK (Temurin, OpenJDK)");
    }
    bean.setThreadAllocatedMemoryEnabled(true);
    long thread = Thread.currentThread().threadId();
    for (int i = 0; i < ROUNDS; i++) {
      round(); // warm-up: class loading and the first compilations happen here
    }
    long idleBefore = bean.getThreadAllocatedBytes(thread);
    long idle = bean.getThreadAllocatedBytes(thread) - idleBefore;
    long before = bean.getThreadAllocatedBytes(thread);
    for (int i = 0; i < ROUNDS; i++) {
      round();
    }
    long allocated = bean.getThreadAllocatedBytes(thread) - before - idle;
    assertEquals(0, allocated, "bytes allocated by " + ROUNDS * 9 + " IPC traps");
  }
}

package org.minix3j.verification.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.MemoryRange;
import org.minix3j.abi.PortRange;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.ipc.Ipc;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.proc.IpcCall;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessState;
import org.minix3j.kernel.proc.ProcessTable;
import org.minix3j.machine.io.PortWidth;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * A seeded random workload of puppet processes on a live kernel: RS, PM, VFS, three drivers
 * with ports and IRQ lines, and four user processes, each with its declared privilege. Each
 * {@link #step} makes one kernel operation: an IPC trap (servers reply to whoever waits for
 * them; anyone may try any primitive on any endpoint, stale, dead and invalid ones included), a
 * kernel call (port I/O, IRQ hooks, privilege changes, by RS and by others), an interrupt, an
 * exit or a restart. Deterministic: the same seed gives the same operations.
 */
final class AuditWorkload {
  static final int RS = ProcessTable.KERNEL_SLOTS;
  static final int PM = RS + 1;
  static final int VFS = RS + 2;
  static final int FIRST_DRIVER = RS + 3;
  static final int DRIVERS = 3;
  static final int FIRST_USER = FIRST_DRIVER + DRIVERS;
  static final int USERS = 4;
  static final int SLOTS = FIRST_USER + USERS;
  private static final int MESSAGE_TYPE = 0x200;
  /** Pages of physical memory the audited kernel's machine has; drivers own one each. */
  static final int MEMORY_PAGES = 1 + 2 * DRIVERS + 1;
  /** Kernel calls the workload makes with no argument of interest: the call mask decides. */
  private static final List<KernelCall> PLAIN_CALLS = java.util.Arrays.stream(KernelCall.values())
      .filter(call -> call != KernelCall.SYS_PRIVCTL && call != KernelCall.SYS_DEVIO
          && call != KernelCall.SYS_IRQCTL && call != KernelCall.SYS_PHYSCOPY)
      .toList();

  private final Kernel kernel;
  private final MessageLedger ledger;
  private final SplittableRandom random;
  private @Nullable ProcessSlot lastReceiver;

  AuditWorkload(Kernel kernel, MessageLedger ledger, long seed) {
    this.kernel = kernel;
    this.ledger = ledger;
    this.random = new SplittableRandom(seed);
    kernel.privileges().setPrivctlSlot(RS);
    for (int slot = RS; slot < SLOTS; slot++) {
      kernel.spawn(slot, nameOf(slot), bootPrivilege(slot, 0));
    }
  }

  static AuditRoles roles() {
    return new AuditRoles(RS, PM, VFS, FIRST_USER, SLOTS - 1);
  }

  static String nameOf(int slot) {
    if (slot == RS) {
      return "rs";
    }
    if (slot == PM) {
      return "pm";
    }
    if (slot == VFS) {
      return "vfs";
    }
    return slot < FIRST_USER ? "driver" + (slot - FIRST_DRIVER) : "user" + (slot - FIRST_USER);
  }

  private static int[] range(int from, int to) {
    int[] slots = new int[to - from];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = from + i;
    }
    return slots;
  }

  private static int[] concat(int[] a, int... b) {
    int[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static int allPrimitives() {
    int mask = 0;
    for (IpcFunction f : IpcFunction.values()) {
      mask |= f.maskBit();
    }
    return mask;
  }

  private static long calls(KernelCall... calls) {
    long mask = 0;
    for (KernelCall call : calls) {
      mask |= call.maskBit();
    }
    return mask;
  }

  /** The privilege of {@code slot}'s role; drivers have two policies (variant 0 and 1). */
  static Privilege bootPrivilege(int slot, int variant) {
    if (slot == RS) {
      return new Privilege(allPrimitives(), range(RS, SLOTS), calls(KernelCall.SYS_PRIVCTL,
          KernelCall.SYS_GETINFO, KernelCall.SYS_KILL), List.of(), 0, List.of());
    }
    if (slot == PM) {
      return new Privilege(allPrimitives(), concat(range(FIRST_USER, SLOTS), RS, VFS),
          calls(KernelCall.SYS_GETINFO, KernelCall.SYS_KILL, KernelCall.SYS_FORK), List.of(), 0, List.of());
    }
    if (slot == VFS) {
      return new Privilege(allPrimitives(), concat(range(FIRST_DRIVER, SLOTS), PM),
          calls(KernelCall.SYS_GETINFO, KernelCall.SYS_SAFECOPYFROM), List.of(), 0, List.of());
    }
    if (slot < FIRST_USER) {
      int index = slot - FIRST_DRIVER + variant * DRIVERS;
      int base = 0x100 + 0x10 * index;
      return new Privilege(allPrimitives(), new int[] {VFS, RS},
          calls(KernelCall.SYS_DEVIO, KernelCall.SYS_IRQCTL, KernelCall.SYS_PHYSCOPY),
          List.of(new PortRange(base, base + 7)), 1 << (3 + index),
          List.of(new MemoryRange((1L + index) * PhysicalMemory.PAGE_SIZE,
              PhysicalMemory.PAGE_SIZE)));
    }
    return new Privilege(IpcFunction.SENDREC.maskBit(), new int[] {PM, VFS}, 0, List.of(), 0, List.of());
  }

  /** Makes one operation; returns what it was, for reports. */
  String step() {
    lastReceiver = null;
    List<ProcessSlot> running = new ArrayList<>();
    List<ProcessSlot> dead = new ArrayList<>();
    List<ProcessSlot> alive = new ArrayList<>();
    for (int slot = RS; slot < SLOTS; slot++) {
      ProcessSlot p = kernel.table().slot(slot);
      if (p.state() == ProcessState.RUNNING) {
        running.add(p);
      }
      if (p.alive()) {
        alive.add(p);
      } else {
        dead.add(p);
      }
    }
    int roll = random.nextInt(100);
    if (!dead.isEmpty() && (roll < 6 || (running.isEmpty() && random.nextBoolean()))) {
      ProcessSlot p = dead.get(random.nextInt(dead.size()));
      kernel.spawn(p.slot(), p.name(), bootPrivilege(p.slot(), 0));
      return "restart " + p;
    }
    if (roll < 12 || running.isEmpty()) {
      List<ProcessSlot> mortal = alive.stream().filter(p -> p.slot() != RS).toList();
      if (mortal.isEmpty()) {
        return "nothing to do";
      }
      ProcessSlot p = mortal.get(random.nextInt(mortal.size()));
      kernel.exit(p);
      return "exit " + p;
    }
    if (roll < 18) {
      int line = hookedLineOrAny();
      return "interrupt " + line + ": " + kernel.system().interrupt(line) + " notified";
    }
    ProcessSlot caller = running.get(random.nextInt(running.size()));
    if (roll < 32) {
      return kernelCall(caller);
    }
    return ipc(caller);
  }

  private String kernelCall(ProcessSlot caller) {
    int kind = random.nextInt(5);
    switch (kind) {
      case 0 -> {
        int port = 0xF8 + random.nextInt(0x70);
        int r = kernel.system().devio(caller, port, PortWidth.BYTE, random.nextBoolean(), 0, new int[1]);
        return caller + " SYS_DEVIO port " + Integer.toHexString(port) + " -> " + r;
      }
      case 1 -> {
        int line = driverLineOrAny();
        int r = kernel.system().irqctl(caller, line, random.nextInt(4) != 0);
        return caller + " SYS_IRQCTL " + line + " -> " + r;
      }
      case 2 -> {
        ProcessSlot actor = random.nextBoolean() && kernel.table().slot(RS).state() == ProcessState.RUNNING
            ? kernel.table().slot(RS) : caller;
        int target = FIRST_DRIVER + random.nextInt(DRIVERS);
        int r = kernel.system().privctl(actor, kernel.table().slot(target).endpoint(),
            bootPrivilege(target, random.nextInt(2)));
        return actor + " SYS_PRIVCTL slot " + target + " -> " + r;
      }
      case 3 -> {
        long address = (long) random.nextInt(MEMORY_PAGES * PhysicalMemory.PAGE_SIZE - 8);
        int r = kernel.system().physcopy(caller, address, new byte[8], 0, 8, random.nextBoolean());
        return caller + " SYS_PHYSCOPY 0x" + Long.toHexString(address) + " -> " + r;
      }
      default -> {
        KernelCall call = PLAIN_CALLS.get(random.nextInt(PLAIN_CALLS.size()));
        return caller + " " + call + " -> " + kernel.system().checkAndReport(caller, call);
      }
    }
  }

  /** Half the time a line someone hooked, if any, else any of the 16. */
  private int hookedLineOrAny() {
    List<Integer> hooked = new ArrayList<>();
    for (int line = 0; line < 16; line++) {
      if (!kernel.privileges().hooks(line).isEmpty()) {
        hooked.add(line);
      }
    }
    return !hooked.isEmpty() && random.nextBoolean()
        ? hooked.get(random.nextInt(hooked.size()))
        : random.nextInt(16);
  }

  /** Half the time a line some driver policy grants (3..8), else any of the 16. */
  private int driverLineOrAny() {
    return random.nextBoolean() ? 3 + random.nextInt(2 * DRIVERS) : random.nextInt(16);
  }

  private String ipc(ProcessSlot caller) {
    ProcessSlot waiting = waitingForReplyFrom(caller);
    int function;
    int peer;
    if (waiting != null && random.nextInt(3) != 0) {
      function = IpcFunction.SEND.number();
      peer = waiting.endpoint();
    } else {
      int pick = random.nextInt(100);
      function = pick < 25 ? IpcFunction.SEND.number()
          : pick < 50 ? IpcFunction.SENDREC.number()
          : pick < 80 ? IpcFunction.RECEIVE.number()
          : pick < 96 ? IpcFunction.NOTIFY.number()
          : random.nextInt(8) + 5;
      peer = randomPeer(function == IpcFunction.RECEIVE.number());
    }
    int id = ledger.nextId();
    int[] words = caller.message();
    java.util.Arrays.fill(words, 0);
    words[1] = MESSAGE_TYPE;
    words[MessageLedger.ID_WORD] = id;
    if (function == IpcFunction.RECEIVE.number()) {
      lastReceiver = caller;
    }
    int result = kernel.trap(caller, function, peer);
    boolean sends = function == IpcFunction.SEND.number() || function == IpcFunction.SENDREC.number();
    if (sends && (result == Errno.OK_VALUE || result == Ipc.BLOCKED)) {
      ledger.sent(peer);
    }
    return caller + " " + describe(function) + " " + Endpoint.describe(peer) + " -> "
        + (result == Ipc.BLOCKED ? "blocked" : String.valueOf(result));
  }

  /** The caller of the last step if it was a RECEIVE (which may have taken a message at once). */
  @Nullable ProcessSlot lastReceiver() {
    return lastReceiver;
  }

  private @Nullable ProcessSlot waitingForReplyFrom(ProcessSlot server) {
    for (int slot = RS; slot < SLOTS; slot++) {
      ProcessSlot p = kernel.table().slot(slot);
      if (p.state() == ProcessState.RECEIVING && p.call() == IpcCall.SENDREC && p.peer() == server.endpoint()) {
        return p;
      }
    }
    return null;
  }

  private int randomPeer(boolean receive) {
    int pick = random.nextInt(100);
    if (receive && pick < 40) {
      return Endpoint.ANY;
    }
    ProcessSlot target = kernel.table().slot(RS + random.nextInt(SLOTS - RS));
    if (pick < 85) {
      return target.endpoint();
    }
    if (pick < 93) {
      int generation = target.generation();
      return Endpoint.of(target.slot(), generation > 0 ? generation - 1 : generation + 1);
    }
    return switch (random.nextInt(3)) {
      case 0 -> Endpoint.NONE;
      case 1 -> Endpoint.of(SLOTS + random.nextInt(100), 0);
      default -> Endpoint.of(random.nextInt(ProcessTable.KERNEL_SLOTS), 0);
    };
  }

  private static String describe(int function) {
    IpcFunction f = IpcFunction.fromNumber(function);
    return f == null ? "function#" + function : f.name();
  }
}

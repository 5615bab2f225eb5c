package org.minix3j.kernel.priv;

import java.util.Arrays;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.MemoryRange;
import org.minix3j.abi.PortRange;
import org.minix3j.abi.ServicePrivilege;

/**
 * A privilege structure, as spec/Privileges.tla's {@code Privilege} record: the IPC primitives
 * allowed (trap mask), the slots a process may send to (send mask), the kernel calls allowed
 * (call mask), the I/O port ranges, the IRQ lines, and the physical memory ranges of
 * SYS_PHYSCOPY (spec's {@code ipc}, {@code dst}, {@code calls}, {@code ports}, {@code irqs},
 * {@code mem}). Immutable: changing a process's privilege replaces the object (SYS_PRIVCTL).
 */
public final class Privilege {
  private final int ipcMask;
  private final long[] destinations;
  private final long callMask;
  private final List<PortRange> ports;
  private final int irqMask;
  private final List<MemoryRange> memory;

  /**
   * @param ipcMask OR of {@link IpcFunction#maskBit()} of the allowed primitives
   * @param destinationSlots the slots this process may SEND, SENDREC and NOTIFY to
   * @param callMask OR of {@link KernelCall#maskBit()} of the allowed kernel calls
   * @param irqMask bit n set: IRQ line n (0..15) may be hooked
   */
  public Privilege(
      int ipcMask,
      int[] destinationSlots,
      long callMask,
      List<PortRange> ports,
      int irqMask,
      List<MemoryRange> memory) {
    this.ipcMask = ipcMask;
    int highest = 0;
    for (int slot : destinationSlots) {
      if (slot < 0) {
        throw new IllegalArgumentException("negative destination slot " + slot);
      }
      highest = Math.max(highest, slot);
    }
    this.destinations = new long[highest / Long.SIZE + 1];
    for (int slot : destinationSlots) {
      destinations[slot / Long.SIZE] |= 1L << slot;
    }
    this.callMask = callMask;
    this.ports = List.copyOf(ports);
    if ((irqMask & ~0xFFFF) != 0) {
      throw new IllegalArgumentException("IRQ lines are 0..15");
    }
    this.irqMask = irqMask;
    this.memory = List.copyOf(memory);
  }

  /**
   * The privilege SYS_PRIVCTL installs for {@code request} in a table of {@code slots} slots, or
   * null when the request names a destination outside the table or an IRQ line outside 0..15.
   */
  public static @Nullable Privilege from(ServicePrivilege request, int slots) {
    int ipcMask = 0;
    for (IpcFunction primitive : request.primitives()) {
      ipcMask |= primitive.maskBit();
    }
    int[] destinations = new int[request.destinations().size()];
    for (int i = 0; i < destinations.length; i++) {
      int endpoint = request.destinations().get(i);
      if (!Endpoint.isProcess(endpoint) || Endpoint.slot(endpoint) >= slots) {
        return null;
      }
      destinations[i] = Endpoint.slot(endpoint);
    }
    long callMask = 0;
    for (KernelCall call : request.calls()) {
      callMask |= call.maskBit();
    }
    int irqMask = 0;
    for (int line : request.irqLines()) {
      if (line < 0 || line >= 16) {
        return null;
      }
      irqMask |= 1 << line;
    }
    return new Privilege(ipcMask, destinations, callMask, request.ports(), irqMask,
        request.memory());
  }

  /** No rights at all (a process between creation and its first SYS_PRIVCTL). */
  public static Privilege none() {
    return new Privilege(0, new int[0], 0, List.of(), 0, List.of());
  }

  public boolean allows(IpcFunction primitive) {
    return (ipcMask & primitive.maskBit()) != 0;
  }

  public boolean maySendTo(int slot) {
    int word = slot / Long.SIZE;
    return word < destinations.length && (destinations[word] & (1L << slot)) != 0;
  }

  public boolean allows(KernelCall call) {
    return (callMask & call.maskBit()) != 0;
  }

  public boolean allowsPort(int port, int count) {
    for (PortRange range : ports) {
      if (range.contains(port, count)) {
        return true;
      }
    }
    return false;
  }

  public boolean allowsIrq(int line) {
    return line >= 0 && line < 16 && (irqMask & (1 << line)) != 0;
  }

  public boolean allowsMemory(long address, long length) {
    for (MemoryRange range : memory) {
      if (range.contains(address, length)) {
        return true;
      }
    }
    return false;
  }

  public List<PortRange> ports() {
    return ports;
  }

  public List<MemoryRange> memory() {
    return memory;
  }

  /** The destination slots, ascending. */
  public int[] destinationSlots() {
    int count = 0;
    for (long word : destinations) {
      count += Long.bitCount(word);
    }
    int[] slots = new int[count];
    int i = 0;
    for (int slot = 0; slot < destinations.length * Long.SIZE; slot++) {
      if (maySendTo(slot)) {
        slots[i++] = slot;
      }
    }
    return slots;
  }

  @Override
  public String toString() {
    return "Privilege[ipc="
        + Integer.toBinaryString(ipcMask)
        + ", dst="
        + Arrays.toString(destinationSlots())
        + ", calls="
        + Long.toHexString(callMask)
        + ", ports="
        + ports
        + ", irqs="
        + Integer.toHexString(irqMask)
        + ", memory="
        + memory
        + "]";
  }
}

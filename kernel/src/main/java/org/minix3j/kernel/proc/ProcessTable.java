package org.minix3j.kernel.proc;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;

/**
 * The kernel's process table: a fixed array of slots, allocated once.
 *
 * <p>Slots 0 and 1 belong to the kernel itself ({@link org.minix3j.abi.Notification#HARDWARE}
 * and {@link org.minix3j.abi.Notification#CLOCK}): they are the sources of interrupt, signal
 * and alarm notifications and never run. Every other slot holds at most one process; a
 * process leaving a slot keeps its generation there, and the next process in that slot gets
 * the following generation (spec: Ipc!SlotRestart), so endpoints of former occupants name
 * nothing.
 */
public final class ProcessTable {
  /** Slots reserved for the kernel's own notification sources. */
  public static final int KERNEL_SLOTS = 2;

  private final ProcessSlot[] slots;

  /** A table of {@code size} slots (including the kernel's), at most {@link Endpoint#GENERATION_SIZE}. */
  public ProcessTable(int size) {
    if (size <= KERNEL_SLOTS || size > Endpoint.GENERATION_SIZE) {
      throw new IllegalArgumentException(
          "process table size must be " + (KERNEL_SLOTS + 1) + ".." + Endpoint.GENERATION_SIZE + ", got " + size);
    }
    slots = new ProcessSlot[size];
    for (int i = 0; i < size; i++) {
      slots[i] = new ProcessSlot(i, size);
    }
    slots[0].occupy("hardware");
    slots[1].occupy("clock");
  }

  public int size() {
    return slots.length;
  }

  /** The slot {@code slot} (0..size-1). */
  public ProcessSlot slot(int slot) {
    return slots[slot];
  }

  /** Whether {@code endpoint} could name a slot of this table (any generation). */
  public boolean inRange(int endpoint) {
    return Endpoint.isProcess(endpoint) && Endpoint.slot(endpoint) < slots.length;
  }

  /** The live process {@code endpoint} names, or null (dead, or an older generation). */
  public @Nullable ProcessSlot current(int endpoint) {
    if (!inRange(endpoint)) {
      return null;
    }
    ProcessSlot p = slots[Endpoint.slot(endpoint)];
    return p.alive() && p.generation() == Endpoint.generation(endpoint) ? p : null;
  }

  /** Whether slot {@code slot} is one of the kernel's. */
  public static boolean isKernelSlot(int slot) {
    return slot < KERNEL_SLOTS;
  }

  /**
   * Puts a new process named {@code name} into the empty slot {@code slot}.
   *
   * @throws IllegalStateException if the slot is occupied or the kernel's
   */
  public ProcessSlot occupy(int slot, String name) {
    ProcessSlot p = slots[slot];
    if (isKernelSlot(slot) || p.alive()) {
      throw new IllegalStateException("slot " + slot + " is not free");
    }
    p.occupy(name);
    return p;
  }

  /** The lowest free slot, or -1 when the table is full. */
  public int freeSlot() {
    for (int i = KERNEL_SLOTS; i < slots.length; i++) {
      if (!slots[i].alive()) {
        return i;
      }
    }
    return -1;
  }

  /** Empties the slot of an exited process; the IPC cleanup must already have run. */
  public void vacate(ProcessSlot p) {
    if (isKernelSlot(p.slot())) {
      throw new IllegalStateException("the kernel's slots never empty");
    }
    p.vacate();
  }
}

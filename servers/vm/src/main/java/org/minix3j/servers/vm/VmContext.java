package org.minix3j.servers.vm;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.servers.vm.exec.ImageBuilder;
import org.minix3j.servers.vm.memory.FrameAllocator;
import org.minix3j.servers.vm.memory.PhysicalMemory;
import org.minix3j.servers.vm.space.AddressSpace;
import org.minix3j.servers.vm.space.TextRegistry;

/**
 * VM's tables: the frame pool, the live texts, and per user slot the address space in force and
 * the one an exec is building. Only the handlers change them, one request at a time.
 *
 * <p>Invariant: every allocated frame belongs to exactly one of: a space's private pages or
 * tables, or a text with at least one user among the spaces here.
 */
final class VmContext {
  final SystemCalls sys;
  final FrameAllocator frames;
  final PhysicalMemory memory;
  final TextRegistry texts = new TextRegistry();
  final ImageBuilder images;
  private final @Nullable AddressSpace[] spaces = new @Nullable AddressSpace[SystemSlots.TABLE_SIZE];
  private final @Nullable AddressSpace[] building = new @Nullable AddressSpace[SystemSlots.TABLE_SIZE];

  VmContext(VmConfiguration configuration, SystemCalls sys) {
    this.sys = sys;
    this.frames = new FrameAllocator(configuration.poolBase(), configuration.poolLength());
    this.memory = new PhysicalMemory(sys);
    this.images = new ImageBuilder(frames, memory, texts);
  }

  /** The user slot of {@code endpoint}, or -1 when it names no user process. */
  static int userSlot(int endpoint) {
    if (!Endpoint.isProcess(endpoint)) {
      return -1;
    }
    int slot = Endpoint.slot(endpoint);
    return SystemSlots.isUser(slot) ? slot : -1;
  }

  /** The address space in force for {@code slot}, or null. */
  @Nullable AddressSpace space(int slot) {
    return spaces[slot];
  }

  void setSpace(int slot, @Nullable AddressSpace space) {
    spaces[slot] = space;
  }

  /** The space an exec is building for {@code slot}, or null. */
  @Nullable AddressSpace building(int slot) {
    return building[slot];
  }

  void setBuilding(int slot, @Nullable AddressSpace space) {
    building[slot] = space;
  }

  /** Releases the space in force for {@code slot}, if any. */
  void releaseSpace(int slot) {
    AddressSpace space = spaces[slot];
    spaces[slot] = null;
    if (space != null) {
      space.release(frames, texts);
    }
  }

  /** Releases the space being built for {@code slot}, if any. */
  void releaseBuilding(int slot) {
    AddressSpace space = building[slot];
    building[slot] = null;
    if (space != null) {
      space.release(frames, texts);
    }
  }
}

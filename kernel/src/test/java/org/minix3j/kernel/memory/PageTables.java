package org.minix3j.kernel.memory;

import org.minix3j.machine.memory.PageTableEntry;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Builds small two-level page tables in a {@link PhysicalMemory} for tests: frames are handed
 * out upwards from a first free frame; directories and tables are zeroed when allocated.
 */
public final class PageTables {
  /** Present, user, writable. */
  public static final int USER_WRITABLE =
      PageTableEntry.PRESENT | PageTableEntry.USER | PageTableEntry.WRITABLE;

  /** Present, user, read-only. */
  public static final int USER_READ_ONLY = PageTableEntry.PRESENT | PageTableEntry.USER;

  private final PhysicalMemory memory;
  private int nextFrame;

  public PageTables(PhysicalMemory memory, int firstFreeFrame) {
    this.memory = memory;
    this.nextFrame = firstFreeFrame;
  }

  public PhysicalMemory memory() {
    return memory;
  }

  /** A zeroed frame's physical address. */
  public int allocateFrame() {
    int frame = nextFrame * PhysicalMemory.PAGE_SIZE;
    nextFrame++;
    for (int i = 0; i < PhysicalMemory.PAGE_SIZE; i += 4) {
      memory.write32(frame + i, 0);
    }
    return frame;
  }

  /** A new, empty page directory. */
  public int newDirectory() {
    return allocateFrame();
  }

  /** Maps the page at {@code linear} to a fresh frame with {@code flags} (directory entry user-writable). */
  public int mapFresh(int directory, int linear, int flags) {
    int frame = allocateFrame();
    map(directory, linear, frame, flags, USER_WRITABLE);
    return frame;
  }

  /** Maps the page at {@code linear} to {@code frame}; creates its page table if needed. */
  public void map(int directory, int linear, int frame, int flags, int directoryFlags) {
    int directoryEntryAddress = directory + ((linear >>> 22) << 2);
    int directoryEntry = memory.read32(directoryEntryAddress);
    int table;
    if ((directoryEntry & PageTableEntry.PRESENT) == 0) {
      table = allocateFrame();
    } else {
      table = directoryEntry & PageTableEntry.FRAME_MASK;
    }
    memory.write32(directoryEntryAddress, table | directoryFlags);
    memory.write32(table + (((linear >>> 12) & 0x3FF) << 2), (frame & PageTableEntry.FRAME_MASK) | flags);
  }

  /** The directory entry covering {@code linear}. */
  public int directoryEntry(int directory, int linear) {
    return memory.read32(directory + ((linear >>> 22) << 2));
  }

  /** The table entry for {@code linear} (its directory entry must point to a table in RAM). */
  public int tableEntry(int directory, int linear) {
    int table = directoryEntry(directory, linear) & PageTableEntry.FRAME_MASK;
    return memory.read32(table + (((linear >>> 12) & 0x3FF) << 2));
  }

  /** Overwrites the table entry for {@code linear}. */
  public void setTableEntry(int directory, int linear, int entry) {
    int table = directoryEntry(directory, linear) & PageTableEntry.FRAME_MASK;
    memory.write32(table + (((linear >>> 12) & 0x3FF) << 2), entry);
  }

  /** Overwrites the directory entry covering {@code linear}. */
  public void setDirectoryEntry(int directory, int linear, int entry) {
    memory.write32(directory + ((linear >>> 22) << 2), entry);
  }
}

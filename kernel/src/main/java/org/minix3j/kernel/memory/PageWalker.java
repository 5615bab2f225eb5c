package org.minix3j.kernel.memory;

import org.minix3j.machine.memory.PageTableEntry;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Translates a user virtual address through a given page directory, reading the two-level
 * tables in physical memory itself: the CPU's MMU, its CR3 and its TLB are neither used nor
 * disturbed (the CPU may be running another process).
 *
 * <p>Rules, as the {@code Mmu} applies them to user-mode accesses: the directory entry and the
 * table entry must both be present and both have U/S set; a write also needs R/W at both
 * levels. A directory, table or frame that lies outside RAM is a failed translation, not an
 * exception. When asked to mark, a translation sets A in both entries and, for a write, D in
 * the table entry, as the hardware would; a failed or unmarked translation changes nothing.
 *
 * <p>Entry point: {@link #translate}. Allocates nothing.
 */
public final class PageWalker {
  /** What {@link #translate} returns when the access is not allowed. */
  public static final int FAULT = -1;

  /** The frame bits of an entry or of CR3. */
  public static final int FRAME_MASK = PageTableEntry.FRAME_MASK;

  private final PhysicalMemory memory;

  public PageWalker(PhysicalMemory memory) {
    this.memory = memory;
  }

  public PhysicalMemory memory() {
    return memory;
  }

  /**
   * The physical address of user virtual address {@code linear} in the address space whose page
   * directory is at {@code pageDirectory}, or {@link #FAULT}. A result other than FAULT lies in
   * a page frame wholly inside RAM (so it is never negative).
   *
   * @param write whether the access writes (needs R/W; marks D)
   * @param mark whether to set the accessed and dirty bits
   */
  public int translate(int pageDirectory, int linear, boolean write, boolean mark) {
    int directoryEntryAddress = (pageDirectory & FRAME_MASK) + ((linear >>> 22) << 2);
    if (!memory.contains(directoryEntryAddress, Integer.BYTES)) {
      return FAULT;
    }
    int directoryEntry = memory.read32(directoryEntryAddress);
    if (!permits(directoryEntry, write)) {
      return FAULT;
    }
    int tableEntryAddress = (directoryEntry & FRAME_MASK) + (((linear >>> 12) & 0x3FF) << 2);
    if (!memory.contains(tableEntryAddress, Integer.BYTES)) {
      return FAULT;
    }
    int tableEntry = memory.read32(tableEntryAddress);
    if (!permits(tableEntry, write)) {
      return FAULT;
    }
    int frame = tableEntry & FRAME_MASK;
    if (!memory.contains(frame, PhysicalMemory.PAGE_SIZE)) {
      return FAULT;
    }
    if (mark) {
      setBits(directoryEntryAddress, directoryEntry, PageTableEntry.ACCESSED);
      setBits(
          tableEntryAddress,
          tableEntry,
          write ? PageTableEntry.ACCESSED | PageTableEntry.DIRTY : PageTableEntry.ACCESSED);
    }
    return frame | (linear & 0xFFF);
  }

  private static boolean permits(int entry, boolean write) {
    int needed = PageTableEntry.PRESENT | PageTableEntry.USER | (write ? PageTableEntry.WRITABLE : 0);
    return (entry & needed) == needed;
  }

  private void setBits(int address, int entry, int bits) {
    if ((entry | bits) != entry) {
      memory.write32(address, entry | bits);
    }
  }
}

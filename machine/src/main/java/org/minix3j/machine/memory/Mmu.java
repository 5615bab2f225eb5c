package org.minix3j.machine.memory;

import static org.minix3j.machine.memory.PageFaultException.ERROR_FETCH;
import static org.minix3j.machine.memory.PageFaultException.ERROR_PRESENT;
import static org.minix3j.machine.memory.PageFaultException.ERROR_USER;
import static org.minix3j.machine.memory.PageFaultException.ERROR_WRITE;

/**
 * The paging unit: two-level 4 KiB paging from CR3, with a TLB, checked as user mode (the CPU
 * only runs ring 3).
 *
 * <p>Entry points: {@link #translate(int, Access)} (the CPU's slow path and the kernel's way to
 * reach user memory), {@link #setCr3(int)} (reloading flushes the TLB), {@link
 * #invalidatePage(int)} (INVLPG), {@link #flushTlb()}, {@link #setPagingEnabled(boolean)}
 * (paging off: linear = physical; the default, as after reset).
 *
 * <p>Rules, as the Intel SDM gives them for 32-bit paging in user mode: the page-directory entry
 * and the page-table entry must both be present, both have U/S set, and both have R/W set for a
 * write; a fetch faults if minix3j's NO_EXECUTE bit (bit 9) is set at either level. A successful
 * translation sets A in both entries and, for a write, D in the page-table entry. A failing one
 * sets nothing, records the address as CR2 and throws {@link PageFaultException}. The PS bit is
 * ignored (CR4.PSE is off): every PDE points to a page table.
 *
 * <p>TLB: a direct-mapped cache of 256 translations with the combined permissions. As on
 * hardware, an entry stays in use after the page tables change, until {@link
 * #invalidatePage(int)}, {@link #flushTlb()} or {@link #setCr3(int)}; an access the entry does
 * not allow (or a first write to a clean page) walks the tables again, and a fault drops the
 * entry. {@link #generation()} changes on every invalidation, so faster caches built on top of
 * this TLB (the CPU's) know when to drop theirs.
 *
 * <p>A page directory, page table or frame outside RAM gives {@link PhysicalMemoryException}.
 */
public final class Mmu {
  private static final int TLB_SIZE = 256;
  private static final int TLB_INVALID = -1;
  private static final int PERMIT_WRITE = 1;
  private static final int PERMIT_EXECUTE = 2;
  private static final int PERMIT_DIRTY = 4;

  private final PhysicalMemory memory;
  private final int[] tlbPage = new int[TLB_SIZE];
  private final int[] tlbFrame = new int[TLB_SIZE];
  private final int[] tlbPermissions = new int[TLB_SIZE];
  private boolean pagingEnabled;
  private int cr3;
  private int cr2;
  private long generation;

  /** Creates an MMU over {@code memory}, with paging off and an empty TLB. */
  public Mmu(PhysicalMemory memory) {
    this.memory = memory;
    java.util.Arrays.fill(tlbPage, TLB_INVALID);
  }

  /** The physical memory that translations point into. */
  public PhysicalMemory memory() {
    return memory;
  }

  /** True if linear addresses go through the page tables. */
  public boolean pagingEnabled() {
    return pagingEnabled;
  }

  /** Turns paging on or off (CR0.PG); either way the TLB is flushed. */
  public void setPagingEnabled(boolean enabled) {
    pagingEnabled = enabled;
    flushTlb();
  }

  /** CR3: the physical address of the page directory. */
  public int cr3() {
    return cr3;
  }

  /** Loads CR3 (low 12 bits ignored, as for 32-bit paging) and flushes the TLB. */
  public void setCr3(int pageDirectory) {
    cr3 = pageDirectory & PageTableEntry.FRAME_MASK;
    flushTlb();
  }

  /** CR2: the linear address of the last page fault. */
  public int cr2() {
    return cr2;
  }

  /** Sets CR2 (the kernel may clear it). */
  public void setCr2(int value) {
    cr2 = value;
  }

  /** Drops every TLB entry. */
  public void flushTlb() {
    java.util.Arrays.fill(tlbPage, TLB_INVALID);
    generation++;
  }

  /** INVLPG: drops the TLB entry for the page containing {@code linear}, if any. */
  public void invalidatePage(int linear) {
    int page = linear >>> 12;
    int slot = page & (TLB_SIZE - 1);
    if (tlbPage[slot] == page) {
      tlbPage[slot] = TLB_INVALID;
    }
    generation++;
  }

  /** Changes whenever translations may have been invalidated. */
  public long generation() {
    return generation;
  }

  /**
   * Translates a user-mode access.
   *
   * @return the physical address; the whole 4 KiB frame containing it lies inside RAM
   * @throws PageFaultException if the access is not allowed (CR2 is set)
   * @throws PhysicalMemoryException if a paging structure or the frame lies outside RAM
   */
  public int translate(int linear, Access access) {
    if (!pagingEnabled) {
      checkFrame(linear & PageTableEntry.FRAME_MASK, linear);
      return linear;
    }
    int page = linear >>> 12;
    int slot = page & (TLB_SIZE - 1);
    if (tlbPage[slot] == page && permits(tlbPermissions[slot], access)) {
      return tlbFrame[slot] | (linear & 0xFFF);
    }
    return walk(linear, access, slot);
  }

  private static boolean permits(int permissions, Access access) {
    return switch (access) {
      case READ -> true;
      case WRITE -> (permissions & (PERMIT_WRITE | PERMIT_DIRTY)) == (PERMIT_WRITE | PERMIT_DIRTY);
      case EXECUTE -> (permissions & PERMIT_EXECUTE) != 0;
    };
  }

  private int walk(int linear, Access access, int slot) {
    tlbPage[slot] = TLB_INVALID;
    int directoryEntryAddress = cr3 + ((linear >>> 22) << 2);
    int directoryEntry = readEntry(directoryEntryAddress, linear);
    int baseError = ERROR_USER | errorBits(access);
    if ((directoryEntry & PageTableEntry.PRESENT) == 0) {
      throw fault(linear, baseError);
    }
    int tableEntryAddress =
        (directoryEntry & PageTableEntry.FRAME_MASK) + (((linear >>> 12) & 0x3FF) << 2);
    int tableEntry = readEntry(tableEntryAddress, linear);
    if ((tableEntry & PageTableEntry.PRESENT) == 0) {
      throw fault(linear, baseError);
    }
    int combined = directoryEntry & tableEntry;
    int noExecute = (directoryEntry | tableEntry) & PageTableEntry.NO_EXECUTE;
    boolean allowed =
        (combined & PageTableEntry.USER) != 0
            && (access != Access.WRITE || (combined & PageTableEntry.WRITABLE) != 0)
            && (access != Access.EXECUTE || noExecute == 0);
    if (!allowed) {
      throw fault(linear, baseError | ERROR_PRESENT);
    }
    int frame = tableEntry & PageTableEntry.FRAME_MASK;
    checkFrame(frame, linear);
    memory.write32(directoryEntryAddress, directoryEntry | PageTableEntry.ACCESSED);
    int newTableEntry = tableEntry | PageTableEntry.ACCESSED;
    if (access == Access.WRITE) {
      newTableEntry |= PageTableEntry.DIRTY;
    }
    if (newTableEntry != tableEntry) {
      memory.write32(tableEntryAddress, newTableEntry);
    }
    int permissions = 0;
    if ((combined & PageTableEntry.WRITABLE) != 0) {
      permissions |= PERMIT_WRITE;
    }
    if (noExecute == 0) {
      permissions |= PERMIT_EXECUTE;
    }
    if ((newTableEntry & PageTableEntry.DIRTY) != 0) {
      permissions |= PERMIT_DIRTY;
    }
    tlbPage[slot] = linear >>> 12;
    tlbFrame[slot] = frame;
    tlbPermissions[slot] = permissions;
    return frame | (linear & 0xFFF);
  }

  private static int errorBits(Access access) {
    return switch (access) {
      case READ -> 0;
      case WRITE -> ERROR_WRITE;
      case EXECUTE -> ERROR_FETCH;
    };
  }

  private PageFaultException fault(int linear, int errorCode) {
    cr2 = linear;
    return new PageFaultException(linear, errorCode);
  }

  private int readEntry(int physical, int linear) {
    if (!memory.contains(physical, 4)) {
      throw new PhysicalMemoryException(
          String.format(
              "paging structure at physical 0x%08x (translating linear 0x%08x) is outside RAM",
              physical, linear));
    }
    return memory.read32(physical);
  }

  private void checkFrame(int frame, int linear) {
    if (!memory.contains(frame, PhysicalMemory.PAGE_SIZE)) {
      throw new PhysicalMemoryException(
          String.format(
              "linear 0x%08x maps to frame 0x%08x, outside RAM (size 0x%08x)",
              linear, frame, memory.size()));
    }
  }
}

package org.minix3j.servers.vm.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.UserLayout;

/**
 * One process's i386 two-level page tables: a directory frame and one table frame per 4 MiB
 * slice that maps anything. VM keeps the authoritative copy of every entry here (the MMU's
 * accessed and dirty bits are not kept) and {@link #flush}es what changed into the frames.
 *
 * <p>Invariants: nothing is mapped in page 0 or at or above {@link UserLayout#STACK_TOP}; every
 * table holds at least one present entry (an emptied table is freed at the next flush); the
 * directory entry of a table is {@link PageBits#DIRECTORY}. The frames of mapped pages belong
 * to the caller, which allocates and frees them; the directory and table frames belong here.
 */
public final class PageTables {
  /** Entries in a directory or a table. */
  public static final int ENTRIES = 1024;

  private static final int PAGE = UserLayout.PAGE_SIZE;
  private static final long SLICE = (long) PAGE * ENTRIES;
  private static final long USER_TOP = Integer.toUnsignedLong(UserLayout.STACK_TOP);

  /** A page that is mapped: its virtual address and its entry. */
  public record Mapping(long address, int entry) {}

  private static final class Table {
    final long frame;
    final int[] entries = new int[ENTRIES];
    int present;
    boolean dirty = true;
    boolean written;

    Table(long frame) {
      this.frame = frame;
    }
  }

  private final long directoryFrame;
  private final int[] directory = new int[ENTRIES];
  private final TreeMap<Integer, Table> tables = new TreeMap<>();
  private final List<Long> emptied = new ArrayList<>();
  private boolean directoryDirty = true;

  private PageTables(long directoryFrame) {
    this.directoryFrame = directoryFrame;
  }

  /** Empty tables in a newly allocated directory frame; {@link VmFailure} when none is free. */
  public static PageTables create(FrameAllocator frames) {
    return new PageTables(allocate(frames));
  }

  /** The physical address of the directory (what CR3 gets). */
  public long directoryFrame() {
    return directoryFrame;
  }

  /** The entry for the page at {@code address}, 0 when nothing maps it. */
  public int entry(long address) {
    checkUser(address);
    Table table = tables.get(directoryIndex(address));
    return table == null ? 0 : table.entries[tableIndex(address)];
  }

  /**
   * Maps the page at {@code address} to {@code frame} with {@code permissions} (replacing what
   * was there). A table frame is allocated if the slice has none; {@link VmFailure} when the
   * pool is empty (nothing changed then).
   */
  public void map(long address, long frame, int permissions, FrameAllocator frames) {
    checkUser(address);
    if (frame % PAGE != 0 || (permissions & PageBits.PRESENT) == 0) {
      throw new IllegalArgumentException("bad mapping 0x" + Long.toHexString(frame));
    }
    int slice = directoryIndex(address);
    Table table = tables.get(slice);
    if (table == null) {
      table = new Table(allocate(frames));
      tables.put(slice, table);
      directory[slice] = (int) table.frame | PageBits.DIRECTORY;
      directoryDirty = true;
    }
    int index = tableIndex(address);
    if (!PageBits.present(table.entries[index])) {
      table.present++;
    }
    table.entries[index] = (int) frame | (permissions & PageBits.PERMISSION_MASK);
    table.dirty = true;
  }

  /**
   * Unmaps the page at {@code address}; returns the frame it mapped, or {@link
   * FrameAllocator#NO_FRAME}. A table left empty is dropped: its frame goes to {@code
   * unusedTables} if it never reached memory, else it is freed at the next {@link #flush}.
   */
  public long unmap(long address, List<Long> unusedTables) {
    checkUser(address);
    int slice = directoryIndex(address);
    Table table = tables.get(slice);
    int index = tableIndex(address);
    if (table == null || !PageBits.present(table.entries[index])) {
      return FrameAllocator.NO_FRAME;
    }
    long frame = PageBits.frame(table.entries[index]);
    table.entries[index] = 0;
    table.dirty = true;
    if (--table.present == 0) {
      tables.remove(slice);
      directory[slice] = 0;
      directoryDirty = true;
      if (table.written) {
        emptied.add(table.frame);
      } else {
        unusedTables.add(table.frame);
      }
    }
    return frame;
  }

  /** How many table frames mapping the pages [{@code start}, {@code end}) would add. */
  public int tablesNeeded(long start, long end) {
    int needed = 0;
    for (long slice = start / SLICE; slice * SLICE < end; slice++) {
      if (!tables.containsKey((int) slice)) {
        needed++;
      }
    }
    return needed;
  }

  /** The table frames in use (the directory not counted). */
  public int tableCount() {
    return tables.size();
  }

  /** Every mapped page, in address order. */
  public List<Mapping> mappings() {
    List<Mapping> result = new ArrayList<>();
    for (Map.Entry<Integer, Table> slice : tables.entrySet()) {
      int[] entries = slice.getValue().entries;
      for (int i = 0; i < ENTRIES; i++) {
        if (PageBits.present(entries[i])) {
          result.add(new Mapping(slice.getKey() * SLICE + (long) i * PAGE, entries[i]));
        }
      }
    }
    return result;
  }

  /**
   * Writes every changed table, then the directory, to physical memory, and frees the frames
   * of tables emptied since the last flush.
   */
  public void flush(PhysicalMemory memory, FrameAllocator frames) {
    for (Table table : tables.values()) {
      if (table.dirty) {
        table.written = true;
        memory.writeTable(table.frame, table.entries);
        table.dirty = false;
      }
    }
    if (directoryDirty) {
      memory.writeTable(directoryFrame, directory);
      directoryDirty = false;
    }
    for (long frame : emptied) {
      frames.free(frame);
    }
    emptied.clear();
  }

  /**
   * Frees the directory and every table frame (not the frames of mapped pages). The tables must
   * not be in use by a running process any more.
   */
  public void release(FrameAllocator frames) {
    for (Table table : tables.values()) {
      frames.free(table.frame);
    }
    for (long frame : emptied) {
      frames.free(frame);
    }
    tables.clear();
    emptied.clear();
    Arrays.fill(directory, 0);
    frames.free(directoryFrame);
  }

  /** Whether {@code address} is a page VM may map for a user process. */
  public static boolean isUserPage(long address) {
    return address >= PAGE && address < USER_TOP && address % PAGE == 0;
  }

  private static void checkUser(long address) {
    if (!isUserPage(address)) {
      throw new IllegalArgumentException("not a user page: 0x" + Long.toHexString(address));
    }
  }

  private static int directoryIndex(long address) {
    return (int) (address / SLICE);
  }

  private static int tableIndex(long address) {
    return (int) ((address / PAGE) % ENTRIES);
  }

  private static long allocate(FrameAllocator frames) {
    long frame = frames.allocate();
    if (frame == FrameAllocator.NO_FRAME) {
      throw new VmFailure(Errno.ENOMEM, "no frame for a page table");
    }
    return frame;
  }
}

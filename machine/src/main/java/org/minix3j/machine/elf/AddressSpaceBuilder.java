package org.minix3j.machine.elf;

import java.util.HashMap;
import java.util.Map;
import org.minix3j.machine.memory.PageTableEntry;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Builds one user address space in physical memory: a page directory, the page tables it
 * needs, and zeroed page frames, all taken in order from a region of RAM.
 *
 * <p>Entry points: {@link #map} maps one page (user, present, writable or not, executable or
 * not); {@link #write} copies bytes to mapped linear addresses; {@link #pageDirectory} is the
 * value for CR3. Page-directory entries are present, writable and user, so the permissions of
 * a page are those of its page-table entry; NO_EXECUTE is set in the page-table entry of every
 * page that is not executable.
 *
 * <p>Invariants: frames are handed out once, in increasing order, from {@code [firstFrame,
 * memory size)}; running out is an {@link ElfFormatException} ("does not fit"), never a host
 * exception; a page is mapped at most once (mapping it again only widens its permissions).
 */
public final class AddressSpaceBuilder {
  private static final int PAGE = PhysicalMemory.PAGE_SIZE;

  private final PhysicalMemory memory;
  private final int pageDirectory;
  private final Map<Integer, Integer> frames = new HashMap<>();
  private long nextFrame;

  /** Starts an empty address space whose structures and frames come from {@code firstFrame} up. */
  public AddressSpaceBuilder(PhysicalMemory memory, int firstFrame) throws ElfFormatException {
    this.memory = memory;
    this.nextFrame = Integer.toUnsignedLong(firstFrame);
    this.pageDirectory = allocateFrame();
  }

  /** The physical address of the page directory (the value for CR3). */
  public int pageDirectory() {
    return pageDirectory;
  }

  /** Physical bytes used so far, from the first frame up. */
  public long framesUsed() {
    return frames.size();
  }

  /** The first physical address not yet handed out. */
  public long nextFreeAddress() {
    return nextFrame;
  }

  /**
   * Maps the page containing {@code linear} as a present user page; returns its frame. Mapping
   * a page twice keeps its frame and widens its permissions.
   */
  public int map(int linear, boolean writable, boolean executable) throws ElfFormatException {
    int page = linear >>> 12;
    int directoryIndex = linear >>> 22;
    int directoryEntryAddress = pageDirectory + 4 * directoryIndex;
    int directoryEntry = memory.read32(directoryEntryAddress);
    if ((directoryEntry & PageTableEntry.PRESENT) == 0) {
      int table = allocateFrame();
      directoryEntry =
          table | PageTableEntry.PRESENT | PageTableEntry.WRITABLE | PageTableEntry.USER;
      memory.write32(directoryEntryAddress, directoryEntry);
    }
    int tableEntryAddress =
        (directoryEntry & PageTableEntry.FRAME_MASK) + 4 * ((linear >>> 12) & 0x3FF);
    Integer existing = frames.get(page);
    int frame;
    int entry;
    if (existing != null) {
      frame = existing;
      entry = memory.read32(tableEntryAddress);
      if (writable) {
        entry |= PageTableEntry.WRITABLE;
      }
      if (executable) {
        entry &= ~PageTableEntry.NO_EXECUTE;
      }
    } else {
      frame = allocateFrame();
      frames.put(page, frame);
      entry = frame | PageTableEntry.PRESENT | PageTableEntry.USER
          | (writable ? PageTableEntry.WRITABLE : 0)
          | (executable ? 0 : PageTableEntry.NO_EXECUTE);
    }
    memory.write32(tableEntryAddress, entry);
    return frame;
  }

  /** Copies {@code bytes} to the mapped linear addresses starting at {@code linear}. */
  public void write(int linear, byte[] bytes) {
    int done = 0;
    while (done < bytes.length) {
      int address = linear + done;
      Integer frame = frames.get(address >>> 12);
      if (frame == null) {
        throw new IllegalStateException(
            "page at 0x" + Integer.toHexString(address) + " is not mapped");
      }
      int inPage = address & (PAGE - 1);
      int length = Math.min(PAGE - inPage, bytes.length - done);
      memory.writeBytes(frame + inPage, bytes, done, length);
      done += length;
    }
  }

  private int allocateFrame() throws ElfFormatException {
    if (nextFrame + PAGE > memory.size()) {
      throw new ElfFormatException(
          "the program does not fit in the machine's " + (memory.size() >> 20)
              + " MiB of RAM");
    }
    int frame = (int) nextFrame;
    nextFrame += PAGE;
    byte[] zeros = new byte[PAGE];
    memory.writeBytes(frame, zeros, 0, PAGE);
    return frame;
  }
}

package org.minix3j.machine.elf;

import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Maps a validated {@link ElfImage} into an {@link AddressSpaceBuilder}: every page a segment
 * covers gets a frame; a page is writable if a writable segment covers it and executable if an
 * executable segment does (text: read-only and executable; data and bss: writable and not
 * executable); the file bytes are copied and the rest (bss) stays zero.
 *
 * <p>Entry point: {@link #load}. Segments that share a page share its frame, so adjacent
 * segments laid out by the linker on one page both see their bytes.
 */
public final class ElfLoader {
  private ElfLoader() {}

  /** Maps and copies every segment of {@code image}; returns the highest mapped address + 1. */
  public static long load(ElfImage image, AddressSpaceBuilder space) throws ElfFormatException {
    long end = 0;
    for (ElfSegment segment : image.segments()) {
      long first = segment.virtualAddress() & ~(long) (PhysicalMemory.PAGE_SIZE - 1);
      for (long page = first; page < segment.endAddress(); page += PhysicalMemory.PAGE_SIZE) {
        space.map((int) page, segment.writable(), segment.executable());
      }
      end = Math.max(end, segment.endAddress());
    }
    for (ElfSegment segment : image.segments()) {
      space.write((int) segment.virtualAddress(), image.fileBytes(segment));
    }
    return end;
  }
}

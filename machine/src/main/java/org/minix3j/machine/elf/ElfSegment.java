package org.minix3j.machine.elf;

/**
 * One loadable segment (a PT_LOAD program header) of a validated {@link ElfImage}.
 *
 * <p>Invariants (checked by {@link ElfImage#parse}): {@code fileSize <= memorySize}; the file
 * bytes {@code [fileOffset, fileOffset + fileSize)} lie inside the file; the memory range
 * {@code [virtualAddress, virtualAddress + memorySize)} lies inside the user address range and
 * overlaps no other segment. Addresses are unsigned 32-bit values held in {@code long}s.
 */
public record ElfSegment(
    long virtualAddress,
    long fileOffset,
    long fileSize,
    long memorySize,
    boolean readable,
    boolean writable,
    boolean executable,
    long alignment) {

  /** The first address past the segment in memory. */
  public long endAddress() {
    return virtualAddress + memorySize;
  }

  /** Whether {@code address} lies inside the segment's memory range. */
  public boolean contains(long address) {
    return address >= virtualAddress && address < endAddress();
  }

  /** The permissions as "RWX" letters, for messages. */
  public String permissions() {
    return (readable ? "R" : "-") + (writable ? "W" : "-") + (executable ? "X" : "-");
  }
}

package org.minix3j.abi;

/** A range of physical memory, {@code base} (inclusive) to {@code base + size} (exclusive). */
public record MemoryRange(long base, long size) {
  public MemoryRange {
    if (base < 0 || size <= 0 || base + size > 1L << 32) {
      throw new IllegalArgumentException("bad memory range base=" + base + " size=" + size);
    }
  }

  public boolean contains(long address, long length) {
    return address >= base && length >= 0 && address + length <= base + size;
  }
}

package org.minix3j.servers.vm.elf;

import org.minix3j.abi.posix.UserLayout;

/**
 * A PT_LOAD segment of an accepted ELF32 image: {@code memorySize} bytes at virtual {@code
 * address}, of which the first {@code fileSize} come from the file at {@code fileOffset} and
 * the rest are zero. {@code flags} are the ELF PF_* bits.
 */
public record ElfSegment(long address, long memorySize, long fileOffset, long fileSize, int flags) {
  /** PF_X: executable. */
  public static final int EXECUTE = 1;

  /** PF_W: writable. */
  public static final int WRITE = 2;

  /** PF_R: readable. */
  public static final int READ = 4;

  private static final int PAGE = UserLayout.PAGE_SIZE;

  public boolean writable() {
    return (flags & WRITE) != 0;
  }

  public boolean executable() {
    return (flags & EXECUTE) != 0;
  }

  /** One past the last byte. */
  public long end() {
    return address + memorySize;
  }

  /** One past the last byte that comes from the file. */
  public long fileEnd() {
    return address + fileSize;
  }

  /** The first page the segment touches. */
  public long pageStart() {
    return address / PAGE * PAGE;
  }

  /** One past the last page the segment touches. */
  public long pageEnd() {
    return (end() + PAGE - 1) / PAGE * PAGE;
  }

  /** Pages the segment touches. */
  public long pages() {
    return (pageEnd() - pageStart()) / PAGE;
  }
}

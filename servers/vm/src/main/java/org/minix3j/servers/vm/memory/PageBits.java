package org.minix3j.servers.vm.memory;

/**
 * The bits of an i386 page-directory or page-table entry as VM writes them (4 KiB pages), plus
 * this machine's no-execute bit (bit 9, honoured at either level), and the entry values VM uses
 * for each kind of page.
 */
public final class PageBits {
  /** P: the entry maps something. */
  public static final int PRESENT = 1;

  /** R/W: writes allowed (needed at both levels). */
  public static final int WRITABLE = 1 << 1;

  /** U/S: ring-3 access allowed (needed at both levels). */
  public static final int USER = 1 << 2;

  /** A: set by the MMU on use. */
  public static final int ACCESSED = 1 << 5;

  /** D: set by the MMU on a write. */
  public static final int DIRTY = 1 << 6;

  /** No-execute: instruction fetches fault. */
  public static final int NO_EXECUTE = 1 << 9;

  /** The frame address bits of an entry. */
  public static final int FRAME_MASK = 0xFFFFF000;

  /** The permission bits VM sets and copies (what the MMU may add, A and D, left out). */
  public static final int PERMISSION_MASK = PRESENT | WRITABLE | USER | NO_EXECUTE;

  /** A directory entry: every permission decided by the table entry. */
  public static final int DIRECTORY = PRESENT | USER | WRITABLE;

  /** A text page: read-only, executable. */
  public static final int TEXT = PRESENT | USER;

  /** A read-only page that is not executable (a segment with neither W nor X). */
  public static final int READ_ONLY = PRESENT | USER | NO_EXECUTE;

  /** A data, bss, heap or stack page: writable, not executable. */
  public static final int DATA = PRESENT | USER | WRITABLE | NO_EXECUTE;

  private PageBits() {}

  /** Whether {@code entry} maps a page. */
  public static boolean present(int entry) {
    return (entry & PRESENT) != 0;
  }

  /** The physical frame address in {@code entry}. */
  public static long frame(int entry) {
    return Integer.toUnsignedLong(entry & FRAME_MASK);
  }
}

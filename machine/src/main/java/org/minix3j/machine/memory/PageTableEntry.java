package org.minix3j.machine.memory;

/**
 * Bits of a 32-bit page-directory or page-table entry, as the Intel SDM defines them, plus
 * minix3j's no-execute bit.
 *
 * <p>NO_EXECUTE is bit 9, one of the bits the 32-bit format leaves to software (AVL): minix3j's
 * MMU gives it the meaning of PAE's XD bit. A page is not executable if the bit is set in its
 * page-directory entry or in its page-table entry. The frame address is bits 31..12.
 */
public final class PageTableEntry {
  /** P: the entry maps something. */
  public static final int PRESENT = 1;

  /** R/W: writes are allowed (needed at both levels). */
  public static final int WRITABLE = 1 << 1;

  /** U/S: user-mode (ring 3) access is allowed (needed at both levels). */
  public static final int USER = 1 << 2;

  /** A: set by the MMU when the entry is used for a translation. */
  public static final int ACCESSED = 1 << 5;

  /** D: set by the MMU in a page-table entry when the page is written. */
  public static final int DIRTY = 1 << 6;

  /** minix3j no-execute (AVL bit 9): instruction fetches fault. */
  public static final int NO_EXECUTE = 1 << 9;

  /** Mask of the frame address bits. */
  public static final int FRAME_MASK = 0xFFFFF000;

  private PageTableEntry() {}
}

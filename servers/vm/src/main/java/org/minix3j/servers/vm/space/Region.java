package org.minix3j.servers.vm.space;

/**
 * A page-aligned range [{@code start}, {@code end}) of a process's address space and what it
 * holds. VM's own record of a process's layout, beside the page tables.
 */
public record Region(Kind kind, long start, long end) {
  /** What a region holds. */
  public enum Kind {
    /** Read-only program pages (no PF_W), shared between processes of the same program. */
    TEXT,
    /** Writable program pages with bytes from the file. */
    DATA,
    /** Writable program pages beyond the file bytes (zeroed at exec). */
    BSS,
    /** Pages from the first break up to the current break (zeroed when added). */
    HEAP,
    /** The stack below STACK_TOP. */
    STACK
  }

  public Region {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad region " + kind + " " + start + ".." + end);
    }
  }

  /** Pages in the region. */
  public long pages() {
    return (end - start) / org.minix3j.abi.posix.UserLayout.PAGE_SIZE;
  }
}

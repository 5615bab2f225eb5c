package org.minix3j.abi.posix;

import org.minix3j.abi.protocol.CHeader;

/**
 * The virtual address space of a user process as VM builds it: the program's segments where
 * its ELF headers put them (the linker's default is 0x08048000; nothing below {@link
 * #LOWEST_LOAD}), the break growing up from the end of the data, the stack of {@link
 * #STACK_BYTES} below {@link #STACK_TOP}, everything above it the kernel's (never mapped for
 * the user). Text is read-only and executable; data, heap and stack are writable and not
 * executable.
 */
@CHeader(file = "minix/user_layout.h", prefix = "")
public final class UserLayout {
  /** Bytes in a page. */
  public static final int PAGE_SIZE = 4096;

  /** The lowest address a segment may load at (page 0 stays unmapped to catch NULL). */
  public static final int LOWEST_LOAD = 0x00400000;

  /** One past the highest stack address. */
  public static final int STACK_TOP = 0xC0000000;

  /** Bytes of stack every process gets, mapped at exec. */
  public static final int STACK_BYTES = 256 * 1024;

  /** The highest address the break may reach (a gap stays between heap and stack). */
  public static final int BREAK_LIMIT = STACK_TOP - STACK_BYTES - 0x01000000;

  private UserLayout() {}
}

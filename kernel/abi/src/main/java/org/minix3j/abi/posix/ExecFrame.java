package org.minix3j.abi.posix;

import org.minix3j.abi.protocol.CHeader;

/**
 * The frame a program passes to exec, which becomes the top of the new program's stack: word 0
 * argc, then argc argument pointers and a 0, then the environment pointers and a 0, then the
 * strings. Pointers in the frame are offsets from the frame's start; VM adds the address where
 * the frame lands ({@link UserLayout#STACK_TOP} minus the frame's length, rounded down to 16)
 * and checks every offset lies inside the frame and points at a NUL-terminated string. The
 * new program starts with ESP at the frame: {@code [esp]} argc, {@code [esp+4]} argv[0], ...
 */
@CHeader(file = "minix/exec_frame.h", prefix = "EXEC_FRAME_")
public final class ExecFrame {
  /** Byte offset of argc. */
  public static final int ARGC = 0;

  /** Byte offset of argv[0]. */
  public static final int ARGV = 4;

  private ExecFrame() {}
}

package org.minix3j.servers.vm.exec;

import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.ExecFrame;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.posix.UserLayout;

/**
 * Checks an exec frame ({@link ExecFrame}: argc, argv offsets, 0, envp offsets, 0, strings) and
 * turns its offsets into the addresses it will have on the new stack, at {@link #base}: {@code
 * (STACK_TOP - length) & ~15}.
 *
 * <p>Rules: at most {@link Limits#ARG_MAX} bytes (else {@link Errno#E2BIG}); argc not negative;
 * both pointer lists end inside the frame; every offset points into the strings after the
 * lists and at a NUL-terminated string inside the frame (else {@link Errno#EINVAL}).
 */
public final class FrameRelocation {
  /** The smallest frame: argc and the two terminating zeros. */
  public static final int MINIMUM_LENGTH = 12;

  private static final long STACK_TOP = Integer.toUnsignedLong(UserLayout.STACK_TOP);

  private FrameRelocation() {}

  /** Where a frame of {@code length} bytes lands (also the new program's stack pointer). */
  public static long base(int length) {
    return (STACK_TOP - length) & ~15L;
  }

  /** Errno for a frame length out of range, or {@link Errno#OK_VALUE}. */
  public static int checkLength(int length) {
    if (length > Limits.ARG_MAX) {
      return Errno.E2BIG.wireValue();
    }
    return length < MINIMUM_LENGTH ? Errno.EINVAL.wireValue() : Errno.OK_VALUE;
  }

  /**
   * Relocates {@code frame} in place for {@link #base}({@code frame.length}); returns {@link
   * Errno#OK_VALUE} or an error, leaving the frame unchanged on error.
   */
  public static int relocate(byte[] frame) {
    int check = checkLength(frame.length);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    int length = frame.length;
    long argc = word(frame, ExecFrame.ARGC);
    if (argc > (length - MINIMUM_LENGTH) / 4L) {
      return Errno.EINVAL.wireValue();
    }
    int argvEnd = ExecFrame.ARGV + (int) argc * 4;
    if (word(frame, argvEnd) != 0) {
      return Errno.EINVAL.wireValue();
    }
    int envpEnd = argvEnd + 4;
    while (true) {
      if (envpEnd + 4 > length) {
        return Errno.EINVAL.wireValue();
      }
      if (word(frame, envpEnd) == 0) {
        break;
      }
      envpEnd += 4;
    }
    int strings = envpEnd + 4;
    int lastNul = -1;
    for (int i = length - 1; i >= strings; i--) {
      if (frame[i] == 0) {
        lastNul = i;
        break;
      }
    }
    for (int at = ExecFrame.ARGV; at < envpEnd; at += 4) {
      long offset = word(frame, at);
      if (at != argvEnd && (offset < strings || offset > lastNul)) {
        return Errno.EINVAL.wireValue();
      }
    }
    long base = base(length);
    for (int at = ExecFrame.ARGV; at < envpEnd; at += 4) {
      if (at != argvEnd) {
        putWord(frame, at, word(frame, at) + base);
      }
    }
    return Errno.OK_VALUE;
  }

  private static long word(byte[] bytes, int at) {
    return (bytes[at] & 0xFFL) | ((bytes[at + 1] & 0xFFL) << 8) | ((bytes[at + 2] & 0xFFL) << 16)
        | ((bytes[at + 3] & 0xFFL) << 24);
  }

  private static void putWord(byte[] bytes, int at, long value) {
    bytes[at] = (byte) value;
    bytes[at + 1] = (byte) (value >>> 8);
    bytes[at + 2] = (byte) (value >>> 16);
    bytes[at + 3] = (byte) (value >>> 24);
  }
}

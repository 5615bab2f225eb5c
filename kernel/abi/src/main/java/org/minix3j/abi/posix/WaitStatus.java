package org.minix3j.abi.posix;

import org.minix3j.abi.protocol.CHeader;

/**
 * waitpid's options and the status word it returns, encoded the traditional way: exited
 * {@code (code & 0xff) << 8}; killed by a signal {@code signal} (low 7 bits, 0x80 if a core
 * would be dumped); stopped {@code (signal << 8) | 0x7f}.
 */
@CHeader(file = "minix/wait.h", prefix = "")
public final class WaitStatus {
  public static final int WNOHANG = 1;
  public static final int WUNTRACED = 2;

  private WaitStatus() {}

  /** The status of a child that exited with {@code code}. */
  public static int exited(int code) {
    return (code & 0xff) << 8;
  }

  /** The status of a child killed by {@code signal}. */
  public static int signaled(int signal) {
    return signal & 0x7f;
  }

  /** The status of a child stopped by {@code signal}. */
  public static int stopped(int signal) {
    return ((signal & 0xff) << 8) | 0x7f;
  }
}

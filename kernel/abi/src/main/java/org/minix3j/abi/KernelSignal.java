package org.minix3j.abi;

/**
 * The signals the kernel raises for a process on its own (an exception, or a Java system
 * process that crashed), with POSIX numbers, and the bitmask PM reads with {@link
 * SystemCalls#getKernelSignals}: bit {@code n} set means signal {@code n} is pending.
 */
public final class KernelSignal {
  /** An illegal instruction (#UD). */
  public static final int SIGILL = 4;

  /** A breakpoint (int 3). */
  public static final int SIGTRAP = 5;

  /** A Java system process's body threw (the process is already gone). */
  public static final int SIGABRT = 6;

  /**
   * Not a POSIX signal: a Java system process's body returned (MINIX's panic, a system process
   * that exits), reported to PM as a crash is so that RS hears of it. The process is gone.
   */
  public static final int EXITED = 16;

  /** A divide error (#DE). */
  public static final int SIGFPE = 8;

  /** A page fault or a general protection fault (#PF, #GP, an unknown interrupt vector). */
  public static final int SIGSEGV = 11;

  /** Payload word of a {@link SystemCalls#getKernelSignals} answer: the endpoint, or NONE. */
  public static final int ENDPOINT_WORD = 0;

  /** Payload word of a {@link SystemCalls#getKernelSignals} answer: the signal bitmask. */
  public static final int SIGNALS_WORD = 1;

  private KernelSignal() {}

  /** The bit of {@code signal} in a signal mask. */
  public static int bit(int signal) {
    return 1 << signal;
  }
}

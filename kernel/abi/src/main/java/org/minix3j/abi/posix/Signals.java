package org.minix3j.abi.posix;

import org.minix3j.abi.protocol.CHeader;

/**
 * Signal numbers (the classic Linux i386 numbering, which agrees with {@link
 * org.minix3j.abi.KernelSignal}), the special handlers, sigprocmask's {@code how} and
 * sigaction's flags. A signal set is a 32-bit mask, bit {@code n} for signal {@code n}.
 */
@CHeader(file = "minix/signals.h", prefix = "")
public final class Signals {
  public static final int SIGHUP = 1;
  public static final int SIGINT = 2;
  public static final int SIGQUIT = 3;
  public static final int SIGILL = 4;
  public static final int SIGTRAP = 5;
  public static final int SIGABRT = 6;
  public static final int SIGBUS = 7;
  public static final int SIGFPE = 8;
  public static final int SIGKILL = 9;
  public static final int SIGUSR1 = 10;
  public static final int SIGSEGV = 11;
  public static final int SIGUSR2 = 12;
  public static final int SIGPIPE = 13;
  public static final int SIGALRM = 14;
  public static final int SIGTERM = 15;
  public static final int SIGCHLD = 17;
  public static final int SIGCONT = 18;
  public static final int SIGSTOP = 19;
  public static final int SIGTSTP = 20;
  public static final int SIGTTIN = 21;
  public static final int SIGTTOU = 22;

  /** One more than the highest signal number. */
  public static final int NSIG = 32;

  /** Handler value: the default action. */
  public static final int SIG_DFL = 0;

  /** Handler value: ignore the signal. */
  public static final int SIG_IGN = 1;

  /** sigprocmask: add the set to the mask. */
  public static final int SIG_BLOCK = 0;

  /** sigprocmask: remove the set from the mask. */
  public static final int SIG_UNBLOCK = 1;

  /** sigprocmask: replace the mask. */
  public static final int SIG_SETMASK = 2;

  /** sigaction flag: do not add the signal itself to the mask while its handler runs. */
  public static final int SA_NODEFER = 0x40000000;

  /** sigaction flag: reset to SIG_DFL when the handler is entered. */
  public static final int SA_RESETHAND = 0x80000000;

  /** sigaction flag: restart calls the handler interrupted (accepted; calls return EINTR). */
  public static final int SA_RESTART = 0x10000000;

  /** sigaction flag on SIGCHLD: no SIGCHLD for children that stop. */
  public static final int SA_NOCLDSTOP = 1;

  private Signals() {}
}

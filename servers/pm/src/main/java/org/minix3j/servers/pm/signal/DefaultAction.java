package org.minix3j.servers.pm.signal;

import org.minix3j.abi.posix.Signals;

/** What a signal does when its handler is SIG_DFL (POSIX's table; MINIX's sig.c). */
public enum DefaultAction {
  /** The process ends, killed by the signal. */
  TERMINATE,
  /** The process ends with a core (status bit 0x80). */
  CORE,
  /** Nothing happens. */
  IGNORE,
  /** The process stops until SIGCONT. */
  STOP,
  /** A stopped process goes on (done when the signal is raised). */
  CONTINUE;

  /** Bits of SIGKILL and SIGSTOP: never caught, blocked or ignored. */
  public static final int UNBLOCKABLE = bit(Signals.SIGKILL) | bit(Signals.SIGSTOP);

  /** Bits of the signals whose default is to stop. */
  public static final int STOP_SIGNALS =
      bit(Signals.SIGSTOP) | bit(Signals.SIGTSTP) | bit(Signals.SIGTTIN) | bit(Signals.SIGTTOU);

  private static final int SIGURG = 23;
  private static final int SIGXCPU = 24;
  private static final int SIGXFSZ = 25;
  private static final int SIGWINCH = 28;
  private static final int SIGSYS = 31;

  /** The default action of {@code signal} (1..NSIG-1). */
  public static DefaultAction of(int signal) {
    return switch (signal) {
      case Signals.SIGQUIT, Signals.SIGILL, Signals.SIGTRAP, Signals.SIGABRT, Signals.SIGBUS,
              Signals.SIGFPE, Signals.SIGSEGV, SIGXCPU, SIGXFSZ, SIGSYS ->
          CORE;
      case Signals.SIGCHLD, SIGURG, SIGWINCH -> IGNORE;
      case Signals.SIGCONT -> CONTINUE;
      case Signals.SIGSTOP, Signals.SIGTSTP, Signals.SIGTTIN, Signals.SIGTTOU -> STOP;
      default -> TERMINATE;
    };
  }

  /** The bit of {@code signal} in a signal set. */
  public static int bit(int signal) {
    return 1 << signal;
  }

  /** Whether {@code signal} is a signal number a process may name (1..NSIG-1). */
  public static boolean valid(int signal) {
    return signal > 0 && signal < Signals.NSIG;
  }
}

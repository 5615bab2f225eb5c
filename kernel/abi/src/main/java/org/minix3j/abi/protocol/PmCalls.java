package org.minix3j.abi.protocol;

/**
 * The calls user programs make to PM (SENDREC to {@link org.minix3j.abi.SystemSlots#PM}). Words
 * are payload words of the request ({@code in}) and of the reply ({@code out}); the reply's
 * type is the result (see the package comment).
 */
@CHeader(file = "minix/pm.h", prefix = "PM_")
public final class PmCalls {
  /** in: w0 status (low 8 bits kept). No reply: the caller is gone. */
  public static final int EXIT = 1;

  /** result: the child's pid in the parent, 0 in the child. */
  public static final int FORK = 2;

  /**
   * in: w0 pid (-1 any child, &gt;0 that child, 0 the caller's group, &lt;-1 group -pid), w1
   * options ({@link org.minix3j.abi.posix.WaitStatus#WNOHANG}, WUNTRACED). result: the pid
   * reaped (0 with WNOHANG and none ready); out: w0 the status word.
   */
  public static final int WAITPID = 3;

  /**
   * in: w0 path pointer, w1 path length (with NUL), w2 frame pointer, w3 frame length (an
   * {@link org.minix3j.abi.posix.ExecFrame}). On success there is no reply: the caller runs the
   * new program. On failure the result is the error and the caller goes on.
   */
  public static final int EXEC = 4;

  /** result: the caller's pid; out: w0 parent's pid, w1 process group, w2 session. */
  public static final int GETPID = 5;

  /** result: the real user id; out: w0 the effective user id. */
  public static final int GETUID = 6;

  /** result: the real group id; out: w0 the effective group id. */
  public static final int GETGID = 7;

  /** in: w0 uid; sets real and effective (root), or effective to the real one. */
  public static final int SETUID = 8;

  /** in: w0 gid. */
  public static final int SETGID = 9;

  /** in: w0 pid (as for kill(2): &gt;0, 0, -1, &lt;-1), w1 signal (0 checks only). */
  public static final int KILL = 10;

  /**
   * in: w0 signal, w1 1 if a new action is given, w2 handler ({@link
   * org.minix3j.abi.posix.Signals#SIG_DFL}, SIG_IGN or an address), w3 mask, w4 flags, w5 the
   * C library's sigreturn trampoline. out: w0 old handler, w1 old mask, w2 old flags.
   */
  public static final int SIGACTION = 11;

  /** in: w0 how (SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK), w1 1 if a set is given, w2 set. out: w0 old mask. */
  public static final int SIGPROCMASK = 12;

  /** out: w0 the pending signals. */
  public static final int SIGPENDING = 13;

  /** in: w0 the mask to wait with. result: EINTR once a handler ran. */
  public static final int SIGSUSPEND = 14;

  /** in: w0 the signal context's address (from the frame). No reply: the registers come back. */
  public static final int SIGRETURN = 15;

  /** in: w0 seconds (0 cancels). result: seconds left of the previous alarm. */
  public static final int ALARM = 16;

  /** result: EINTR once a signal was caught. */
  public static final int PAUSE = 17;

  /** in: w0 pid (0: the caller), w1 pgid (0: the pid). */
  public static final int SETPGID = 18;

  /** result: the new session id (the caller's pid). */
  public static final int SETSID = 19;

  /** in: w0 pid (0: the caller). result: its process group. */
  public static final int GETPGID = 20;

  /** in: w0 pid (0: the caller). result: its session. */
  public static final int GETSID = 21;

  /**
   * result: clock ticks since boot; out: w0 user ticks, w1 system ticks, w2 children's user
   * ticks, w3 children's system ticks (children reaped by wait).
   */
  public static final int TIMES = 22;

  /** in: w0 the new break (0 asks). result: 0 or ENOMEM; out: w0 the break now. */
  public static final int BRK = 23;

  /** out: w0 seconds since 1970 (UTC), w1 nanoseconds. */
  public static final int TIME = 24;

  /** in: w0 seconds, w1 nanoseconds. result: 0, or EINTR with out w0/w1 the time left. */
  public static final int NANOSLEEP = 25;

  /**
   * in: w0 how ({@link #REBOOT_HALT}, {@link #REBOOT_POWEROFF}), w1 the status the machine
   * reports to its host (what {@code boot -c} exits with). Root only: every process is ended,
   * VFS syncs, and the machine stops (SYS_SHUTDOWN with that status). No reply on success.
   */
  public static final int REBOOT = 26;

  /**
   * in: w0 a process-table index to start from. result: the index of the entry returned (look
   * again from result + 1), or ESRCH past the last; out: w0 pid, w1 parent pid, w2 process
   * group, w3 uid, w4 state ({@link #STATE_RUNNING}...), w5 user ticks, w6 system ticks, w7
   * endpoint, w8..w11 the program name (16 bytes, NUL-padded).
   */
  public static final int GETPROCS = 27;

  /**
   * From system processes. in: w0 an endpoint. result: its pid (ESRCH if PM has no such user
   * process); out: w0 effective uid, w1 effective gid, w2 real uid.
   */
  public static final int GETEPINFO = 28;

  /**
   * From RS, after PM's NOTIFY: a system process died. result: its endpoint, or ESRCH when no
   * more deaths are to be reported; out: w0 the signal that ended it.
   */
  public static final int SERVICE_DIED = 29;

  /**
   * From RS only (EPERM otherwise): run a policy script for a failed service. in: w0-w7 the
   * script's path ({@link #SCRIPT_PATH_BYTES} bytes, NUL-padded), w8-w11 the service's label (16
   * bytes, NUL-padded), w12 the failure's reason ({@link RsCalls#REASON_CRASH}, ...), w13 the
   * count of the service's failures. PM hands the job, words unchanged, to the process waiting
   * in {@link #NEXT_SCRIPT} (init's script runner), or queues it until one asks; EAGAIN when
   * the queue is full. result: 0.
   */
  public static final int RUN_SCRIPT = 30;

  /**
   * Root only (EPERM otherwise): wait for the next policy script RS asked PM to run ({@link
   * #RUN_SCRIPT}); one process waits at a time (EBUSY for a second). result: 0; out: the job's
   * words as RUN_SCRIPT has them. init's script runner starts {@code /bin/sh PATH LABEL REASON
   * COUNT} for each, as a child of init with the console as its output. A signal ends the wait
   * with EINTR.
   */
  public static final int NEXT_SCRIPT = 31;

  /** The longest script path {@link #RUN_SCRIPT} carries, its NUL included. */
  public static final int SCRIPT_PATH_BYTES = 32;

  /** Halt the machine. */
  public static final int REBOOT_HALT = 0;

  /** Power the machine off (the simulation ends). */
  public static final int REBOOT_POWEROFF = 1;

  /** A process that runs or can run. */
  public static final int STATE_RUNNING = 'R';

  /** A process waiting in a call (wait, pause, a read, ...). */
  public static final int STATE_SLEEPING = 'S';

  /** A process stopped by SIGSTOP or a terminal stop. */
  public static final int STATE_STOPPED = 'T';

  /** A process that exited and was not waited for. */
  public static final int STATE_ZOMBIE = 'Z';

  /** A system process (server or driver). */
  public static final int STATE_SYSTEM = 'K';

  private PmCalls() {}
}

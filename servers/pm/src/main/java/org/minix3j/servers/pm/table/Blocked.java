package org.minix3j.servers.pm.table;

/** What a process waits for in PM itself, its reply deferred (MINIX's mp_flags WAITING...). */
public enum Blocked {
  /** Not waiting in PM (it may run, or wait in another server). */
  NONE,
  /** In waitpid, for a child matching {@link PmProcess#waitPid}. */
  WAITING,
  /** In pause, until a signal is caught. */
  PAUSED,
  /** In sigsuspend, with {@link PmProcess#savedMask} to restore. */
  SIGSUSPENDED,
  /** In nanosleep, until {@link PmProcess#sleepDeadline}. */
  SLEEPING,
  /** In NEXT_SCRIPT (init's script runner), until RS asks for a policy script. */
  SCRIPT_WAITING
}

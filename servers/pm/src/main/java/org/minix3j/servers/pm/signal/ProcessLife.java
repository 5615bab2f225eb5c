package org.minix3j.servers.pm.signal;

import org.minix3j.servers.pm.table.PmProcess;

/** What signal delivery needs from fork/exit: ending a process and reporting a stop. */
public interface ProcessLife {
  /** Ends {@code process} with the wait status {@code status}; it becomes a zombie. */
  void terminate(PmProcess process, int status);

  /** {@code process} just stopped: tell its parent (a waiting WUNTRACED, SIGCHLD). */
  void reportStop(PmProcess process);
}

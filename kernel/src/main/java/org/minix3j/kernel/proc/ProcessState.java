package org.minix3j.kernel.proc;

/** What a process-table slot holds, as spec/Ipc.tla's {@code pstate} names it. */
public enum ProcessState {
  /** Runnable or running: it may make its next call. */
  RUNNING,
  /** Blocked in SEND or SENDREC until its destination takes the message. */
  SENDING,
  /** Blocked in RECEIVE, or in the reply half of SENDREC. */
  RECEIVING,
  /** The slot is empty. */
  DEAD;

  /** Blocked in IPC (the spec's {@code Blocked}). */
  public boolean blocked() {
    return this == SENDING || this == RECEIVING;
  }
}

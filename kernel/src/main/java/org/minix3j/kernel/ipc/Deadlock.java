package org.minix3j.kernel.ipc;

import org.minix3j.abi.Endpoint;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessTable;

/**
 * Deadlock refusal, as MINIX's deadlock(): before a call blocks the caller on a process,
 * follow the chain of processes each blocked on the next (a receive from ANY ends it); if the
 * chain reaches the caller, blocking would close a cycle (spec: Ipc!ClosesCycle).
 */
final class Deadlock {
  private Deadlock() {}

  /** Whether {@code caller} blocking on {@code target} would close a cycle of blocked processes. */
  static boolean closesCycle(ProcessTable table, ProcessSlot caller, ProcessSlot target) {
    ProcessSlot at = target;
    // The chain visits each slot at most once unless a cycle already exists; bound it anyway.
    for (int hops = 0; hops <= table.size(); hops++) {
      if (at == caller) {
        return true;
      }
      if (!at.state().blocked() || !Endpoint.isProcess(at.peer())) {
        return false;
      }
      at = table.slot(Endpoint.slot(at.peer()));
    }
    return false;
  }
}

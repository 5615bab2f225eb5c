package org.minix3j.kernel.run;

import java.util.List;
import java.util.Locale;
import org.minix3j.abi.Errno;
import org.minix3j.abi.ProcessInfo;
import org.minix3j.abi.ProcessTimes;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.clock.ClockTask;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessTable;
import org.minix3j.kernel.sched.Scheduler;

/**
 * SYS_GETINFO's process-table snapshot (what {@code ps} shows) and SYS_TIMES. Read-only: both
 * copy out of the kernel's tables and change nothing; the caller never sees the tables
 * themselves.
 */
final class SystemInfo {
  private final RunState state;
  private final Kernel kernel;
  private final Scheduler scheduler;
  private final ClockTask clock;
  private final KernelSignals signals;

  SystemInfo(
      RunState state, Kernel kernel, Scheduler scheduler, ClockTask clock, KernelSignals signals) {
    this.state = state;
    this.kernel = kernel;
    this.scheduler = scheduler;
    this.clock = clock;
    this.signals = signals;
  }

  /** SYS_GETINFO: every live process, by slot, appended to {@code into}; returns how many. */
  int processTable(List<ProcessInfo> into) {
    ProcessTable table = kernel.table();
    int count = 0;
    for (int slot = 0; slot < table.size(); slot++) {
      ProcessSlot process = table.slot(slot);
      if (!process.alive()) {
        continue;
      }
      String status = signals.stopped(slot)
          ? "stopped"
          : process.state().name().toLowerCase(Locale.ROOT);
      into.add(new ProcessInfo(process.endpoint(), process.name(),
          state.userContexts[slot] != null, status, process.peer(), scheduler.ownQueueOf(slot),
          clock.userTicks(slot), clock.systemTicks(slot)));
      count++;
    }
    return count;
  }

  /** SYS_TIMES for the live process {@code endpoint}. */
  ProcessTimes times(int endpoint) {
    ProcessTable table = kernel.table();
    if (!table.inRange(endpoint)) {
      return ProcessTimes.error(Errno.EBADSRCDST.wireValue());
    }
    ProcessSlot process = table.current(endpoint);
    if (process == null) {
      return ProcessTimes.error(Errno.EDEADSRCDST.wireValue());
    }
    return new ProcessTimes(Errno.OK_VALUE, clock.userTicks(process.slot()),
        clock.systemTicks(process.slot()), clock.uptime());
  }
}

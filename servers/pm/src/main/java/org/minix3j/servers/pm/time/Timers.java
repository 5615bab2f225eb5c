package org.minix3j.servers.pm.time;

import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Signals;
import org.minix3j.servers.pm.ipc.Peers;
import org.minix3j.servers.pm.signal.SignalDelivery;
import org.minix3j.servers.pm.table.Blocked;
import org.minix3j.servers.pm.table.PmProcess;
import org.minix3j.servers.pm.table.ProcessTable;

/**
 * PM's one kernel alarm (SYS_SETALARM) multiplexed over every process's alarm and nanosleep,
 * plus the retry of signal handlers that could not be delivered (MINIX's timers.c).
 *
 * <p>The deadlines live in the process table as absolute uptime ticks; {@link #reschedule}
 * programs the kernel alarm for the earliest one after every message PM handles, and {@link
 * #expire} (on the CLOCK notification) fires every deadline that has passed.
 */
public final class Timers {
  private final SystemCalls sys;
  private final ProcessTable table;
  private final Peers peers;
  private final SignalDelivery signals;
  private long programmed;

  public Timers(SystemCalls sys, ProcessTable table, Peers peers, SignalDelivery signals) {
    this.sys = sys;
    this.table = table;
    this.peers = peers;
    this.signals = signals;
  }

  /** The CLOCK notification: alarms become SIGALRM, sleeps end, stuck handlers are retried. */
  public void expire() {
    programmed = 0;
    long now = sys.uptime();
    if (now < 0) {
      return;
    }
    for (int slot = SystemSlots.FIRST_USER; slot < SystemSlots.TABLE_SIZE; slot++) {
      PmProcess process = table.slot(slot);
      if (!process.alive()) {
        continue;
      }
      if (process.blocked == Blocked.SLEEPING && process.sleepDeadline <= now) {
        process.blocked = Blocked.NONE;
        process.sleepDeadline = 0;
        Message reply = new Message();
        peers.reply(process.endpoint, reply);
      }
      if (process.alarmDeadline != 0 && process.alarmDeadline <= now) {
        process.alarmDeadline = 0;
        signals.raise(process, Signals.SIGALRM);
      }
    }
    signals.retryStuck();
  }

  /** Programs the kernel alarm for the earliest deadline (none: cancelled). */
  public void reschedule() {
    long earliest = Long.MAX_VALUE;
    boolean retry = false;
    for (int slot = SystemSlots.FIRST_USER; slot < SystemSlots.TABLE_SIZE; slot++) {
      PmProcess process = table.slot(slot);
      if (!process.alive()) {
        continue;
      }
      if (process.alarmDeadline != 0) {
        earliest = Math.min(earliest, process.alarmDeadline);
      }
      if (process.blocked == Blocked.SLEEPING) {
        earliest = Math.min(earliest, process.sleepDeadline);
      }
      retry |= process.deliveryStuck;
    }
    if (retry) {
      long now = sys.uptime();
      earliest = Math.min(earliest, Math.max(1, now + 1));
    }
    long wanted = earliest == Long.MAX_VALUE ? 0 : Math.max(1, earliest);
    if (wanted != programmed) {
      programmed = wanted;
      long unused = sys.setAlarm(wanted, true);
    }
  }
}

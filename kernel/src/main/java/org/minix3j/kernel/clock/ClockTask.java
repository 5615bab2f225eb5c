package org.minix3j.kernel.clock;

import java.util.Arrays;
import org.minix3j.abi.Notification;
import org.minix3j.kernel.ipc.Ipc;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessTable;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.machine.devices.pit.Pit8254;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.io.PortWidth;

/**
 * The CLOCK task: the PIT's IRQ 0 at {@link #DEFAULT_HZ} ticks per second drives the uptime,
 * the quantum of the process that was running, and the synchronous alarms of SYS_SETALARM,
 * each delivered as a notification from {@link Notification#CLOCK} (MINIX's clock.c). There is
 * no TLA+ spec for the clock; the notification it sends is spec: Ipc!ProcNotify with the kernel
 * as notifier.
 *
 * <p>Entry points: {@link #start} programs PIT counter 0 (mode 2, rate generator); {@link #tick}
 * for each IRQ 0; {@link #setAlarm}; {@link #uptime}; {@link #clear} when a process exits.
 *
 * <p>Invariants: one alarm per slot, as an absolute tick ({@code 0}: none); an alarm fires on
 * the first tick at or after its time, once; time comes from the PIT alone (no host clock).
 */
public final class ClockTask {
  /** Ticks per second: MINIX's default HZ. */
  public static final int DEFAULT_HZ = 60;

  private static final long NO_ALARM = 0;

  private final ProcessTable table;
  private final Ipc ipc;
  private final Scheduler scheduler;
  private final int hertz;
  private final long[] alarmAt;
  private final long[] userTicks;
  private final long[] systemTicks;
  private long uptime;
  private long nextAlarm = Long.MAX_VALUE;

  public ClockTask(ProcessTable table, Ipc ipc, Scheduler scheduler, int hertz) {
    if (hertz < 19 || hertz > 10_000) {
      throw new IllegalArgumentException("clock rate " + hertz + " Hz outside 19..10000");
    }
    this.table = table;
    this.ipc = ipc;
    this.scheduler = scheduler;
    this.hertz = hertz;
    this.alarmAt = new long[table.size()];
    this.userTicks = new long[table.size()];
    this.systemTicks = new long[table.size()];
  }

  /** Programs PIT counter 0 for {@link #hertz()} interrupts per second. */
  public void start(PortBus ports) {
    int count = (int) Math.round((double) Pit8254.INPUT_FREQUENCY_HZ / hertz);
    ports.out(Pit8254.CONTROL_PORT, PortWidth.BYTE, 0x34); // counter 0, low then high, mode 2
    ports.out(Pit8254.COUNTER0_PORT, PortWidth.BYTE, count & 0xFF);
    ports.out(Pit8254.COUNTER0_PORT, PortWidth.BYTE, count >>> 8);
  }

  public int hertz() {
    return hertz;
  }

  /** Ticks since {@link #start}. */
  public long uptime() {
    return uptime;
  }

  /** Whether some alarm is set. */
  public boolean alarmPending() {
    return nextAlarm != Long.MAX_VALUE;
  }

  /**
   * One clock tick: the uptime advances, {@code runningSlot} (or -1 when idle) is billed one
   * tick of its quantum and of its user time ({@code userMode}: the tick came while its i386
   * code ran) or system time (while the kernel worked for it), and due alarms are delivered.
   */
  public void tick(int runningSlot, boolean userMode) {
    uptime++;
    if (runningSlot >= 0) {
      scheduler.tick(runningSlot);
      if (userMode) {
        userTicks[runningSlot]++;
      } else {
        systemTicks[runningSlot]++;
      }
    }
    if (uptime >= nextAlarm) {
      fireAlarms();
    }
  }

  /**
   * SYS_SETALARM for {@code slot}: an alarm at tick {@code ticks} ({@code absolute}) or {@code
   * ticks} from now; 0 cancels. Returns the ticks left of the alarm it replaced (0 if none).
   */
  public long setAlarm(int slot, long ticks, boolean absolute) {
    long previous = alarmAt[slot];
    long left = previous == NO_ALARM ? 0 : Math.max(0, previous - uptime);
    long at = ticks <= 0 ? NO_ALARM : absolute ? Math.max(ticks, uptime + 1) : uptime + ticks;
    alarmAt[slot] = at;
    recomputeNextAlarm();
    return left;
  }

  /** Clock ticks the process in {@code slot} ran in user mode. */
  public long userTicks(int slot) {
    return userTicks[slot];
  }

  /** Clock ticks the kernel spent on behalf of the process in {@code slot}. */
  public long systemTicks(int slot) {
    return systemTicks[slot];
  }

  /** Forgets the alarm and the times of {@code slot}, whose process exited or was just made. */
  public void clear(int slot) {
    userTicks[slot] = 0;
    systemTicks[slot] = 0;
    if (alarmAt[slot] != NO_ALARM) {
      alarmAt[slot] = NO_ALARM;
      recomputeNextAlarm();
    }
  }

  // spec: Ipc!ProcNotify (the kernel's CLOCK source as notifier)
  private void fireAlarms() {
    for (int slot = 0; slot < alarmAt.length; slot++) {
      if (alarmAt[slot] != NO_ALARM && alarmAt[slot] <= uptime) {
        alarmAt[slot] = NO_ALARM;
        ProcessSlot process = table.slot(slot);
        if (process.alive()) {
          ipc.kernelNotify(Notification.CLOCK, process);
        }
      }
    }
    recomputeNextAlarm();
  }

  private void recomputeNextAlarm() {
    nextAlarm = Arrays.stream(alarmAt).filter(at -> at != NO_ALARM).min().orElse(Long.MAX_VALUE);
  }
}

package org.minix3j.servers.pm.time;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.ProcessTimes;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.posix.Limits;
import org.minix3j.servers.pm.Reply;
import org.minix3j.servers.pm.table.Blocked;
import org.minix3j.servers.pm.table.PmProcess;

/**
 * ALARM, NANOSLEEP, TIME and TIMES (MINIX's time.c and alarm.c). Wall time is the boot time PM
 * read from the RTC plus the uptime; times(2) counts in {@link Limits#CLK_TCK} ticks, converted
 * from the kernel clock's rate.
 */
public final class TimeCalls {
  private static final long NANOSECONDS_PER_SECOND = 1_000_000_000L;

  private final SystemCalls sys;
  private final long bootTime;

  /** {@code bootTime}: seconds since 1970 at uptime 0. */
  public TimeCalls(SystemCalls sys, long bootTime) {
    this.sys = sys;
    this.bootTime = bootTime;
  }

  /** ALARM: w0 seconds (0 cancels); result the seconds left of the previous alarm. */
  public Reply alarm(PmProcess caller, Message request, Message reply) {
    int seconds = request.payload(0);
    if (seconds < 0) {
      return Reply.of(Errno.EINVAL.wireValue());
    }
    long now = Math.max(0, sys.uptime());
    long hertz = hertz();
    int left = 0;
    if (caller.alarmDeadline != 0) {
      long ticks = Math.max(0, caller.alarmDeadline - now);
      left = (int) Math.max(1, (ticks + hertz - 1) / hertz);
    }
    caller.alarmDeadline = seconds == 0 ? 0 : now + seconds * hertz;
    return Reply.of(left);
  }

  /** NANOSLEEP: w0 seconds, w1 nanoseconds; answered 0 when the time is up, or EINTR. */
  public Reply nanosleep(PmProcess caller, Message request, Message reply) {
    int seconds = request.payload(0);
    int nanoseconds = request.payload(1);
    if (seconds < 0 || nanoseconds < 0 || nanoseconds >= NANOSECONDS_PER_SECOND) {
      return Reply.of(Errno.EINVAL.wireValue());
    }
    long hertz = hertz();
    long ticks = seconds * hertz + (nanoseconds * hertz + NANOSECONDS_PER_SECOND - 1)
        / NANOSECONDS_PER_SECOND;
    if (ticks == 0) {
      return Reply.ok();
    }
    caller.blocked = Blocked.SLEEPING;
    caller.sleepDeadline = Math.max(0, sys.uptime()) + ticks;
    return Reply.DEFERRED;
  }

  /** TIME: out w0 seconds since 1970, w1 nanoseconds. */
  public Reply time(int source, Message request, Message reply) {
    long uptime = Math.max(0, sys.uptime());
    long hertz = hertz();
    reply.setPayload(0, (int) (bootTime + uptime / hertz));
    reply.setPayload(1, (int) ((uptime % hertz) * NANOSECONDS_PER_SECOND / hertz));
    return Reply.ok();
  }

  /** TIMES: result ticks since boot; out w0-w3 user, system, children's user and system. */
  public Reply times(PmProcess caller, Message request, Message reply) {
    ProcessTimes times = sys.times(caller.endpoint);
    if (times.result() < 0) {
      return Reply.of(times.result());
    }
    reply.setPayload(0, toClockTicks(times.userTicks()));
    reply.setPayload(1, toClockTicks(times.systemTicks()));
    reply.setPayload(2, toClockTicks(caller.childUserTicks));
    reply.setPayload(3, toClockTicks(caller.childSystemTicks));
    return Reply.of(toClockTicks(times.uptimeTicks()) & Integer.MAX_VALUE);
  }

  /** Seconds since 1970 at uptime 0. */
  public long bootTime() {
    return bootTime;
  }

  private int toClockTicks(long kernelTicks) {
    return (int) (kernelTicks * Limits.CLK_TCK / hertz());
  }

  private long hertz() {
    return Math.max(1, sys.ticksPerSecond());
  }
}

package org.minix3j.servers.pm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Notification;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.posix.WaitStatus;
import org.minix3j.abi.protocol.PmCalls;

class TimeTest {
  /** 2025-01-01 00:00:00 UTC. */
  private static final long NEW_YEAR_2025 = 1_735_689_600L;

  @Test
  void alarmsAreMultiplexedOnTheKernelAlarm() {
    PmHarness h = new PmHarness();
    int first = h.fork(PmHarness.INIT);
    int second = h.fork(PmHarness.INIT);
    assertEquals(0, h.result(first, PmCalls.ALARM, 10));
    assertEquals(600 + 600, h.kernel.alarm);
    assertEquals(0, h.result(second, PmCalls.ALARM, 2));
    assertEquals(600 + 120, h.kernel.alarm);
    h.kernel.uptime = 660;
    assertEquals(1, h.result(second, PmCalls.ALARM, 2), "one second left");
    assertEquals(660 + 120, h.kernel.alarm);
    h.kernel.uptime = 780;
    h.notifyFrom(Notification.CLOCK);
    assertFalse(h.pm.table().byPid(3) != null && h.process(3).alive());
    assertEquals(1200, h.kernel.alarm, "the first alarm is still due");
    FakeKernel.Event reaped = h.answered(PmHarness.INIT, PmCalls.WAITPID, 3, 0);
    assertEquals(WaitStatus.signaled(Signals.SIGALRM), reaped.word(0));
    assertEquals(7, h.result(first, PmCalls.ALARM, 0), "cancelled with 7 s left");
    assertEquals(0, h.kernel.alarm);
  }

  @Test
  void nanosleepEndsOnTheClock() {
    PmHarness h = new PmHarness();
    int child = h.fork(PmHarness.INIT);
    h.deferred(child, PmCalls.NANOSLEEP, 1, 500_000_000);
    assertEquals(600 + 90, h.kernel.alarm);
    h.kernel.uptime = 689;
    int mark = h.notifyFrom(Notification.CLOCK);
    assertEquals(null, h.replyTo(child, mark));
    h.kernel.uptime = 690;
    mark = h.notifyFrom(Notification.CLOCK);
    FakeKernel.Event reply = h.replyTo(child, mark);
    reply = PmHarness.present(reply);
    assertEquals(0, reply.type());
    assertEquals(0, h.result(child, PmCalls.NANOSLEEP, 0, 0));
    assertEquals(Errno.EINVAL.wireValue(), h.result(child, PmCalls.NANOSLEEP, 0, 1_000_000_000));
    assertEquals(Errno.EINVAL.wireValue(), h.result(child, PmCalls.NANOSLEEP, -1, 0));
  }

  @Test
  void nanosleepInterruptedGivesTheTimeLeft() {
    PmHarness h = new PmHarness();
    int child = h.fork(PmHarness.INIT);
    h.result(child, PmCalls.SIGACTION, Signals.SIGUSR1, 1, 0x401000, 0, 0, 0x402000);
    h.deferred(child, PmCalls.NANOSLEEP, 5, 0);
    h.kernel.uptime = 660;
    int mark = h.kernel.events.size();
    h.result(PmHarness.INIT, PmCalls.KILL, h.pid(child), Signals.SIGUSR1);
    FakeKernel.Event reply = h.replyTo(child, mark);
    reply = PmHarness.present(reply);
    assertEquals(Errno.EINTR.wireValue(), reply.type());
    assertEquals(4, reply.word(0));
    assertEquals(0, reply.word(1));
  }

  @Test
  void bootTimeComesFromTheBcdRtcMinusTheUptime() {
    FakeKernel kernel = new FakeKernel();
    setDate(kernel, false, 2025, 1, 1, 0, 0, 10);
    PmServer pm = new PmServer(kernel, PmConfiguration.defaults());
    assertEquals(NEW_YEAR_2025, pm.bootTime(), "10 s on the RTC, uptime 600 ticks = 10 s");
  }

  @Test
  void bootTimeFromABinaryTwelveHourRtc() {
    FakeKernel kernel = new FakeKernel();
    kernel.uptime = 0;
    kernel.cmos[0x0B] = 0x04;
    kernel.cmos[0x00] = 30;
    kernel.cmos[0x02] = 15;
    kernel.cmos[0x04] = 0x80 | 1;
    kernel.cmos[0x07] = 29;
    kernel.cmos[0x08] = 2;
    kernel.cmos[0x09] = 24;
    kernel.cmos[0x32] = 20;
    PmServer pm = new PmServer(kernel, PmConfiguration.defaults());
    // 2024-02-29 13:15:30 UTC
    assertEquals(1_709_212_530L, pm.bootTime());
  }

  @Test
  void anUnreadableRtcGivesTheFallback() {
    FakeKernel kernel = new FakeKernel();
    kernel.rtcWorks = false;
    PmServer pm = new PmServer(kernel, new PmConfiguration(0x70, 0x71, 12345, 100, 64, "init"));
    assertEquals(12345, pm.bootTime());
  }

  @Test
  void timeIsBootTimePlusUptime() {
    FakeKernel kernel = new FakeKernel();
    setDate(kernel, false, 2025, 1, 1, 0, 0, 10);
    PmServer pm = new PmServer(kernel, PmConfiguration.defaults());
    pm.start();
    kernel.uptime = 600 + 90;
    int[] raw = new int[16];
    raw[0] = PmServer.INIT_ENDPOINT;
    raw[1] = PmCalls.TIME;
    org.minix3j.abi.Message message = new org.minix3j.abi.Message();
    message.copyFrom(raw);
    pm.handle(message);
    FakeKernel.Event reply = kernel.events.get(kernel.events.size() - 1);
    assertEquals(NEW_YEAR_2025 + 11, reply.word(0));
    assertEquals(500_000_000, reply.word(1));
  }

  private static void setDate(FakeKernel kernel, boolean binary, int year, int month, int day,
      int hour, int minute, int second) {
    kernel.cmos[0x0B] = binary ? 0x06 : 0x02;
    kernel.cmos[0x00] = bcd(second);
    kernel.cmos[0x02] = bcd(minute);
    kernel.cmos[0x04] = bcd(hour);
    kernel.cmos[0x07] = bcd(day);
    kernel.cmos[0x08] = bcd(month);
    kernel.cmos[0x09] = bcd(year % 100);
    kernel.cmos[0x32] = bcd(year / 100);
  }

  private static int bcd(int value) {
    return (value / 10) << 4 | value % 10;
  }
}

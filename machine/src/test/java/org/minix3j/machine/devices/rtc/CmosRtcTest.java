package org.minix3j.machine.devices.rtc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.io.PortBus;

class CmosRtcTest {
  private static final long SECOND = 1_000_000_000L;

  private final SimulatedClock clock = new SimulatedClock();
  private final PortBus bus = new PortBus();

  private CmosRtc rtc(long epoch) {
    CmosRtc rtc = new CmosRtc(clock, epoch);
    rtc.attach(bus);
    return rtc;
  }

  private int read(int register) {
    bus.out8(0x70, 0x80 | register); // with the NMI mask bit, which is ignored
    return bus.in8(0x71);
  }

  private void write(int register, int value) {
    bus.out8(0x70, register);
    bus.out8(0x71, value);
  }

  @Test
  void theDefaultEpochIsReadInBcd() {
    rtc(CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS);
    assertEquals(0x00, read(0));
    assertEquals(0x00, read(2));
    assertEquals(0x00, read(4));
    assertEquals(0x04, read(6), "2025-01-01 is a Wednesday (Sunday = 1)");
    assertEquals(0x01, read(7));
    assertEquals(0x01, read(8));
    assertEquals(0x25, read(9));
    assertEquals(0x20, read(0x32));
    assertEquals(0x02, read(0x0B), "24-hour, BCD");
    assertEquals(0x80, read(0x0D), "valid RAM and time");
  }

  @Test
  void theTimeFollowsTheSimulatedClock() {
    rtc(CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS);
    clock.advanceTo((3 * 3600 + 25 * 60 + 7) * SECOND + SECOND / 2);
    assertEquals(0x07, read(0));
    assertEquals(0x25, read(2));
    assertEquals(0x03, read(4));
  }

  @Test
  void binaryAndTwelveHourModesFollowRegisterB() {
    long epoch = LocalDateTime.of(2031, 12, 31, 15, 59, 58).toEpochSecond(ZoneOffset.UTC);
    rtc(epoch);
    write(0x0B, 0x06); // binary, 24-hour
    assertEquals(15, read(4));
    assertEquals(31, read(9));
    assertEquals(20, read(0x32));
    write(0x0B, 0x00); // BCD, 12-hour
    assertEquals(0x83, read(4), "3 PM");
    clock.advanceTo(2 * SECOND);
    assertEquals(0x84, read(4));
    assertEquals(0x00, read(0));
  }

  @Test
  void leapDaysAndTheYearRollOver() {
    rtc(LocalDateTime.of(2000, 2, 28, 23, 59, 59).toEpochSecond(ZoneOffset.UTC));
    clock.advanceTo(SECOND);
    assertEquals(0x29, read(7));
    assertEquals(0x02, read(8));
    clock.advanceTo(SECOND + 86_400 * SECOND);
    assertEquals(0x01, read(7));
    assertEquals(0x03, read(8));
  }

  @Test
  void updateInProgressIsSetJustBeforeEachSecond() {
    rtc(CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS);
    clock.advanceTo(SECOND - 300_000);
    assertEquals(0x26, read(0x0A));
    clock.advanceTo(SECOND - 200_000);
    assertEquals(0xA6, read(0x0A));
    clock.advanceTo(SECOND);
    assertEquals(0x26, read(0x0A));
  }

  @Test
  void writingTheTimeSetsTheClock() {
    CmosRtc rtc = rtc(CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS);
    write(4, 0x12);
    write(2, 0x34);
    write(9, 0x30);
    assertEquals(0x12, read(4));
    assertEquals(0x34, read(2));
    assertEquals(0x30, read(9));
    assertEquals(
        LocalDateTime.of(2030, 1, 1, 12, 34, 0).toEpochSecond(ZoneOffset.UTC),
        rtc.wallClockSeconds());
    clock.advanceTo(61 * SECOND);
    assertEquals(0x35, read(2));
  }

  @Test
  void cmosRamHoldsWhatIsWritten() {
    rtc(CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS);
    write(0x10, 0x44);
    write(0x7F, 0xA5);
    assertEquals(0x44, read(0x10));
    assertEquals(0xA5, read(0x7F));
    assertEquals(0x00, read(0x0C));
  }
}

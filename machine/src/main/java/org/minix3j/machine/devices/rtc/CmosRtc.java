package org.minix3j.machine.devices.rtc;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.minix3j.machine.clock.ClockMath;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.io.PortDevice;
import org.minix3j.machine.io.PortWidth;

/**
 * The PC's CMOS real-time clock (Motorola MC146818A) at ports 0x70 (index; bit 7 is the NMI mask
 * and is ignored) and 0x71 (data).
 *
 * <p>Implemented: the time and date registers 0 (seconds), 2 (minutes), 4 (hours), 6 (day of
 * week, 1 = Sunday), 7 (day of month), 8 (month), 9 (year in century) and 0x32 (century), in BCD
 * or binary as register B's DM bit says and in 24- or 12-hour form (bit 7 of the hour = PM) as
 * its 24/12 bit says; register A (UIP set during the last 244 us of each second; writable
 * divider and rate bits), B (all bits kept; SET freezes nothing here because reads are computed
 * on demand), C (reads 0: the periodic, alarm and update interrupts are not implemented, so
 * IRQ 8 is never raised) and D (VRT: the battery is good). Alarm registers and the rest of the
 * 128 bytes of CMOS RAM hold what is written. Writing a time or date register sets the clock to
 * the new date from that moment on.
 *
 * <p>Time source: the wall time is the boot epoch given at construction (seconds since
 * 1970-01-01 UTC, never the host clock) plus the simulated time, plus whatever offset the guest
 * has set; all in UTC.
 */
public final class CmosRtc implements PortDevice {
  /** The index port. */
  public static final int INDEX_PORT = 0x70;

  /** The boot epoch used when none is given: 2025-01-01 00:00:00 UTC. */
  public static final long DEFAULT_BOOT_EPOCH_SECONDS = 1_735_689_600L;

  private static final int REGISTER_A = 0x0A;
  private static final int REGISTER_B = 0x0B;
  private static final int REGISTER_C = 0x0C;
  private static final int REGISTER_D = 0x0D;
  private static final int CENTURY = 0x32;
  private static final long UPDATE_IN_PROGRESS_NANOSECONDS = 244_000;

  private final SimulatedClock clock;
  private final byte[] ram = new byte[128];
  private long epochSeconds;
  private int index;

  /** An RTC reading {@code bootEpochSeconds} at simulated time zero. */
  public CmosRtc(SimulatedClock clock, long bootEpochSeconds) {
    this.clock = clock;
    this.epochSeconds = bootEpochSeconds;
    ram[REGISTER_A] = 0x26; // 32.768 kHz time base, 1024 Hz rate
    ram[REGISTER_B] = 0x02; // 24-hour, BCD
  }

  /** Claims ports 0x70-0x71. */
  public void attach(PortBus bus) {
    bus.register(INDEX_PORT, 2, "cmos-rtc", this);
  }

  /** The wall time now, in seconds since 1970-01-01 UTC. */
  public long wallClockSeconds() {
    return epochSeconds + clock.now() / ClockMath.NANOSECONDS_PER_SECOND;
  }

  @Override
  public int read(int port, PortWidth width) {
    if (port == INDEX_PORT) {
      return 0xFF; // the index register is write-only
    }
    return readRegister(index);
  }

  @Override
  public void write(int port, PortWidth width, int value) {
    if (port == INDEX_PORT) {
      index = value & 0x7F;
    } else {
      writeRegister(index, value & 0xFF);
    }
  }

  /** The value of CMOS register {@code register} (0-127) as the guest reads it. */
  public int readRegister(int register) {
    LocalDateTime now = LocalDateTime.ofEpochSecond(wallClockSeconds(), 0, ZoneOffset.UTC);
    return switch (register) {
      case 0 -> encode(now.getSecond());
      case 2 -> encode(now.getMinute());
      case 4 -> encodeHour(now.getHour());
      case 6 -> encode(now.getDayOfWeek().getValue() % 7 + 1);
      case 7 -> encode(now.getDayOfMonth());
      case 8 -> encode(now.getMonthValue());
      case 9 -> encode(now.getYear() % 100);
      case CENTURY -> encode(now.getYear() / 100);
      case REGISTER_A -> (ram[REGISTER_A] & 0x7F) | (updateInProgress() ? 0x80 : 0);
      case REGISTER_C -> 0;
      case REGISTER_D -> 0x80;
      default -> ram[register] & 0xFF;
    };
  }

  private void writeRegister(int register, int value) {
    switch (register) {
      case 0, 2, 4, 7, 8, 9, CENTURY -> setDateField(register, value);
      case 6, REGISTER_C, REGISTER_D -> {} // derived or read-only
      default -> ram[register] = (byte) value;
    }
  }

  private void setDateField(int register, int value) {
    long seconds = wallClockSeconds();
    LocalDateTime now = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    int decoded = register == 4 ? decodeHour(value) : decode(value);
    LocalDateTime changed;
    try {
      changed =
          switch (register) {
            case 0 -> now.withSecond(decoded);
            case 2 -> now.withMinute(decoded);
            case 4 -> now.withHour(decoded);
            case 7 -> now.withDayOfMonth(decoded);
            case 8 -> now.withMonth(decoded);
            case 9 -> now.withYear(now.getYear() / 100 * 100 + decoded);
            default -> now.withYear(decoded * 100 + now.getYear() % 100);
          };
    } catch (java.time.DateTimeException invalid) {
      return; // an impossible date (hour 25, 31 February) is ignored
    }
    epochSeconds += changed.toEpochSecond(ZoneOffset.UTC) - seconds;
  }

  private boolean updateInProgress() {
    long intoSecond = clock.now() % ClockMath.NANOSECONDS_PER_SECOND;
    return intoSecond >= ClockMath.NANOSECONDS_PER_SECOND - UPDATE_IN_PROGRESS_NANOSECONDS;
  }

  private boolean binary() {
    return (ram[REGISTER_B] & 0x04) != 0;
  }

  private boolean twentyFourHour() {
    return (ram[REGISTER_B] & 0x02) != 0;
  }

  private int encode(int value) {
    return binary() ? value : ((value / 10) << 4) | (value % 10);
  }

  private int decode(int value) {
    return binary() ? value : ((value >>> 4) & 0x0F) * 10 + (value & 0x0F);
  }

  private int encodeHour(int hour) {
    if (twentyFourHour()) {
      return encode(hour);
    }
    int twelveHour = hour % 12 == 0 ? 12 : hour % 12;
    return encode(twelveHour) | (hour >= 12 ? 0x80 : 0);
  }

  private int decodeHour(int value) {
    if (twentyFourHour()) {
      return decode(value);
    }
    int twelveHour = decode(value & 0x7F) % 12;
    return twelveHour + ((value & 0x80) != 0 ? 12 : 0);
  }
}

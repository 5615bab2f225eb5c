package org.minix3j.servers.pm.time;

import org.minix3j.abi.SystemCalls;

/**
 * The boot time from the CMOS real-time clock (MC146818): PM reads the date and time through
 * SYS_DEVIO on the index and data ports, decodes BCD or binary and 12- or 24-hour form as
 * register B says, and subtracts the uptime: seconds since 1970 (UTC) at uptime 0.
 *
 * <p>The read waits for the update-in-progress bit of register A to clear and repeats until
 * two reads agree, so it never sees a half-updated date; both loops are bounded.
 */
public final class BootClock {
  private static final int SECONDS = 0x00;
  private static final int MINUTES = 0x02;
  private static final int HOURS = 0x04;
  private static final int DAY = 0x07;
  private static final int MONTH = 0x08;
  private static final int YEAR = 0x09;
  private static final int REGISTER_A = 0x0A;
  private static final int REGISTER_B = 0x0B;
  private static final int CENTURY = 0x32;
  private static final int UPDATE_IN_PROGRESS = 0x80;
  private static final int BINARY = 0x04;
  private static final int TWENTY_FOUR_HOUR = 0x02;
  private static final int PM_BIT = 0x80;
  private static final int ATTEMPTS = 1000;

  private final SystemCalls sys;
  private final int indexPort;
  private final int dataPort;

  public BootClock(SystemCalls sys, int indexPort, int dataPort) {
    this.sys = sys;
    this.indexPort = indexPort;
    this.dataPort = dataPort;
  }

  /** Seconds since 1970 at uptime 0, or {@code fallback} if the RTC cannot be read. */
  public long bootTime(long fallback) {
    long now = readSeconds();
    if (now < 0) {
      return fallback;
    }
    long uptime = sys.uptime();
    int hertz = Math.max(1, sys.ticksPerSecond());
    return uptime < 0 ? now : now - uptime / hertz;
  }

  /** The RTC's time in seconds since 1970, or -1. */
  public long readSeconds() {
    long previous = -2;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long seconds = readOnce();
      if (seconds == -1 || seconds == previous) {
        return seconds;
      }
      previous = seconds;
    }
    return previous;
  }

  private long readOnce() {
    for (int wait = 0; wait < ATTEMPTS; wait++) {
      int a = register(REGISTER_A);
      if (a < 0) {
        return -1;
      }
      if ((a & UPDATE_IN_PROGRESS) == 0) {
        break;
      }
    }
    int b = register(REGISTER_B);
    int[] raw = {
      register(SECONDS), register(MINUTES), register(HOURS), register(DAY), register(MONTH),
      register(YEAR), register(CENTURY)
    };
    if (b < 0) {
      return -1;
    }
    for (int value : raw) {
      if (value < 0) {
        return -1;
      }
    }
    boolean binary = (b & BINARY) != 0;
    int hourRaw = raw[2];
    int hour;
    if ((b & TWENTY_FOUR_HOUR) != 0) {
      hour = decode(hourRaw, binary);
    } else {
      hour = decode(hourRaw & ~PM_BIT, binary) % 12 + ((hourRaw & PM_BIT) != 0 ? 12 : 0);
    }
    int century = decode(raw[6], binary);
    if (century < 19 || century > 99) {
      century = 20;
    }
    int year = century * 100 + decode(raw[5], binary);
    int month = decode(raw[4], binary);
    int day = decode(raw[3], binary);
    int minute = decode(raw[1], binary);
    int second = decode(raw[0], binary);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59
        || second > 59) {
      return -1;
    }
    return daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
  }

  private int register(int index) {
    if (sys.outPort(indexPort, 1, index) < 0) {
      return -1;
    }
    long value = sys.inPort(dataPort, 1);
    return value < 0 ? -1 : (int) (value & 0xFF);
  }

  private static int decode(int value, boolean binary) {
    return binary ? value : ((value >>> 4) & 0x0F) * 10 + (value & 0x0F);
  }

  /** Days from 1970-01-01 to the proleptic Gregorian date (Howard Hinnant's algorithm). */
  static long daysFromCivil(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }
}

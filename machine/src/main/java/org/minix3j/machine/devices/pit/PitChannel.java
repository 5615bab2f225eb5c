package org.minix3j.machine.devices.pit;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.machine.clock.ClockMath;
import org.minix3j.machine.clock.ScheduledEvent;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.InterruptLine;

/**
 * One counter of the Intel 8254 programmable interval timer, clocked at {@link
 * Pit8254#INPUT_FREQUENCY_HZ} with its gate tied high (as channel 0 is on the PC).
 *
 * <p>Implemented (8254 datasheet): mode 0 (interrupt on terminal count: OUT low from the control
 * word, high when the count expires, and stays high), mode 2 (rate generator) and mode 3 (square
 * wave), both periodic with a rising OUT edge at the end of every period (OUT is modelled as
 * dropping for an instant and rising again, as mode 2's one-clock low pulse does; mode 3's low
 * half-period is not shown); mode 4 (software strobe) gives one such edge. OUT is high after
 * power-on and after a control word for any mode but 0, so programming gives no spurious edge.
 * Modes 1 and 5 need a gate trigger, which never comes, so they load but do not count. Counts:
 * low byte only, high byte only, or low then high; binary or BCD; a count of 0 means 65536 (10000
 * in BCD). A count written while a periodic mode runs takes effect at the end of the current
 * period. The counter latch command and the read-back command
 * (count and status) hold a value until it has been read. The one-clock load delay of the chip is
 * not modelled: counting starts when the last byte of the count is written.
 *
 * <p>Exactness: the k-th edge after the count was loaded is scheduled at {@code origin +
 * ceil(k * count * 10^9 / frequency)} nanoseconds, computed from k, never by adding rounded
 * periods, so there is no drift however long the counter runs.
 */
final class PitChannel {
  private static final int ACCESS_LATCH = 0;
  private static final int ACCESS_LOW = 1;
  private static final int ACCESS_HIGH = 2;
  private static final int ACCESS_LOW_HIGH = 3;

  private final int index;
  private final SimulatedClock clock;
  private final InterruptLine output;
  private int mode;
  private int access = ACCESS_LOW_HIGH;
  private boolean bcd;
  private int count = 0x1_0000;
  private boolean counting;
  private boolean nullCount = true;
  private boolean writeHighNext;
  private int partialLowByte;
  private boolean readHighNext;
  private long originNanoseconds;
  private long periodsElapsed;
  private int pendingCount;
  private boolean outputHigh = true;
  private int latchedCount = -1;
  private boolean latchedCountHighNext;
  private int latchedStatus = -1;
  private @Nullable ScheduledEvent nextEdge;

  PitChannel(int index, SimulatedClock clock, InterruptLine output) {
    this.index = index;
    this.clock = clock;
    this.output = output;
  }

  /** A control word addressed to this channel (bits 5-0: access, mode, BCD). */
  void control(int controlWord) {
    int newAccess = (controlWord >>> 4) & 3;
    if (newAccess == ACCESS_LATCH) {
      latchCount();
      return;
    }
    access = newAccess;
    int newMode = (controlWord >>> 1) & 7;
    mode = newMode >= 6 ? newMode - 4 : newMode;
    bcd = (controlWord & 1) != 0;
    writeHighNext = false;
    readHighNext = false;
    latchedCount = -1;
    latchedStatus = -1;
    stopCounting();
    nullCount = true;
    setOutput(mode != 0);
  }

  /** Counter latch (control word with access 00, or read-back with COUNT bit low). */
  void latchCount() {
    if (latchedCount < 0) {
      latchedCount = currentCount();
      latchedCountHighNext = false;
    }
  }

  /** Read-back with the STATUS bit low: latches OUT, null count, access, mode and BCD. */
  void latchStatus() {
    if (latchedStatus < 0) {
      latchedStatus =
          (outputLevelNow() ? 0x80 : 0)
              | (nullCount ? 0x40 : 0)
              | (access << 4)
              | (mode << 1)
              | (bcd ? 1 : 0);
    }
  }

  /** A byte written to the channel's data port. */
  void writeData(int value) {
    value &= 0xFF;
    switch (access) {
      case ACCESS_LOW -> loadCount(value);
      case ACCESS_HIGH -> loadCount(value << 8);
      default -> {
        if (!writeHighNext) {
          partialLowByte = value;
          writeHighNext = true;
          if (mode == 0) {
            stopCounting(); // mode 0: writing the first byte stops the count
            setOutput(false);
          }
        } else {
          writeHighNext = false;
          loadCount(partialLowByte | (value << 8));
        }
      }
    }
  }

  /** A byte read from the channel's data port. */
  int readData() {
    if (latchedStatus >= 0) {
      int status = latchedStatus;
      latchedStatus = -1;
      return status;
    }
    if (latchedCount >= 0) {
      int value = encode(latchedCount);
      if (access == ACCESS_LOW_HIGH && !latchedCountHighNext) {
        latchedCountHighNext = true;
        return value & 0xFF;
      }
      latchedCount = -1;
      return access == ACCESS_HIGH || access == ACCESS_LOW_HIGH ? (value >>> 8) & 0xFF : value & 0xFF;
    }
    int value = encode(currentCount());
    return switch (access) {
      case ACCESS_LOW -> value & 0xFF;
      case ACCESS_HIGH -> (value >>> 8) & 0xFF;
      default -> {
        readHighNext = !readHighNext;
        yield readHighNext ? value & 0xFF : (value >>> 8) & 0xFF;
      }
    };
  }

  /** The programmed mode (0-5). */
  int mode() {
    return mode;
  }

  /** The count in effect (1-65536, or its BCD equivalent 1-10000). */
  int reloadCount() {
    return count;
  }

  private void loadCount(int raw) {
    int decoded = decode(raw);
    if (counting && (mode == 2 || mode == 3)) {
      pendingCount = decoded; // takes effect at the end of the current period
      return;
    }
    count = decoded;
    nullCount = false;
    if (mode == 1 || mode == 5) {
      return; // waits for a gate trigger that the PC's channel 0 never gets
    }
    startCounting(clock.now());
  }

  private void startCounting(long origin) {
    stopCounting();
    counting = true;
    originNanoseconds = origin;
    periodsElapsed = 0;
    pendingCount = 0;
    scheduleNextEdge();
  }

  private void stopCounting() {
    counting = false;
    ScheduledEvent edge = nextEdge;
    if (edge != null) {
      clock.cancel(edge);
      nextEdge = null;
    }
  }

  private void scheduleNextEdge() {
    long ticks = (periodsElapsed + 1) * (long) count;
    long time =
        originNanoseconds
            + ClockMath.ticksToNanosecondsCeiling(ticks, Pit8254.INPUT_FREQUENCY_HZ);
    nextEdge = clock.scheduleAt(time, "pit" + index + ".out", this::edge);
  }

  private void edge() {
    nextEdge = null;
    periodsElapsed++;
    if (mode == 0 || mode == 4) {
      counting = false;
      if (mode == 0) {
        setOutput(true); // stays high until reprogrammed
      } else {
        strobe();
      }
      return;
    }
    strobe(); // OUT drops for one input clock and rises again as the period ends
    if (pendingCount != 0) {
      count = pendingCount;
      startCounting(clock.now());
    } else {
      scheduleNextEdge();
    }
  }

  private int currentCount() {
    if (!counting) {
      return mode == 0 && !nullCount ? 0 : count & 0xFFFF;
    }
    long ticks =
        ClockMath.nanosecondsToTicksFloor(
            clock.now() - originNanoseconds, Pit8254.INPUT_FREQUENCY_HZ);
    long intoPeriod = ticks - periodsElapsed * (long) count;
    if (mode == 3) {
      int half = Math.max(1, count / 2);
      return (int) ((count - 2 * (intoPeriod % half)) & 0xFFFF) & ~1;
    }
    if (mode == 2) {
      return (int) ((count - intoPeriod % count) & 0xFFFF);
    }
    return (int) ((count - ticks) & 0xFFFF);
  }

  private boolean outputLevelNow() {
    if (mode == 3 && counting) {
      long ticks =
          ClockMath.nanosecondsToTicksFloor(
              clock.now() - originNanoseconds, Pit8254.INPUT_FREQUENCY_HZ);
      return (ticks % count) < (count + 1) / 2;
    }
    return outputHigh || mode == 2 || mode == 4;
  }

  /** OUT low then high again: one rising edge, leaving OUT high. */
  private void strobe() {
    output.lower();
    output.raise();
    outputHigh = true;
  }

  private void setOutput(boolean high) {
    if (high != outputHigh) {
      outputHigh = high;
      output.set(high);
    }
  }

  private int decode(int raw) {
    if (!bcd) {
      return raw == 0 ? 0x1_0000 : raw;
    }
    int value = 0;
    for (int shift = 12; shift >= 0; shift -= 4) {
      value = value * 10 + Math.min(9, (raw >>> shift) & 0xF);
    }
    return value == 0 ? 10_000 : value;
  }

  private int encode(int value) {
    if (!bcd) {
      return value & 0xFFFF;
    }
    int digits = value % 10_000;
    int result = 0;
    for (int shift = 0; shift <= 12; shift += 4) {
      result |= (digits % 10) << shift;
      digits /= 10;
    }
    return result;
  }
}

package org.minix3j.machine.devices.pit;

import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.InterruptLine;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.io.PortDevice;
import org.minix3j.machine.io.PortWidth;

/**
 * The PC's Intel 8254 interval timer at ports 0x40-0x43: three counters clocked at 1.193182 MHz
 * (exactly {@link #INPUT_FREQUENCY_HZ} on the simulated clock) and the control word register.
 * Counter 0's output drives IRQ 0; counters 1 and 2 can be programmed and read but their outputs
 * go nowhere (no DRAM refresh, no speaker).
 *
 * <p>Entry points: {@link #attach(PortBus)}; the ports as on the PC. Control words (port 0x43):
 * bits 7-6 select the counter (11 = read-back command), bits 5-4 the access (00 = counter
 * latch), bits 3-1 the mode, bit 0 BCD. See {@link PitChannel} for the counting behaviour.
 */
public final class Pit8254 implements PortDevice {
  /** The input clock of every counter, in Hz. */
  public static final long INPUT_FREQUENCY_HZ = 1_193_182L;

  /** Counter 0's data port. */
  public static final int COUNTER0_PORT = 0x40;

  /** The control word port. */
  public static final int CONTROL_PORT = 0x43;

  private final PitChannel[] channels = new PitChannel[3];

  /** A timer on {@code clock} whose counter 0 drives {@code irq0}. */
  public Pit8254(SimulatedClock clock, InterruptLine irq0) {
    channels[0] = new PitChannel(0, clock, irq0);
    channels[1] = new PitChannel(1, clock, InterruptLine.DISCONNECTED);
    channels[2] = new PitChannel(2, clock, InterruptLine.DISCONNECTED);
  }

  /** Claims ports 0x40-0x43. */
  public void attach(PortBus bus) {
    bus.register(COUNTER0_PORT, 4, "pit", this);
  }

  /** The mode programmed into counter {@code channel}. */
  public int mode(int channel) {
    return channels[channel].mode();
  }

  /** The count in effect in counter {@code channel} (1-65536). */
  public int reloadCount(int channel) {
    return channels[channel].reloadCount();
  }

  @Override
  public int read(int port, PortWidth width) {
    int offset = port - COUNTER0_PORT;
    if (offset == 3) {
      return 0xFF; // the control word register cannot be read
    }
    return channels[offset].readData();
  }

  @Override
  public void write(int port, PortWidth width, int value) {
    int offset = port - COUNTER0_PORT;
    if (offset < 3) {
      channels[offset].writeData(value);
      return;
    }
    int select = (value >>> 6) & 3;
    if (select != 3) {
      channels[select].control(value);
      return;
    }
    // read-back: bit 5 low latches counts, bit 4 low latches status, bits 3-1 pick counters
    for (int channel = 0; channel < 3; channel++) {
      if ((value & (2 << channel)) != 0) {
        if ((value & 0x10) == 0) {
          channels[channel].latchStatus();
        }
        if ((value & 0x20) == 0) {
          channels[channel].latchCount();
        }
      }
    }
  }
}

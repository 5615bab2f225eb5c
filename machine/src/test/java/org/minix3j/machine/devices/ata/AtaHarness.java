package org.minix3j.machine.devices.ata;

import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.InterruptLine;
import org.minix3j.machine.io.PortBus;

/** An ATA controller on a bus and clock, with the IRQ line observed, and driver-like helpers. */
final class AtaHarness {
  static final int DATA = 0x1F0;
  static final int ERROR = 0x1F1;
  static final int COUNT = 0x1F2;
  static final int LBA_LOW = 0x1F3;
  static final int LBA_MID = 0x1F4;
  static final int LBA_HIGH = 0x1F5;
  static final int DEVICE = 0x1F6;
  static final int STATUS = 0x1F7;
  static final int CONTROL = 0x3F6;

  final SimulatedClock clock = new SimulatedClock();
  final PortBus bus = new PortBus();
  final AtaController controller;
  boolean irqHigh;
  int irqEdges;

  AtaHarness(DiskBacking disk) {
    controller =
        new AtaController(
            clock,
            disk,
            new InterruptLine() {
              @Override
              public void raise() {
                if (!irqHigh) {
                  irqEdges++;
                }
                irqHigh = true;
              }

              @Override
              public void lower() {
                irqHigh = false;
              }
            });
    controller.attach(bus);
  }

  /** Sets up an LBA28 transfer of {@code count} sectors at {@code lba} and issues {@code command}. */
  void issue(int command, long lba, int count) {
    bus.out8(DEVICE, 0xE0 | (int) ((lba >>> 24) & 0x0F));
    bus.out8(COUNT, count);
    bus.out8(LBA_LOW, (int) lba);
    bus.out8(LBA_MID, (int) (lba >>> 8));
    bus.out8(LBA_HIGH, (int) (lba >>> 16));
    bus.out8(STATUS, command);
  }

  /** Lets simulated time pass until the device is no longer busy (at most 1 s). */
  void waitNotBusy() {
    long deadline = clock.now() + 1_000_000_000L;
    while ((bus.in8(CONTROL) & 0x80) != 0) {
      long next = clock.nextEventTime();
      if (next > deadline) {
        throw new AssertionError("device stays busy");
      }
      clock.advanceTo(next);
    }
  }

  byte[] readBlock() {
    byte[] block = new byte[512];
    for (int word = 0; word < 256; word++) {
      int value = bus.in16(DATA);
      block[2 * word] = (byte) value;
      block[2 * word + 1] = (byte) (value >>> 8);
    }
    return block;
  }

  void writeBlock(byte[] data, int offset) {
    for (int word = 0; word < 256; word++) {
      int low = data[offset + 2 * word] & 0xFF;
      int high = data[offset + 2 * word + 1] & 0xFF;
      bus.out16(DATA, low | (high << 8));
    }
  }
}

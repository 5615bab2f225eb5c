package org.minix3j.machine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortBusTest {
  /** Eight byte registers that remember what was written, and log every access. */
  private static final class Registers implements PortDevice {
    final int base;
    final int[] values = new int[8];
    final List<String> log = new ArrayList<>();
    final boolean wide;

    Registers(int base, boolean wide) {
      this.base = base;
      this.wide = wide;
    }

    @Override
    public int read(int port, PortWidth width) {
      log.add("in" + width.bytes() + " " + Integer.toHexString(port));
      if (width == PortWidth.BYTE) {
        return values[port - base];
      }
      return 0x1234_5678;
    }

    @Override
    public void write(int port, PortWidth width, int value) {
      log.add("out" + width.bytes() + " " + Integer.toHexString(port) + "=" + Integer.toHexString(value));
      values[port - base] = value;
    }

    @Override
    public boolean acceptsWidth(int port, PortWidth width) {
      return wide || width == PortWidth.BYTE;
    }
  }

  private final PortBus bus = new PortBus();

  @Test
  void overlappingRegistrationsAreRefusedNamingBothOwners() {
    bus.register(0x60, 8, "first", new Registers(0x60, false));

    PortBusException refused =
        assertThrows(
            PortBusException.class, () -> bus.register(0x67, 2, "second", new Registers(0x67, false)));

    assertTrue(String.valueOf(refused.getMessage()).contains("'second'"), String.valueOf(refused.getMessage()));
    assertTrue(String.valueOf(refused.getMessage()).contains("'first'"), String.valueOf(refused.getMessage()));
    assertTrue(String.valueOf(refused.getMessage()).contains("0x67"), String.valueOf(refused.getMessage()));
    assertEquals(1, bus.registrations().size());
    bus.register(0x68, 2, "adjacent", new Registers(0x68, false)); // touching is fine
  }

  @Test
  void rangesOutsideThePortSpaceAreRefused() {
    assertThrows(
        PortBusException.class, () -> bus.register(0xFFFF, 2, "edge", new Registers(0xFFFF, false)));
    assertThrows(PortBusException.class, () -> bus.register(0x10, 0, "empty", new Registers(0x10, false)));
    assertThrows(PortBusException.class, () -> bus.in8(0x1_0000));
    assertThrows(PortBusException.class, () -> bus.out8(-1, 0));
  }

  @Test
  void unclaimedPortsReadAllOnesIgnoreWritesAndAreCounted() {
    List<String> reported = new ArrayList<>();
    bus.setUnclaimedListener(
        (port, width, write, value) -> reported.add((write ? "w" : "r") + Integer.toHexString(port)));

    assertEquals(0xFF, bus.in8(0x300));
    assertEquals(0xFFFF, bus.in16(0x300));
    assertEquals(0xFFFF_FFFF, bus.in32(0x300));
    bus.out8(0x301, 0x55);

    assertEquals(1 + 2 + 4 + 1, bus.unclaimedAccesses());
    assertEquals("r300", reported.get(0));
    assertEquals("w301", reported.get(reported.size() - 1));
  }

  @Test
  void byteDevicesSeeWideAccessesSplitLowByteFirst() {
    Registers device = new Registers(0x80, false);
    bus.register(0x80, 8, "bytes", device);

    bus.out32(0x80, 0x4433_2211);
    assertEquals(0x11, device.values[0]);
    assertEquals(0x44, device.values[3]);
    assertEquals(0x2211, bus.in16(0x80));
    assertEquals(List.of("out1 80=11", "out1 81=22", "out1 82=33", "out1 83=44"), device.log.subList(0, 4));
  }

  @Test
  void wideDevicesTakeWideAccessesWhole() {
    Registers device = new Registers(0x1F0, true);
    bus.register(0x1F0, 8, "wide", device);

    assertEquals(0x1234_5678, bus.in32(0x1F0));
    bus.out16(0x1F0, 0xABCD);

    assertEquals(List.of("in4 1f0", "out2 1f0=abcd"), device.log);
  }

  @Test
  void anAccessRunningPastItsOwnerIsSplitAndTheRestIsUnclaimed() {
    Registers device = new Registers(0x3F8, true);
    bus.register(0x3F8, 8, "uart", device);
    device.values[7] = 0x42;

    assertEquals(0xFFFF_FF42, bus.in32(0x3FF));
    assertEquals(3, bus.unclaimedAccesses());
  }
}

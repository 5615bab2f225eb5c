package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.machine.cpu.CpuHarness.DATA;
import static org.minix3j.machine.cpu.LazyFlags.CF;
import static org.minix3j.machine.cpu.LazyFlags.OF;
import static org.minix3j.machine.cpu.LazyFlags.ZF;
import static org.minix3j.machine.cpu.RegisterFile.EAX;
import static org.minix3j.machine.cpu.RegisterFile.EDX;

import org.junit.jupiter.api.Test;

/**
 * Edge cases of shifts, multiplies and bit instructions that the reference vectors do not pin
 * down: masked counts of zero, zero BSF sources, bit strings beyond the operand in memory.
 */
class ShiftMultiplyBitTest {
  @Test
  void bsfOfZeroSetsZfAndKeepsTheDestination() {
    CpuHarness h = new CpuHarness().run("bb00000000b8070000000fbcc3");
    assertEquals(7, h.reg(EAX));
    assertTrue(h.flag(ZF));
  }

  @Test
  void shiftByMaskedZeroChangesNoFlag() {
    CpuHarness h = new CpuHarness().run("f9b805000000b920000000d3e0"); // shl eax, 32 -> count 0
    assertEquals(5, h.reg(EAX));
    assertTrue(h.flag(CF));
  }

  @Test
  void shlOutOfTheSignBitSetsCarryAndOverflow() {
    CpuHarness h = new CpuHarness().run("b800000080d1e0");
    assertEquals(0, h.reg(EAX));
    assertTrue(h.flag(CF));
    assertTrue(h.flag(OF));
    assertTrue(h.flag(ZF));
  }

  @Test
  void bitTestWithRegisterOffsetReachesBeyondTheDword() {
    CpuHarness h = new CpuHarness();
    h.memory.write32(DATA + 12, 1 << 4);
    h.run("b8640000000fa30500000200"); // bt [0x20000], eax with eax = 100: dword +12, bit 4
    assertTrue(h.flag(CF));
    h = new CpuHarness();
    h.memory.write32(DATA + 12, 1 << 31);
    h.run("b8ffffffff0fa30510000200"); // bt [0x20010], eax with eax = -1: dword -4, bit 31
    assertTrue(h.flag(CF));
  }

  @Test
  void oneOperandImulAndMulFlags() {
    CpuHarness h = new CpuHarness().run("b8f9ffffffb903000000f7e9");
    assertEquals(-21, h.reg(EAX));
    assertEquals(-1, h.reg(EDX));
    assertFalse(h.flag(CF));
    h = new CpuHarness().run("b8000001000fafc0"); // imul eax, eax with 0x10000
    assertEquals(0, h.reg(EAX));
    assertTrue(h.flag(CF));
    assertTrue(h.flag(OF));
    h = new CpuHarness().run("b0ffb302f6e3"); // mul bl: 0xff * 2
    assertEquals(0x1FE, h.reg(EAX) & 0xFFFF);
    assertTrue(h.flag(CF));
  }
}

package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.machine.cpu.CpuHarness.DATA;
import static org.minix3j.machine.cpu.LazyFlags.ZF;
import static org.minix3j.machine.cpu.RegisterFile.EAX;
import static org.minix3j.machine.cpu.RegisterFile.EBX;
import static org.minix3j.machine.cpu.RegisterFile.ECX;
import static org.minix3j.machine.cpu.RegisterFile.EDI;
import static org.minix3j.machine.cpu.RegisterFile.EDX;
import static org.minix3j.machine.cpu.RegisterFile.ESI;
import static org.minix3j.machine.cpu.RegisterFile.ESP;

import org.junit.jupiter.api.Test;

/** String instructions with REP prefixes, addressing forms, segment bases, exchanges. */
class StringAndMemoryTest {
  @Test
  void repMovswCopiesWords() {
    CpuHarness h = new CpuHarness();
    h.memory.write32(DATA, 0x44332211);
    h.memory.write16(DATA + 4, 0x6655);
    h.run("be00000200bf00000300b90300000066f3a5");
    assertEquals(0x44332211, h.memory.read32(0x30000));
    assertEquals(0x6655, h.memory.read16(0x30004));
    assertEquals(0, h.reg(ECX));
    assertEquals(DATA + 6, h.reg(ESI));
  }

  @Test
  void repStosdFills() {
    CpuHarness h = new CpuHarness().run("bf00000300b904000000b844434241f3ab");
    assertEquals(0x41424344, h.memory.read32(0x3000C));
    assertEquals(0x30010, h.reg(EDI));
  }

  @Test
  void repneScasbFindsTheTerminator() {
    CpuHarness h = new CpuHarness();
    h.load(DATA, "68656c6c6f00");
    h.run("bf00000200b910000000b000f2ae");
    assertEquals(DATA + 6, h.reg(EDI));
    assertEquals(10, h.reg(ECX));
    assertTrue(h.flag(ZF));
  }

  @Test
  void repeCmpsbStopsAtTheFirstDifference() {
    CpuHarness h = new CpuHarness();
    h.load(DATA, "6162636465");
    h.load(0x30000, "6162637865");
    h.run("be00000200bf00000300b908000000f3a6");
    assertEquals(4, h.reg(ECX));
    assertFalse(h.flag(ZF));
    assertEquals(DATA + 4, h.reg(ESI));
  }

  @Test
  void lodsWithDirectionFlagGoesDown() {
    CpuHarness h = new CpuHarness();
    h.memory.write32(DATA, 0x11223344);
    h.memory.write16(DATA + 4, 0x5566);
    h.run("be00000200adfd66ad");
    assertEquals(0x11225566, h.reg(EAX));
    assertEquals(DATA + 2, h.reg(ESI));
  }

  @Test
  void leaEveryAddressingForm() {
    CpuHarness h = new CpuHarness().set(EBX, 0x100).set(ECX, 3).set(RegisterFile.EBP, 0x50);
    h.run("8d448b108d5424088d35341200008d7dfc");
    assertEquals(0x100 + 12 + 0x10, h.reg(EAX));
    assertEquals(CpuHarness.STACK_TOP + 8, h.reg(EDX));
    assertEquals(0x1234, h.reg(ESI));
    assertEquals(0x4C, h.reg(EDI));
    // 16-bit addressing: lea ax, [bx+si+5]
    h = new CpuHarness().set(EAX, 0xFFFF0000).set(EBX, 0x1FFFF).set(ESI, 0x10).run("67668d4005");
    assertEquals(0xFFFF0014, h.reg(EAX), "offset wraps at 16 bits");
  }

  @Test
  void sixteenBitAddressingLoads() {
    CpuHarness h = new CpuHarness().set(EBX, 0x10000).set(ESI, 0x0100);
    h.memory.write16(0x0100, 0xBEEF);
    h.run("67668b00");
    assertEquals(0xBEEF, h.reg(EAX) & 0xFFFF);
  }

  @Test
  void segmentOverrideAddsTheBase() {
    CpuHarness h = new CpuHarness();
    h.cpu.setSegmentRegisterBase(Cpu.SEGMENT_FS, DATA);
    h.memory.write32(DATA + 0x10, 0x600DF00D);
    h.run("64a110000000");
    assertEquals(0x600DF00D, h.reg(EAX));
  }

  @Test
  void xchgWithMemoryAndXlat() {
    CpuHarness h = new CpuHarness().set(EAX, 9).run("c7050000020007000000870500000200");
    assertEquals(7, h.reg(EAX));
    assertEquals(9, h.memory.read32(DATA));
    h = new CpuHarness();
    h.load(DATA, "0a0b0c");
    h.run("bb00000200b002d7");
    assertEquals(0x0C, h.reg(EAX) & 0xFF);
  }

  @Test
  void cmpxchg8bBothOutcomes() {
    CpuHarness h = new CpuHarness().set(EAX, 1).set(EDX, 2).set(EBX, 3).set(ECX, 4);
    h.memory.write32(DATA, 1);
    h.memory.write32(DATA + 4, 2);
    h.run("0fc70d00000200");
    assertTrue(h.flag(ZF));
    assertEquals(3, h.memory.read32(DATA));
    assertEquals(4, h.memory.read32(DATA + 4));
    h = new CpuHarness().set(EAX, 1).set(EDX, 2);
    h.memory.write32(DATA, 8);
    h.run("0fc70d00000200");
    assertFalse(h.flag(ZF));
    assertEquals(8, h.reg(EAX));
    assertEquals(0, h.reg(EDX));
  }

  @Test
  void movsxCmovSetccOnMemory() {
    CpuHarness h = new CpuHarness();
    h.memory.write32(DATA, 0x8001);
    h.run("0fbf0500000200");
    assertEquals(0xFFFF8001, h.reg(EAX));
    h = new CpuHarness().set(EAX, 5);
    h.memory.write32(DATA, 42);
    h.run("31db0f4d05000002000f950500000200"); // xor ebx,ebx; cmovge eax,[m]; setne [m]
    assertEquals(42, h.reg(EAX));
    assertEquals(0, h.memory.read8(DATA));
    assertEquals(0, h.reg(EBX));
    assertEquals(CpuHarness.STACK_TOP, h.reg(ESP));
  }

  @Test
  void segmentRegisterMoves() {
    CpuHarness h = new CpuHarness().set(EAX, 0xFFFF0000).run("668cd8");
    assertEquals(0xFFFF0023, h.reg(EAX));
    h = new CpuHarness().set(EAX, 0x23).run("8ec0");
    assertEquals(0x23, h.cpu.segmentSelector(Cpu.SEGMENT_ES));
  }
}

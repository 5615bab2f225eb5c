package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.machine.cpu.LazyFlags.AF;
import static org.minix3j.machine.cpu.LazyFlags.CF;
import static org.minix3j.machine.cpu.LazyFlags.OF;
import static org.minix3j.machine.cpu.LazyFlags.PF;
import static org.minix3j.machine.cpu.LazyFlags.SF;
import static org.minix3j.machine.cpu.LazyFlags.ZF;
import static org.minix3j.machine.cpu.RegisterFile.EAX;
import static org.minix3j.machine.cpu.RegisterFile.EBX;
import static org.minix3j.machine.cpu.RegisterFile.ECX;
import static org.minix3j.machine.cpu.RegisterFile.EDX;

import org.junit.jupiter.api.Test;

/** ALU family: ADD/ADC/SUB/SBB/CMP/AND/OR/XOR/INC/DEC/NEG/NOT/TEST, flags per the SDM. */
class ArithmeticTest {
  private static final int ARITH = CF | PF | AF | ZF | SF | OF;

  @Test
  void addSetsCarryZeroParityAuxiliary() {
    // mov eax, 0xffffffff; add eax, 1
    CpuHarness h = new CpuHarness().run("b8ffffffff83c001");
    assertEquals(0, h.reg(EAX));
    assertEquals(CF | PF | AF | ZF, h.flags() & ARITH);
  }

  @Test
  void addSignedOverflow() {
    // mov eax, 0x7fffffff; add eax, 1
    CpuHarness h = new CpuHarness().run("b8ffffff7f83c001");
    assertEquals(0x80000000, h.reg(EAX));
    assertEquals(OF | SF | AF | PF, h.flags() & ARITH);
  }

  @Test
  void eightBitAddUsesHighRegisters() {
    // mov eax, 0x1234; mov ebx, 0x80ff; add ah, bh  (0x12 + 0x80)
    CpuHarness h = new CpuHarness().run("b834120000bbff80000000fc");
    assertEquals(0x9234, h.reg(EAX));
    assertEquals(SF, h.flags() & (SF | CF | OF | ZF));
  }

  @Test
  void subBorrowAndCompareConditions() {
    // mov eax, 3; sub eax, 5
    CpuHarness h = new CpuHarness().run("b80300000083e805");
    assertEquals(-2, h.reg(EAX));
    assertEquals(CF | SF | AF, h.flags() & ARITH);
  }

  @Test
  void adcAndSbbChainAcrossWords() {
    // 64-bit add: edx:eax = 0x00000001_ffffffff + 0x00000000_00000001
    // mov eax,-1; mov edx,1; add eax,1; adc edx,0
    CpuHarness h = new CpuHarness().run("b8ffffffffba0100000083c00183d200");
    assertEquals(0, h.reg(EAX));
    assertEquals(2, h.reg(EDX));
    assertFalse(h.flag(CF));
    // mov eax,0; mov edx,2; sub eax,1; sbb edx,0 -> 0x1_ffffffff
    h = new CpuHarness().run("b800000000ba0200000083e80183da00");
    assertEquals(-1, h.reg(EAX));
    assertEquals(1, h.reg(EDX));
  }

  @Test
  void adcWithCarryInAndAllOnes() {
    // stc; mov eax,-1; mov ebx,-1; adc eax, ebx -> 0xffffffff, CF=1
    CpuHarness h = new CpuHarness().run("f9b8ffffffffbbffffffff11d8");
    assertEquals(-1, h.reg(EAX));
    assertTrue(h.flag(CF));
    assertFalse(h.flag(OF));
  }

  @Test
  void sbbWithBorrowEqualOperands() {
    // stc; mov al, 5; sbb al, 5 -> 0xff, CF=1
    CpuHarness h = new CpuHarness().run("f9b0051c05");
    assertEquals(0xFF, h.reg(EAX) & 0xFF);
    assertTrue(h.flag(CF));
    assertTrue(h.flag(SF));
  }

  @Test
  void incAndDecKeepCarry() {
    // stc; mov eax, 0x7fffffff; inc eax
    CpuHarness h = new CpuHarness().run("f9b8ffffff7f40");
    assertEquals(0x80000000, h.reg(EAX));
    assertEquals(CF | OF | SF | AF | PF, h.flags() & ARITH);
    // clc; mov ecx, 1; dec ecx
    h = new CpuHarness().run("f8b90100000049");
    assertEquals(0, h.reg(ECX));
    assertEquals(ZF | PF, h.flags() & ARITH);
  }

  @Test
  void negZeroAndMinimum() {
    // xor eax,eax; neg eax
    CpuHarness h = new CpuHarness().run("31c0f7d8");
    assertEquals(ZF | PF, h.flags() & ARITH);
    // mov eax, 0x80000000; neg eax
    h = new CpuHarness().run("b800000080f7d8");
    assertEquals(0x80000000, h.reg(EAX));
    assertEquals(CF | OF | SF | PF, h.flags() & ARITH);
  }

  @Test
  void logicClearsCarryAndOverflow() {
    // stc; mov eax, 0xf0; and eax, 0x0f
    CpuHarness h = new CpuHarness().run("f9b8f000000083e00f");
    assertEquals(0, h.reg(EAX));
    assertEquals(ZF | PF, h.flags() & ARITH);
    // mov ebx, 0x80000001; or ebx, 0; test bl, 1; not ebx
    h = new CpuHarness().run("bb0100008083cb00f6c301f7d3");
    assertEquals(0x7FFFFFFE, h.reg(EBX));
    assertFalse(h.flag(ZF));
  }

  @Test
  void sixteenBitFormsLeaveUpperHalf() {
    // mov eax, 0x1234ffff; add ax, 1 (66 83 c0 01)
    CpuHarness h = new CpuHarness().run("b8ffff34126683c001");
    assertEquals(0x12340000, h.reg(EAX));
    assertTrue(h.flag(CF));
    assertTrue(h.flag(ZF));
    // mov ebx, 0xabcd0000; mov bx, 0x8000; sub bx, 1
    h = new CpuHarness().run("bb0000cdab66bb00806683eb01");
    assertEquals(0xABCD7FFF, h.reg(EBX));
    assertTrue(h.flag(OF));
  }

  @Test
  void memoryReadModifyWrite() {
    // mov dword ptr [0x20000], 10; add dword ptr [0x20000], 5; cmp byte ptr [0x20000], 15
    CpuHarness h =
        new CpuHarness().run("c705000002000a00000083050000020005803d000002000f");
    assertEquals(15, h.memory.read32(CpuHarness.DATA));
    assertTrue(h.flag(ZF));
  }

  @Test
  void xorSelfZeroesAndSetsParity() {
    CpuHarness h = new CpuHarness().set(EDX, 77).run("31d2");
    assertEquals(0, h.reg(EDX));
    assertEquals(ZF | PF, h.flags() & ARITH);
  }
}

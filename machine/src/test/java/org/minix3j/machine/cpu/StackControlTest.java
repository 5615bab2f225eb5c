package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minix3j.machine.cpu.CpuHarness.CODE;
import static org.minix3j.machine.cpu.CpuHarness.DATA;
import static org.minix3j.machine.cpu.CpuHarness.STACK_TOP;
import static org.minix3j.machine.cpu.RegisterFile.EAX;
import static org.minix3j.machine.cpu.RegisterFile.EBP;
import static org.minix3j.machine.cpu.RegisterFile.EBX;
import static org.minix3j.machine.cpu.RegisterFile.ECX;
import static org.minix3j.machine.cpu.RegisterFile.EDX;
import static org.minix3j.machine.cpu.RegisterFile.ESI;
import static org.minix3j.machine.cpu.RegisterFile.ESP;

import org.junit.jupiter.api.Test;

/** PUSH/POP in all forms, PUSHA/POPA, PUSHF/POPF, CALL/RET, ENTER/LEAVE, LOOP/JECXZ, far jumps. */
class StackControlTest {
  @Test
  void pushPopImmediateAnd16Bit() {
    CpuHarness h = new CpuHarness().set(EBX, 0xAAAA0000).run("6844332211586650665b");
    assertEquals(0x11223344, h.reg(EAX));
    assertEquals(0xAAAA3344, h.reg(EBX));
    assertEquals(STACK_TOP, h.reg(ESP));
  }

  @Test
  void pushaPopaRestoreEverythingButEsp() {
    CpuHarness h = new CpuHarness().set(EAX, 5).set(EBP, 9).run("60b80000000061");
    assertEquals(5, h.reg(EAX));
    assertEquals(9, h.reg(EBP));
    assertEquals(STACK_TOP, h.reg(ESP));
    assertEquals(STACK_TOP, h.memory.read32(STACK_TOP - 20), "saved ESP is the original");
  }

  @Test
  void popfChangesOnlyUserFlags() {
    // pushf; pop eax; push -1; popf; pushf; pop ebx
    CpuHarness h = new CpuHarness().run("9c586aff9d9c5b");
    assertEquals(0x202, h.reg(EAX));
    assertEquals(0x240ED7, h.reg(EBX), "CF PF AF ZF SF DF OF, AC, ID; bit 1 and IF read as 1");
    assertEquals(0x240ED7, h.flags());
  }

  @Test
  void callPushesReturnAddressAndRetPops() {
    CpuHarness h = new CpuHarness().run("e80000000058");
    assertEquals(CODE + 5, h.reg(EAX));
    // mov eax, 0x20000; call eax  with  ret 8 at 0x20000
    h = new CpuHarness();
    h.load(DATA, "c20800");
    h.run("b800000200ffd0");
    assertEquals(STACK_TOP + 8, h.reg(ESP));
  }

  @Test
  void indirectJumpAndCallThroughMemory() {
    CpuHarness h = new CpuHarness();
    h.memory.write32(DATA, CODE + 0x100);
    h.load(CODE + 0x100, "b807000000cd80");
    Trap trap = h.runToTrap("ff2500000200");
    assertEquals(0x80, trap.vector());
    assertEquals(7, h.reg(EAX));
    h = new CpuHarness();
    h.memory.write32(DATA, CODE + 0x100);
    h.load(CODE + 0x100, "cd80");
    h.runToTrap("ff1500000200");
    assertEquals(CODE + 6, h.memory.read32(STACK_TOP - 4));
  }

  @Test
  void enterAndLeave() {
    CpuHarness h = new CpuHarness().set(EBP, 0x1234).run("5589e583ec08c9");
    assertEquals(0x1234, h.reg(EBP));
    assertEquals(STACK_TOP, h.reg(ESP));
    h = new CpuHarness().set(EBP, 0x70000);
    h.memory.write32(0x70000 - 4, 0xCAFE);
    h.load(CODE, "c8080002cd80"); // enter 8, 2
    h.cpu.run(10);
    assertEquals(STACK_TOP - 4, h.reg(EBP));
    assertEquals(0x70000, h.memory.read32(STACK_TOP - 4));
    assertEquals(0xCAFE, h.memory.read32(STACK_TOP - 8));
    assertEquals(STACK_TOP - 4, h.memory.read32(STACK_TOP - 12));
    assertEquals(STACK_TOP - 12 - 8, h.reg(ESP));
  }

  @Test
  void loopAndJecxz() {
    CpuHarness h = new CpuHarness().run("b90500000031c040e2fd");
    assertEquals(5, h.reg(EAX));
    assertEquals(0, h.reg(ECX));
    h = new CpuHarness().set(EAX, 9).run("b900000000e305b80100000090");
    assertEquals(9, h.reg(EAX));
  }

  @Test
  void popToMemoryAddressedByEspUsesIncrementedEsp() {
    CpuHarness h = new CpuHarness();
    h.memory.write32(STACK_TOP, 0x1111);
    h.memory.write32(STACK_TOP + 4, 0x2222);
    h.run("8f0424"); // pop dword ptr [esp]
    assertEquals(0x1111, h.memory.read32(STACK_TOP + 4));
    assertEquals(STACK_TOP + 4, h.reg(ESP));
  }

  @Test
  void pushEspPushesTheOldValueAndPushMemoryReadsBeforeDecrement() {
    CpuHarness h = new CpuHarness().run("5458");
    assertEquals(STACK_TOP, h.reg(EAX));
    h = new CpuHarness();
    h.memory.write32(STACK_TOP + 4, 0x5555);
    h.run("ff742404"); // push dword ptr [esp+4]
    assertEquals(0x5555, h.memory.read32(STACK_TOP - 4));
  }

  @Test
  void farJumpOnlyToTheCurrentCodeSelector() {
    // jmp far 0x1b:CODE+7 ; (skipped) ; int 0x80
    Trap trap = new CpuHarness().runToTrap("ea071000001b00cd80");
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind());
    trap = new CpuHarness().runToTrap("ea071000002b00cd80");
    assertEquals(TrapKind.GENERAL_PROTECTION, trap.kind());
    assertEquals(0x28, trap.errorCode());
  }

  @Test
  void repRetAndMultiByteNops() {
    CpuHarness h = new CpuHarness();
    h.load(DATA, "f3c3");
    h.set(EDX, 3).run("b800000200ffd0660f1f04006690");
    assertEquals(3, h.reg(EDX));
    assertEquals(STACK_TOP, h.reg(ESP));
    assertEquals(0, h.reg(ESI));
  }
}

package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minix3j.machine.cpu.RegisterFile.EAX;
import static org.minix3j.machine.cpu.RegisterFile.ECX;
import static org.minix3j.machine.cpu.RegisterFile.EDX;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Traps and faults: kinds, vectors, EIP conventions, budget, and the 15-byte limit. */
class FaultTest {
  private static Trap single(String hex) {
    return new CpuHarness().runToTrap(hex);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ud2, 0f0b, INVALID_OPCODE, 6, 0",
    "x87 fld1, d9e8, INVALID_OPCODE, 6, 0",
    "mmx emms, 0f77, INVALID_OPCODE, 6, 0",
    "syscall, 0f05, INVALID_OPCODE, 6, 0",
    "lock on register form, f001d8, INVALID_OPCODE, 6, 0",
    "lock on mov, f08b00, INVALID_OPCODE, 6, 0",
    "lock on cmp memory, f0833d0000020001, INVALID_OPCODE, 6, 0",
    "bound, 620500000200, INVALID_OPCODE, 6, 0",
    "hlt, f4, GENERAL_PROTECTION, 13, 0",
    "in al dx, ec, GENERAL_PROTECTION, 13, 0",
    "out imm8, e680, GENERAL_PROTECTION, 13, 0",
    "insb, 6c, GENERAL_PROTECTION, 13, 0",
    "cli, fa, GENERAL_PROTECTION, 13, 0",
    "sti, fb, GENERAL_PROTECTION, 13, 0",
    "mov eax cr0, 0f20c0, GENERAL_PROTECTION, 13, 0",
    "mov dr0 eax, 0f23c0, GENERAL_PROTECTION, 13, 0",
    "lgdt, 0f011500000200, GENERAL_PROTECTION, 13, 0",
    "invlpg, 0f013d00000200, GENERAL_PROTECTION, 13, 0",
    "wbinvd, 0f09, GENERAL_PROTECTION, 13, 0",
    "wrmsr, 0f30, GENERAL_PROTECTION, 13, 0",
    "sysenter, 0f34, GENERAL_PROTECTION, 13, 0",
    "iret, cf, GENERAL_PROTECTION, 13, 0",
    "mov ds with bad selector, 66b810008ed8, GENERAL_PROTECTION, 13, 16",
    "divide by zero, 31d231c9f7f1, DIVIDE_ERROR, 0, 0",
    "idiv overflow, b80000008099b9fffffffff7f9, DIVIDE_ERROR, 0, 0",
    "aam 0, d400, DIVIDE_ERROR, 0, 0",
  })
  void faultKindAndVector(String name, String hex, TrapKind kind, int vector, int error) {
    CpuHarness h = new CpuHarness();
    Trap trap = h.runToTrap(hex);
    assertEquals(kind, trap.kind(), name);
    assertEquals(vector, trap.vector(), name);
    assertEquals(error, trap.errorCode(), name);
    assertEquals(trap.eip(), trap.nextEip());
    assertEquals(trap.eip(), h.cpu.eip(), "CPU left on the faulting instruction");
  }

  @Test
  void faultingInstructionHasNoEffectAndEipPointsAtIt() {
    // mov eax, 0x80000000; cdq; mov ecx, -1; idiv ecx
    CpuHarness h = new CpuHarness();
    Trap trap = h.runToTrap("b80000008099b9fffffffff7f9");
    assertEquals(CpuHarness.CODE + 11, trap.eip());
    assertEquals(0x80000000, h.reg(EAX));
    assertEquals(-1, h.reg(EDX));
    assertEquals(3, h.cpu.instructionsRetired());
  }

  @Test
  void softwareInterruptsReportTheNextInstruction() {
    Trap trap = single("90cd21");
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind());
    assertEquals(0x21, trap.vector());
    assertEquals(CpuHarness.CODE + 3, trap.eip());
    assertEquals(CpuHarness.CODE + 3, trap.nextEip());
    trap = single("cc");
    assertEquals(3, trap.vector());
    assertEquals(CpuHarness.CODE + 1, trap.eip());
  }

  @Test
  void intoTrapsOnlyOnOverflow() {
    // mov eax, 0x7fffffff; add eax, 1; into
    Trap trap = single("b8ffffff7f83c001ce");
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind());
    assertEquals(4, trap.vector());
    // xor eax, eax; into; int 0x80
    new CpuHarness().run("31c0ce");
  }

  @Test
  void budgetStopsAndResumes() {
    CpuHarness h = new CpuHarness();
    h.load(CpuHarness.CODE, "404040cd80");
    Trap trap = h.cpu.run(2);
    assertEquals(TrapKind.BUDGET_EXHAUSTED, trap.kind());
    assertEquals(CpuHarness.CODE + 2, trap.eip());
    assertEquals(2, h.reg(EAX));
    trap = h.cpu.run(10);
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind());
    assertEquals(3, h.reg(EAX));
    assertEquals(4, h.cpu.instructionsRetired());
  }

  @Test
  void repeatedStringStopsOnBudgetAndResumesExactly() {
    CpuHarness h = new CpuHarness();
    for (int i = 0; i < 100; i++) {
      h.memory.write8(CpuHarness.DATA + i, i + 1);
    }
    // mov ecx,100; mov esi,0x20000; mov edi,0x30000; cld; rep movsb; int 0x80
    h.load(CpuHarness.CODE, "b964000000be00000200bf00000300fcf3a4cd80");
    Trap trap = h.cpu.run(4 + 10);
    assertEquals(TrapKind.BUDGET_EXHAUSTED, trap.kind());
    assertEquals(CpuHarness.CODE + 16, trap.eip(), "stopped on the REP MOVSB");
    assertEquals(90, h.reg(ECX));
    assertEquals(10, h.memory.read8(0x30009));
    assertEquals(0, h.memory.read8(0x3000A));
    trap = h.cpu.run(1000);
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind());
    assertEquals(0, h.reg(ECX));
    assertEquals(100, h.memory.read8(0x30063));
    assertEquals(4 + 100 + 1, h.cpu.instructionsRetired());
  }

  @Test
  void instructionsLongerThanFifteenBytesAreGeneralProtection() {
    // 14 operand-size prefixes + nop = 15 bytes: fine
    new CpuHarness().run("6666666666666666666666666666" + "90");
    // 15 prefixes + nop = 16 bytes: #GP
    Trap trap = single("666666666666666666666666666666" + "90");
    assertEquals(TrapKind.GENERAL_PROTECTION, trap.kind());
    assertEquals(CpuHarness.CODE, trap.eip());
    // long but legal: 4 prefixes + add dword [eax*4+disp32], imm32 = 4 + 11 = 15 bytes
    new CpuHarness().run("2e3e6567" + "8104850000020078563412").cpu.eip();
  }

  @Test
  void cpuidDescribesAnI686WithoutFpu() {
    CpuHarness h = new CpuHarness().run("31c00fa2");
    assertEquals(1, h.reg(EAX));
    byte[] vendor = new byte[12];
    int[] order = {RegisterFile.EBX, RegisterFile.EDX, RegisterFile.ECX};
    for (int i = 0; i < 3; i++) {
      for (int b = 0; b < 4; b++) {
        vendor[i * 4 + b] = (byte) (h.reg(order[i]) >>> (8 * b));
      }
    }
    assertEquals("minix3j i686", new String(vendor, java.nio.charset.StandardCharsets.US_ASCII));
    h = new CpuHarness().run("b8010000000fa2");
    assertEquals(6, (h.reg(EAX) >>> 8) & 0xF, "family 6");
    int features = h.reg(EDX);
    assertEquals(0, features & 1, "no FPU");
    assertEquals(0, features & (1 << 23), "no MMX");
    assertEquals(0, features & (3 << 25), "no SSE/SSE2");
    assertEquals((1 << 4) | (1 << 8) | (1 << 15), features, "TSC, CX8, CMOV");
  }

  @Test
  void rdtscReadsTheTimeStampSource() {
    CpuHarness h = new CpuHarness();
    h.cpu.setTimeStampSource(() -> 0x1_2345_6789L);
    h.run("0f31");
    assertEquals(0x23456789, h.reg(EAX));
    assertEquals(1, h.reg(EDX));
    h = new CpuHarness().run("90900f31");
    assertEquals(2, h.reg(EAX), "default source: instructions retired before RDTSC");
    CpuHarness live = new CpuHarness();
    live.cpu.setTimeStampSource(() -> 200 + live.cpu.instructionsRetired());
    live.run("4040400f31"); // inc eax x3; rdtsc
    assertEquals(203, live.reg(EAX), "instructionsRetired() is live inside run()");
  }
}

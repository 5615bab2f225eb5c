package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minix3j.machine.cpu.RegisterFile.EAX;
import static org.minix3j.machine.cpu.RegisterFile.EBX;
import static org.minix3j.machine.cpu.RegisterFile.ECX;
import static org.minix3j.machine.cpu.RegisterFile.EDI;
import static org.minix3j.machine.cpu.RegisterFile.ESP;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PageTableEntry;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * What the CPU fetches: ModRM/SIB/displacement bytes at every position across a page end (the
 * decoder reads them straight from RAM only when they all lie in the code page), the run loop's
 * instruction pointer and prefix state between instructions and runs, and code that changes
 * under the CPU (written by the program itself, rewritten in RAM between runs, or remapped).
 */
class InstructionFetchTest {
  private static final int DIRECTORY = 0x1000;
  private static final int TABLE = 0x2000;
  private static final int USER_RW =
      PageTableEntry.PRESENT | PageTableEntry.USER | PageTableEntry.WRITABLE;
  private static final int PAGE_END = 0x9000;
  /** Frame behind linear PAGE_END; the frame physically after the first code page is junk. */
  private static final int SECOND_CODE_FRAME = 0xC000;

  /** mov eax, [ebx + ecx*4 + 0x100]: ModRM 84, SIB 8B, disp32. */
  private static final byte[] LOAD_WITH_SIB_DISP32 =
      CpuHarness.bytes("8b848b00010000");
  private static final byte[] INT_80 = CpuHarness.bytes("cd80");

  private final PhysicalMemory memory = new PhysicalMemory(256 * 1024);
  private final Mmu mmu = new Mmu(memory);
  private final Cpu cpu = new Cpu(memory, mmu);

  @BeforeEach
  void mapPages() {
    memory.write32(DIRECTORY, TABLE | USER_RW);
    map(0x8000, 0x8000);
    map(0xA000, 0xA000); // data
    map(0xF000, 0xF000); // stack
    mmu.setCr3(DIRECTORY);
    mmu.setPagingEnabled(true);
    byte[] junk = new byte[PhysicalMemory.PAGE_SIZE];
    Arrays.fill(junk, (byte) 0xF4); // HLT: #GP if ever executed
    memory.writeBytes(PAGE_END, junk, 0, junk.length);
    cpu.setRegister(ESP, 0x10000);
    memory.write32(0xA108, 0xCAFEBABE);
  }

  private void map(int linear, int frame) {
    memory.write32(TABLE + (linear >>> 12) * 4, frame | USER_RW);
  }

  /** Writes bytes at a linear address of the two code pages, through the page mapping. */
  private void writeCode(int linear, byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int address = linear + i;
      int physical = address < PAGE_END ? address : SECOND_CODE_FRAME + (address - PAGE_END);
      memory.write8(physical, bytes[i]);
    }
  }

  private Trap runLoadAt(int start) {
    writeCode(start, LOAD_WITH_SIB_DISP32);
    writeCode(start + LOAD_WITH_SIB_DISP32.length, INT_80);
    cpu.setRegister(EAX, 77);
    cpu.setRegister(EBX, 0xA000);
    cpu.setRegister(ECX, 2);
    cpu.setEip(start);
    return cpu.run(100);
  }

  @Test
  void modrmSibAndDisplacementDecodeAtEveryPositionAcrossAPageEnd() {
    map(PAGE_END, SECOND_CODE_FRAME);
    mmu.flushTlb();
    for (int start = PAGE_END - 12; start <= PAGE_END; start++) {
      Trap trap = runLoadAt(start);
      int at = start;
      assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind(), () -> "at " + at + ": " + trap);
      assertEquals(0xCAFEBABE, cpu.register(EAX), () -> "loaded by the instruction at " + at);
      assertEquals(start + 9, cpu.eip(), () -> "EIP after the instruction at " + at);
    }
  }

  @Test
  void modrmBytesOnAnUnmappedPageFaultWithTheInstructionUndone() {
    for (int start = PAGE_END - 6; start < PAGE_END; start++) {
      Trap trap = runLoadAt(start);
      int at = start;
      assertEquals(TrapKind.PAGE_FAULT, trap.kind(), () -> "at " + at + ": " + trap);
      assertEquals(PAGE_END, trap.faultAddress(), "CR2: the first byte on the unmapped page");
      assertEquals(0x14, trap.errorCode(), "user-mode fetch from a page not present");
      assertEquals(start, trap.eip(), "EIP on the faulting instruction");
      assertEquals(77, cpu.register(EAX), "EAX untouched");
    }
  }

  @Test
  void shortInstructionEndingAtAPageEndDoesNotTouchTheUnmappedNextPage() {
    byte[] code = CpuHarness.bytes("8b4308" + "8b03" + "cd80"); // mov eax,[ebx+8]; mov eax,[ebx]
    writeCode(PAGE_END - code.length, code);
    memory.write32(0xA000, 0x1234);
    cpu.setRegister(EBX, 0xA000);
    cpu.setEip(PAGE_END - code.length);
    Trap trap = cpu.run(100);
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind(), trap::toString);
    assertEquals(0x1234, cpu.register(EAX));
  }

  @Test
  void anOperandSizePrefixEndsWithItsInstruction() {
    CpuHarness harness = new CpuHarness();
    harness.run("66b83412" + "b878563412"); // mov ax, 0x1234; mov eax, 0x12345678
    assertEquals(0x12345678, harness.reg(EAX));
  }

  @Test
  void aPrefixedRepeatStoppedByTheBudgetResumesAndLeavesNoPrefixBehind() {
    CpuHarness harness = new CpuHarness();
    harness.load(CpuHarness.CODE, "66f3ab" + "b878563412" + "cd80"); // rep stosw; mov eax, imm32
    harness.set(EAX, 0xABCD).set(ECX, 5).set(EDI, CpuHarness.DATA);
    Trap stopped = harness.cpu.run(2);
    assertEquals(TrapKind.BUDGET_EXHAUSTED, stopped.kind(), stopped::toString);
    assertEquals(CpuHarness.CODE, harness.cpu.eip(), "EIP stays on the repeated instruction");
    assertEquals(3, harness.reg(ECX));
    Trap trap = harness.cpu.run(100);
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind(), trap::toString);
    assertEquals(0x12345678, harness.reg(EAX));
    assertEquals(0, harness.reg(ECX));
    for (int i = 0; i < 5; i++) {
      assertEquals(0xABCD, harness.memory.read16(CpuHarness.DATA + 2 * i), "word " + i);
    }
    assertEquals(0, harness.memory.read16(CpuHarness.DATA + 10), "nothing past the count");
  }

  @Test
  void eipSetBetweenRunsIsWhereTheNextRunStarts() {
    CpuHarness harness = new CpuHarness();
    harness.load(CpuHarness.CODE, "b801000000" + "b803000000" + "cd80");
    harness.load(CpuHarness.CODE + 0x100, "b802000000" + "cd80");
    harness.cpu.run(1);
    assertEquals(1, harness.reg(EAX));
    harness.cpu.setEip(CpuHarness.CODE + 0x100);
    Trap trap = harness.cpu.run(100);
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind(), trap::toString);
    assertEquals(2, harness.reg(EAX));
    assertEquals(CpuHarness.CODE + 0x107, harness.cpu.eip());
  }

  @Test
  void codeWrittenByTheProgramIntoItsOwnPageRunsAsWritten() {
    // mov byte [0x1007], 0x40 turns the NOP after it into INC EAX.
    CpuHarness harness = new CpuHarness();
    harness.run("c60507100000" + "40" + "90");
    assertEquals(1, harness.reg(EAX));
  }

  @Test
  void codeRewrittenInRamBetweenRunsRunsAsRewritten() {
    CpuHarness harness = new CpuHarness();
    harness.run("b801000000");
    assertEquals(1, harness.reg(EAX));
    harness.cpu.setEip(CpuHarness.CODE);
    harness.run("b802000000");
    assertEquals(2, harness.reg(EAX));
  }

  @Test
  void codePageRemappedToAnotherFrameRunsTheNewFrameAfterTheTlbFlush() {
    writeCode(0x8000, CpuHarness.bytes("b801000000cd80"));
    memory.writeBytes(SECOND_CODE_FRAME, CpuHarness.bytes("b802000000cd80"), 0, 7);
    cpu.setEip(0x8000);
    cpu.run(100);
    assertEquals(1, cpu.register(EAX));
    map(0x8000, SECOND_CODE_FRAME);
    mmu.invalidatePage(0x8000);
    cpu.setEip(0x8000);
    Trap trap = cpu.run(100);
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind(), trap::toString);
    assertEquals(2, cpu.register(EAX));
  }
}

package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.machine.cpu.RegisterFile.EAX;
import static org.minix3j.machine.cpu.RegisterFile.ECX;
import static org.minix3j.machine.cpu.RegisterFile.EDI;
import static org.minix3j.machine.cpu.RegisterFile.ESI;
import static org.minix3j.machine.cpu.RegisterFile.ESP;

import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PageTableEntry;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * The CPU under paging: page faults from fetches (including one that crosses into an unmapped
 * page), reads and writes, with CR2, error code and an untouched CPU state; A/D bits; and the
 * TLB's stale-entry semantics seen from running code.
 */
class PagingTest {
  private static final int DIRECTORY = 0x1000;
  private static final int TABLE = 0x2000;
  private static final int USER_RW = PageTableEntry.PRESENT | PageTableEntry.USER
      | PageTableEntry.WRITABLE;
  private static final int USER_RO = PageTableEntry.PRESENT | PageTableEntry.USER;

  private final PhysicalMemory memory = new PhysicalMemory(256 * 1024);
  private final Mmu mmu = new Mmu(memory);
  private final Cpu cpu = new Cpu(memory, mmu);

  @BeforeEach
  void mapPages() {
    memory.write32(DIRECTORY, TABLE | USER_RW);
    map(0x8000, 0x8000, USER_RW); // code
    map(0xA000, 0xA000, USER_RO); // read-only data
    map(0xB000, 0xB000, USER_RO);
    map(0xC000, 0xC000, USER_RW);
    map(0xD000, 0xD000, PageTableEntry.PRESENT | PageTableEntry.WRITABLE); // supervisor
    map(0xE000, 0xE000, USER_RW | PageTableEntry.NO_EXECUTE);
    map(0xF000, 0xF000, USER_RW); // stack
    mmu.setCr3(DIRECTORY);
    mmu.setPagingEnabled(true);
    cpu.setRegister(ESP, 0x10000);
  }

  private void map(int linear, int frame, int bits) {
    memory.write32(TABLE + (linear >>> 12) * 4, frame | bits);
  }

  private int pte(int linear) {
    return memory.read32(TABLE + (linear >>> 12) * 4);
  }

  private Trap runAt(int eip, String hex) {
    byte[] code = HexFormat.of().parseHex(hex);
    memory.writeBytes(eip, code, 0, code.length);
    cpu.setEip(eip);
    return cpu.run(1000);
  }

  private static void assertPageFault(Trap trap, int cr2, int errorCode, int eip) {
    assertEquals(TrapKind.PAGE_FAULT, trap.kind(), trap::toString);
    assertEquals(14, trap.vector());
    assertEquals(cr2, trap.faultAddress(), "CR2");
    assertEquals(errorCode, trap.errorCode(), "error code");
    assertEquals(eip, trap.eip(), "faulting EIP");
  }

  @Test
  void fetchCrossingIntoUnmappedPageFaultsOnTheSecondPage() {
    cpu.setRegister(EAX, 77);
    Trap trap = runAt(0x8FFD, "b801000000"); // mov eax, 1 straddling 0x9000
    assertPageFault(trap, 0x9000, 0x14, 0x8FFD);
    assertEquals(77, cpu.register(EAX));
    assertEquals(0x9000, mmu.cr2());
    assertEquals(0x8FFD, cpu.eip());
  }

  @Test
  void executingFromNoExecutePageFaultsAtTheTarget() {
    cpu.setRegister(EAX, 0xE010);
    Trap trap = runAt(0x8000, "ffe0"); // jmp eax
    assertPageFault(trap, 0xE010, 0x15, 0xE010);
    assertEquals(1, cpu.instructionsRetired(), "the jump itself retired");
  }

  @Test
  void writeToReadOnlyPageFaultsAndChangesNothing() {
    memory.write32(0xA000, 5);
    cpu.setRegister(EAX, 1);
    Trap trap = runAt(0x8000, "f9010500a00000"); // stc; add [0xA000], eax
    assertPageFault(trap, 0xA000, 0x07, 0x8001);
    assertEquals(5, memory.read32(0xA000));
    assertEquals(1, cpu.eflags() & 1, "CF from STC survives the faulting ADD");
  }

  @Test
  void readFromSupervisorPageFaults() {
    Trap trap = runAt(0x8000, "a100d00000"); // mov eax, [0xD000]
    assertPageFault(trap, 0xD000, 0x05, 0x8000);
  }

  @Test
  void splitWriteFaultingOnSecondPageWritesNothing() {
    map(0xA000, 0xA000, USER_RW);
    cpu.setRegister(EAX, 0x11223344);
    Trap trap = runAt(0x8000, "a3feaf0000"); // mov [0xAFFE], eax
    assertPageFault(trap, 0xB000, 0x07, 0x8000);
    assertEquals(0, memory.read16(0xAFFE), "no byte of the split write landed");
  }

  @Test
  void accessedAndDirtyBitsFollowTheAccesses() {
    runAt(0x8000, "a100c00000cd80"); // mov eax, [0xC000]; int 0x80
    assertEquals(PageTableEntry.ACCESSED, pte(0xC000) & (PageTableEntry.ACCESSED
        | PageTableEntry.DIRTY));
    assertTrue((pte(0x8000) & PageTableEntry.ACCESSED) != 0, "code page accessed by fetch");
    mmu.flushTlb();
    runAt(0x8000, "a300c00000cd80"); // mov [0xC000], eax; int 0x80
    assertEquals(PageTableEntry.DIRTY, pte(0xC000) & PageTableEntry.DIRTY);
  }

  @Test
  void staleTranslationIsUsedUntilTheKernelInvalidatesIt() {
    memory.write32(0xC000, 1);
    memory.write32(0x20000, 2);
    Trap trap = runAt(0x8000, "a100c00000cd80"); // mov eax, [0xC000]; int 0x80
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind());
    assertEquals(1, cpu.register(EAX));
    map(0xC000, 0x20000, USER_RW); // the kernel remaps but forgets INVLPG
    cpu.setEip(0x8000);
    cpu.run(1000);
    assertEquals(1, cpu.register(EAX), "stale entry still in use");
    mmu.invalidatePage(0xC000);
    cpu.setEip(0x8000);
    cpu.run(1000);
    assertEquals(2, cpu.register(EAX), "invalidated: the new mapping is used");
  }

  @Test
  void repeatedMoveFaultsMidwayAndResumesAfterTheKernelMapsThePage() {
    for (int i = 0; i < 32; i++) {
      memory.write8(0x8100 + i, 0x40 + i);
    }
    map(0xA000, 0xA000, USER_RW);
    map(0xB000, 0x30000, 0); // not present
    // mov ecx, 32; mov esi, 0x8100; mov edi, 0xAFF0; rep movsb; int 0x80
    Trap trap = runAt(0x8000, "b920000000be00810000bff0af0000f3a4cd80");
    assertPageFault(trap, 0xB000, 0x06, 0x800F);
    assertEquals(16, cpu.register(ECX));
    assertEquals(0x8110, cpu.register(ESI));
    assertEquals(0xB000, cpu.register(EDI));
    map(0xB000, 0x30000, USER_RW);
    mmu.invalidatePage(0xB000);
    trap = cpu.run(1000);
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind(), trap::toString);
    assertEquals(0, cpu.register(ECX));
    assertEquals(0x40 + 31, memory.read8(0x3000F));
    assertEquals(0x40 + 15, memory.read8(0xAFFF));
  }
}

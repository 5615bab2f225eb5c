package org.minix3j.machine.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.machine.memory.PageFaultException.ERROR_FETCH;
import static org.minix3j.machine.memory.PageFaultException.ERROR_PRESENT;
import static org.minix3j.machine.memory.PageFaultException.ERROR_USER;
import static org.minix3j.machine.memory.PageFaultException.ERROR_WRITE;
import static org.minix3j.machine.memory.PageTableEntry.ACCESSED;
import static org.minix3j.machine.memory.PageTableEntry.DIRTY;
import static org.minix3j.machine.memory.PageTableEntry.NO_EXECUTE;
import static org.minix3j.machine.memory.PageTableEntry.PRESENT;
import static org.minix3j.machine.memory.PageTableEntry.USER;
import static org.minix3j.machine.memory.PageTableEntry.WRITABLE;

import org.junit.jupiter.api.Test;

/** Two-level paging, user-mode checks, A/D bits, #PF error codes and CR2, TLB semantics. */
class MmuTest {
  private static final int DIRECTORY = 0x1000;
  private static final int TABLE = 0x2000;
  private static final int FRAME = 0x5000;
  private static final int LINEAR = 0x0040_3000; // directory index 1, table index 3
  private static final int ALL = PRESENT | WRITABLE | USER;

  private final PhysicalMemory memory = new PhysicalMemory(64 * 1024);
  private final Mmu mmu = new Mmu(memory);

  private void map(int directoryBits, int tableBits) {
    memory.write32(DIRECTORY + 4, TABLE | directoryBits);
    memory.write32(TABLE + 3 * 4, FRAME | tableBits);
    mmu.setCr3(DIRECTORY);
    mmu.setPagingEnabled(true);
  }

  private int pte() {
    return memory.read32(TABLE + 3 * 4);
  }

  private int pde() {
    return memory.read32(DIRECTORY + 4);
  }

  private PageFaultException fault(int linear, Access access) {
    return assertThrows(PageFaultException.class, () -> mmu.translate(linear, access));
  }

  @Test
  void pagingOffIsIdentityInsideRam() {
    assertEquals(0x1234, mmu.translate(0x1234, Access.WRITE));
    assertThrows(PhysicalMemoryException.class, () -> mmu.translate(0x10000, Access.READ));
  }

  @Test
  void translatesAndSetsAccessedThenDirty() {
    map(ALL, ALL);
    assertEquals(FRAME | 0x123, mmu.translate(LINEAR | 0x123, Access.READ));
    assertEquals(ACCESSED, pde() & ACCESSED);
    assertEquals(ACCESSED, pte() & (ACCESSED | DIRTY));
    assertEquals(FRAME | 0x124, mmu.translate(LINEAR | 0x124, Access.WRITE));
    assertEquals(ACCESSED | DIRTY, pte() & (ACCESSED | DIRTY));
    assertEquals(0, pde() & DIRTY, "the directory entry has no dirty bit");
  }

  @Test
  void notPresentTableOrPageFaultsWithErrorCodeAndCr2() {
    map(ALL & ~PRESENT, ALL);
    PageFaultException read = fault(LINEAR + 8, Access.READ);
    assertEquals(LINEAR + 8, read.linearAddress());
    assertEquals(ERROR_USER, read.errorCode());
    assertEquals(LINEAR + 8, mmu.cr2());
    map(ALL, ALL & ~PRESENT);
    assertEquals(ERROR_USER | ERROR_WRITE, fault(LINEAR, Access.WRITE).errorCode());
    assertEquals(ERROR_USER | ERROR_FETCH, fault(LINEAR, Access.EXECUTE).errorCode());
    assertEquals(0, pte() & ACCESSED, "a failed walk sets no accessed bit");
  }

  @Test
  void supervisorPageAtEitherLevelFaultsForUser() {
    map(PRESENT | WRITABLE, ALL);
    assertEquals(ERROR_USER | ERROR_PRESENT, fault(LINEAR, Access.READ).errorCode());
    map(ALL, PRESENT | WRITABLE);
    assertEquals(ERROR_USER | ERROR_PRESENT, fault(LINEAR, Access.READ).errorCode());
  }

  @Test
  void writeToReadOnlyPageFaultsButReadWorks() {
    map(ALL, PRESENT | USER);
    assertEquals(FRAME, mmu.translate(LINEAR, Access.READ));
    assertEquals(
        ERROR_USER | ERROR_PRESENT | ERROR_WRITE, fault(LINEAR, Access.WRITE).errorCode());
    map(PRESENT | USER, ALL);
    assertEquals(
        ERROR_USER | ERROR_PRESENT | ERROR_WRITE, fault(LINEAR, Access.WRITE).errorCode());
    assertEquals(0, pte() & DIRTY);
  }

  @Test
  void noExecuteAtEitherLevelFaultsFetchesOnly() {
    map(ALL, ALL | NO_EXECUTE);
    assertEquals(FRAME, mmu.translate(LINEAR, Access.READ));
    assertEquals(
        ERROR_USER | ERROR_PRESENT | ERROR_FETCH, fault(LINEAR, Access.EXECUTE).errorCode());
    map(ALL | NO_EXECUTE, ALL);
    assertEquals(
        ERROR_USER | ERROR_PRESENT | ERROR_FETCH, fault(LINEAR, Access.EXECUTE).errorCode());
    map(ALL, ALL);
    assertEquals(FRAME, mmu.translate(LINEAR, Access.EXECUTE));
  }

  @Test
  void staleTlbEntryIsUsedUntilInvalidated() {
    map(ALL, ALL);
    assertEquals(FRAME, mmu.translate(LINEAR, Access.READ));
    memory.write32(TABLE + 3 * 4, 0x7000 | ALL); // remap without invalidating
    assertEquals(FRAME, mmu.translate(LINEAR, Access.READ), "stale entry still used");
    long generation = mmu.generation();
    mmu.invalidatePage(LINEAR + 0x800);
    assertTrue(mmu.generation() != generation);
    assertEquals(0x7000, mmu.translate(LINEAR, Access.READ));
    memory.write32(TABLE + 3 * 4, 0); // unmap without invalidating
    assertEquals(0x7000, mmu.translate(LINEAR, Access.READ));
    mmu.flushTlb();
    fault(LINEAR, Access.READ);
  }

  @Test
  void reloadingCr3FlushesTheTlb() {
    map(ALL, ALL);
    mmu.translate(LINEAR, Access.READ);
    memory.write32(TABLE + 3 * 4, 0);
    mmu.setCr3(DIRECTORY);
    fault(LINEAR, Access.READ);
  }

  @Test
  void protectionFailureOnCachedEntryRewalksTheTables() {
    map(ALL, PRESENT | USER);
    mmu.translate(LINEAR, Access.READ);
    memory.write32(TABLE + 3 * 4, FRAME | ALL); // made writable, TLB still says read-only
    assertEquals(FRAME, mmu.translate(LINEAR, Access.WRITE));
    assertEquals(DIRTY, pte() & DIRTY);
  }

  @Test
  void firstWriteThroughCleanCachedEntrySetsDirty() {
    map(ALL, ALL);
    mmu.translate(LINEAR, Access.READ);
    assertEquals(0, pte() & DIRTY);
    mmu.translate(LINEAR, Access.WRITE);
    assertEquals(DIRTY, pte() & DIRTY);
  }

  @Test
  void pagingStructuresOrFramesOutsideRamAreReported() {
    map(ALL, ALL);
    memory.write32(TABLE + 3 * 4, 0x00F0_0000 | ALL);
    mmu.flushTlb();
    PhysicalMemoryException error =
        assertThrows(PhysicalMemoryException.class, () -> mmu.translate(LINEAR, Access.READ));
    assertTrue(String.valueOf(error.getMessage()).contains("0x00f00000"));
    mmu.setCr3(0x00F0_0000);
    assertThrows(PhysicalMemoryException.class, () -> mmu.translate(LINEAR, Access.READ));
  }
}

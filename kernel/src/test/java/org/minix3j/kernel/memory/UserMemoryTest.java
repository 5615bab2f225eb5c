package org.minix3j.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PageTableEntry;
import org.minix3j.machine.memory.PhysicalMemory;

class UserMemoryTest {
  private static final int OK = Errno.OK_VALUE;
  private static final int EFAULT = Errno.EFAULT.wireValue();
  private static final int EINVAL = Errno.EINVAL.wireValue();
  private static final int FLAGS_AD = PageTableEntry.ACCESSED | PageTableEntry.DIRTY;

  private final PhysicalMemory ram = new PhysicalMemory(64 * PhysicalMemory.PAGE_SIZE);
  private final PageTables tables = new PageTables(ram, 1);
  private final UserMemory memory = new UserMemory(ram);
  private final int directory = tables.newDirectory();
  private final int firstFrame = tables.mapFresh(directory, 0x1000, PageTables.USER_WRITABLE);
  private final int secondFrame;

  UserMemoryTest() {
    tables.allocateFrame(); // keep the two frames apart: a copy must follow the tables
    secondFrame = tables.mapFresh(directory, 0x2000, PageTables.USER_WRITABLE);
  }

  private static byte[] pattern(int length, int seed) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 7 + seed);
    }
    return bytes;
  }

  @Test
  void aCopyAcrossAPageBoundaryLandsInBothFramesAndReadsBack() {
    byte[] data = pattern(100, 3);
    assertEquals(OK, memory.copyOut(data, 0, directory, 0x1FC0, 100));
    assertEquals(data[0] & 0xFF, ram.read8(firstFrame + 0xFC0));
    assertEquals(data[63] & 0xFF, ram.read8(firstFrame + 0xFFF));
    assertEquals(data[64] & 0xFF, ram.read8(secondFrame));
    assertEquals(data[99] & 0xFF, ram.read8(secondFrame + 35));
    byte[] back = new byte[100];
    assertEquals(OK, memory.copyIn(directory, 0x1FC0, back, 0, 100));
    assertArrayEquals(data, back);
  }

  @Test
  void accessedAndDirtyBitsAreSetAsTheHardwareWould() {
    byte[] one = new byte[1];
    assertEquals(OK, memory.copyIn(directory, 0x1000, one, 0, 1));
    assertEquals(PageTableEntry.ACCESSED, tables.tableEntry(directory, 0x1000) & FLAGS_AD);
    assertEquals(PageTableEntry.ACCESSED, tables.directoryEntry(directory, 0x1000) & PageTableEntry.ACCESSED);
    assertEquals(0, tables.tableEntry(directory, 0x2000) & FLAGS_AD);
    assertEquals(OK, memory.copyOut(one, 0, directory, 0x2000, 1));
    assertEquals(FLAGS_AD, tables.tableEntry(directory, 0x2000) & FLAGS_AD);
  }

  @Test
  void probesChangeNoAccessedBits() {
    assertEquals(OK, memory.checkWritable(directory, 0x1000, 0x2000));
    assertEquals(OK, memory.checkReadable(directory, 0x1000, 0x2000));
    assertEquals(0, tables.tableEntry(directory, 0x1000) & FLAGS_AD);
    assertEquals(0, tables.directoryEntry(directory, 0x1000) & PageTableEntry.ACCESSED);
  }

  @Test
  void aRangeReachingAnUnmappedPageFailsAndCopiesNothing() {
    byte[] data = pattern(0x1100, 1);
    assertEquals(EFAULT, memory.copyOut(data, 0, directory, 0x2000, 0x1100));
    assertEquals(0, ram.read8(secondFrame));
    assertEquals(0, tables.tableEntry(directory, 0x2000) & FLAGS_AD);
    assertEquals(EFAULT, memory.copyIn(directory, 0x0FFF, new byte[2], 0, 2));
  }

  @Test
  void aPageWithoutTheUserBitAtEitherLevelIsABadAddress() {
    tables.setTableEntry(directory, 0x2000, secondFrame | PageTableEntry.PRESENT | PageTableEntry.WRITABLE);
    assertEquals(EFAULT, memory.checkReadable(directory, 0x2000, 1));
    assertEquals(OK, memory.checkReadable(directory, 0x1000, 1));
    int entry = tables.directoryEntry(directory, 0x1000);
    tables.setDirectoryEntry(directory, 0x1000, entry & ~PageTableEntry.USER);
    assertEquals(EFAULT, memory.checkReadable(directory, 0x1000, 1));
  }

  @Test
  void aReadOnlyPageAtEitherLevelRefusesWritesButNotReads() {
    tables.setTableEntry(directory, 0x2000, secondFrame | PageTables.USER_READ_ONLY);
    assertEquals(OK, memory.copyIn(directory, 0x2000, new byte[4], 0, 4));
    assertEquals(EFAULT, memory.copyOut(new byte[4], 0, directory, 0x2000, 4));
    assertEquals(EFAULT, memory.fill(directory, 0x1FFF, 0, 2));
    assertEquals(0, ram.read8(firstFrame + 0xFFF));
    int entry = tables.directoryEntry(directory, 0x1000);
    tables.setDirectoryEntry(directory, 0x1000, entry & ~PageTableEntry.WRITABLE);
    assertEquals(EFAULT, memory.checkWritable(directory, 0x1000, 1));
    assertEquals(OK, memory.checkReadable(directory, 0x1000, 1));
  }

  @Test
  void aPageDirectoryOutsideRamIsABadAddress() {
    int outside = ram.size() + 0x1000;
    assertEquals(EFAULT, memory.copyIn(outside, 0x1000, new byte[1], 0, 1));
    assertEquals(EFAULT, memory.checkWritable(0xFFFFF000, 0xFFFFF000, 1));
  }

  @Test
  void aPageTableOutsideRamIsABadAddress() {
    tables.setDirectoryEntry(directory, 0x1000, 0x7FFFF000 | PageTables.USER_WRITABLE);
    assertEquals(EFAULT, memory.copyIn(directory, 0x1000, new byte[1], 0, 1));
  }

  @Test
  void aFrameOutsideRamIsABadAddress() {
    tables.setTableEntry(directory, 0x2000, 0xFFFFF000 | PageTables.USER_WRITABLE);
    assertEquals(EFAULT, memory.copyOut(new byte[1], 0, directory, 0x2000, 1));
    tables.setTableEntry(directory, 0x2000, ram.size() | PageTables.USER_WRITABLE);
    assertEquals(EFAULT, memory.copyOut(new byte[1], 0, directory, 0x2000, 1));
  }

  @Test
  void aRangeWrappingPast4GiBIsABadAddressButTheLastByteIsReachable() {
    int lastFrame = tables.mapFresh(directory, 0xFFFFF000, PageTables.USER_WRITABLE);
    tables.mapFresh(directory, 0, PageTables.USER_WRITABLE);
    assertEquals(EFAULT, memory.copyOut(new byte[2], 0, directory, 0xFFFFFFFF, 2));
    assertEquals(EFAULT, UserMemory.checkRange(0xFFFFF000, 0x1001));
    assertEquals(OK, memory.copyOut(new byte[] {42}, 0, directory, 0xFFFFFFFF, 1));
    assertEquals(42, ram.read8(lastFrame + 0xFFF));
  }

  @Test
  void aNegativeLengthIsInvalid() {
    assertEquals(EINVAL, memory.copyIn(directory, 0x1000, new byte[4], 0, -1));
    assertEquals(EINVAL, memory.copyOut(new byte[4], 0, directory, 0x1000, -1));
    assertEquals(EINVAL, memory.fill(directory, 0x1000, 0, Integer.MIN_VALUE));
    assertEquals(EINVAL, memory.copyBetween(directory, 0x1000, directory, 0x2000, -4));
  }

  @Test
  void aJavaBufferRangeThatDoesNotFitIsABadAddress() {
    assertEquals(EFAULT, memory.copyIn(directory, 0x1000, new byte[4], 1, 4));
    assertEquals(EFAULT, memory.copyOut(new byte[4], -1, directory, 0x1000, 2));
    assertEquals(EFAULT, memory.copyOut(new byte[4], Integer.MAX_VALUE, directory, 0x1000, 2));
  }

  @Test
  void aZeroLengthCopyTouchesNothingAndSucceedsEvenUnmapped() {
    assertEquals(OK, memory.copyOut(new byte[0], 0, directory, 0x9000, 0));
    assertEquals(0, tables.tableEntry(directory, 0x1000) & FLAGS_AD);
  }

  @Test
  void copiesBetweenTwoAddressSpacesFollowBothTables() {
    int other = tables.newDirectory();
    int frameA = tables.mapFresh(other, 0x40000, PageTables.USER_WRITABLE);
    int frameB = tables.mapFresh(other, 0x41000, PageTables.USER_WRITABLE);
    byte[] data = pattern(0x1800, 9);
    assertEquals(OK, memory.copyOut(data, 0, directory, 0x1400, 0x1800));
    assertEquals(OK, memory.copyBetween(directory, 0x1400, other, 0x40400, 0x1800));
    byte[] back = new byte[0x1800];
    assertEquals(OK, memory.copyIn(other, 0x40400, back, 0, 0x1800));
    assertArrayEquals(data, back);
    assertEquals(data[0] & 0xFF, ram.read8(frameA + 0x400));
    assertEquals(data[0xC00] & 0xFF, ram.read8(frameB));
    // The destination runs into an unmapped page: nothing moves, not even the first chunk.
    assertEquals(OK, memory.fill(directory, 0x1400, 0x5A, 0x1000));
    assertEquals(EFAULT, memory.copyBetween(directory, 0x1400, other, 0x41800, 0x1000));
    assertEquals(data[0x1400] & 0xFF, ram.read8(frameB + 0x800));
  }

  @Test
  void fillSetsEveryByteOfTheRangeAndNoOther() {
    assertEquals(OK, memory.fill(directory, 0x1FFE, 0xAB, 4));
    assertEquals(0, ram.read8(firstFrame + 0xFFD));
    assertEquals(0xAB, ram.read8(firstFrame + 0xFFE));
    assertEquals(0xAB, ram.read8(secondFrame + 1));
    assertEquals(0, ram.read8(secondFrame + 2));
  }

  @Test
  void theCpuMmuIsLeftAlone() {
    Mmu mmu = new Mmu(ram);
    int running = tables.newDirectory();
    mmu.setCr3(running);
    mmu.setPagingEnabled(true);
    long generation = mmu.generation();
    assertEquals(OK, memory.copyOut(new byte[8], 0, directory, 0x1FFC, 8));
    assertEquals(running, mmu.cr3());
    assertEquals(generation, mmu.generation());
    assertEquals(0, mmu.cr2());
  }
}

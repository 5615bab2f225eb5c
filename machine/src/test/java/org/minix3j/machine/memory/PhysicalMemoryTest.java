package org.minix3j.machine.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Little-endian access, bulk copies and clear errors outside RAM. */
class PhysicalMemoryTest {
  private final PhysicalMemory memory = new PhysicalMemory(8192);

  @Test
  void littleEndianReadsAndWrites() {
    memory.write32(100, 0x11223344);
    assertEquals(0x44, memory.read8(100));
    assertEquals(0x3344, memory.read16(100));
    assertEquals(0x11223344, memory.read32(100));
    memory.write16(8190, 0xBEEF);
    assertEquals(0xBEEF, memory.read16(8190));
    memory.write8(0, 0x1FF);
    assertEquals(0xFF, memory.read8(0));
  }

  @Test
  void bulkCopies() {
    byte[] data = {1, 2, 3, 4, 5};
    memory.writeBytes(4000, data, 1, 3);
    byte[] back = new byte[4];
    memory.readBytes(3999, back, 0, 4);
    assertArrayEquals(new byte[] {0, 2, 3, 4}, back);
  }

  @Test
  void accessesOutsideRamThrowWithClearMessage() {
    PhysicalMemoryException error =
        assertThrows(PhysicalMemoryException.class, () -> memory.read32(8190));
    assertEquals(
        "physical access of 4 byte(s) at 0x00001ffe is outside RAM (size 0x00002000)",
        error.getMessage());
    assertThrows(PhysicalMemoryException.class, () -> memory.write8(-1, 0));
    assertThrows(
        PhysicalMemoryException.class, () -> memory.readBytes(0, new byte[2], 1, 2));
    assertThrows(IllegalArgumentException.class, () -> new PhysicalMemory(1000));
  }
}

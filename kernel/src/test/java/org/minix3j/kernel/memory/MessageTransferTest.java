package org.minix3j.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.MessageLayout;
import org.minix3j.machine.memory.PhysicalMemory;

class MessageTransferTest {
  private final PhysicalMemory ram = new PhysicalMemory(32 * PhysicalMemory.PAGE_SIZE);
  private final PageTables tables = new PageTables(ram, 1);
  private final MessageTransfer messages = new MessageTransfer(new UserMemory(ram));
  private final int directory = tables.newDirectory();
  private final int firstFrame = tables.mapFresh(directory, 0x5000, PageTables.USER_WRITABLE);
  private final int secondFrame = tables.mapFresh(directory, 0x6000, PageTables.USER_WRITABLE);

  @Test
  void aMessageStraddlingTwoPagesGoesOutAndComesBackLittleEndian() {
    int[] words = new int[MessageLayout.SIZE / 4];
    for (int i = 0; i < words.length; i++) {
      words[i] = 0x01020304 * (i + 1);
    }
    int address = 0x6000 - 10;
    assertEquals(Errno.OK_VALUE, messages.copyOut(words, directory, address));
    assertEquals(words[0], ram.read32(firstFrame + 0xFF6));
    assertEquals(words[2] >>> 16, ram.read16(secondFrame)); // word 2 straddles the boundary
    int[] back = new int[words.length];
    assertEquals(Errno.OK_VALUE, messages.copyIn(directory, address, back));
    assertArrayEquals(words, back);
  }

  @Test
  void aMessageInsideOnePageGoesOutAndComesBackThroughOneWalk() {
    int[] words = new int[MessageLayout.SIZE / 4];
    for (int i = 0; i < words.length; i++) {
      words[i] = 0x11223344 + i;
    }
    int last = 0x6000 - MessageLayout.SIZE; // the last place a message fits in the first page
    assertEquals(Errno.OK_VALUE, messages.copyOut(words, directory, last));
    assertEquals(0x44, ram.read8(firstFrame + 0x1000 - MessageLayout.SIZE));
    assertEquals(words[15], ram.read32(firstFrame + 0xFFC));
    assertEquals(0, ram.read32(secondFrame), "nothing spilled into the next page");
    int[] back = new int[words.length];
    assertEquals(Errno.OK_VALUE, messages.copyIn(directory, last, back));
    assertArrayEquals(words, back);
    tables.setTableEntry(directory, 0x5000, firstFrame | PageTables.USER_READ_ONLY);
    assertEquals(Errno.EFAULT.wireValue(), messages.copyOut(new int[16], directory, 0x5100));
    assertEquals(Errno.EFAULT.wireValue(), messages.checkWritable(directory, 0x5100));
    assertEquals(words[0], ram.read32(firstFrame + 0x1000 - MessageLayout.SIZE), "unchanged");
    assertEquals(Errno.EFAULT.wireValue(), messages.copyIn(directory, 0x9000, back));
  }

  @Test
  void aBadMessageAddressIsEfaultAndLeavesTheWordsAlone() {
    int[] words = new int[MessageLayout.SIZE / 4];
    words[5] = 77;
    assertEquals(Errno.EFAULT.wireValue(), messages.copyIn(directory, 0x7000 - 32, words));
    assertEquals(77, words[5]);
    assertEquals(Errno.EFAULT.wireValue(), messages.copyOut(words, directory, 0xFFFFFFF0));
  }

  @Test
  void aReadOnlyReceiveBufferIsRefusedWhenTheCallIsMade() {
    tables.setTableEntry(directory, 0x6000, secondFrame | PageTables.USER_READ_ONLY);
    assertEquals(Errno.OK_VALUE, messages.checkWritable(directory, 0x5000));
    assertEquals(Errno.EFAULT.wireValue(), messages.checkWritable(directory, 0x6000 - 8));
    assertEquals(Errno.OK_VALUE, messages.copyIn(directory, 0x6000 - 8, new int[16]));
  }
}

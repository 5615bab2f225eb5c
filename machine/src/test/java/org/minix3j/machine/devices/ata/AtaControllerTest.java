package org.minix3j.machine.devices.ata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.machine.devices.ata.AtaHarness.CONTROL;
import static org.minix3j.machine.devices.ata.AtaHarness.COUNT;
import static org.minix3j.machine.devices.ata.AtaHarness.DATA;
import static org.minix3j.machine.devices.ata.AtaHarness.DEVICE;
import static org.minix3j.machine.devices.ata.AtaHarness.ERROR;
import static org.minix3j.machine.devices.ata.AtaHarness.LBA_HIGH;
import static org.minix3j.machine.devices.ata.AtaHarness.LBA_LOW;
import static org.minix3j.machine.devices.ata.AtaHarness.LBA_MID;
import static org.minix3j.machine.devices.ata.AtaHarness.STATUS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtaControllerTest {
  private static final int SECTORS = 64;

  private static byte[] pattern(int sectors, int seed) {
    byte[] data = new byte[sectors * 512];
    for (int index = 0; index < data.length; index++) {
      data[index] = (byte) (index * 31 + seed + index / 512);
    }
    return data;
  }

  @Test
  void identifyDescribesTheDisk() {
    AtaHarness ata = new AtaHarness(new MemoryDisk(SECTORS));
    ata.bus.out8(DEVICE, 0xA0);
    ata.bus.out8(STATUS, 0xEC);
    assertEquals(0x80, ata.bus.in8(CONTROL), "busy while the command works");
    ata.waitNotBusy();

    assertTrue(ata.irqHigh);
    assertEquals(0x58, ata.bus.in8(STATUS), "DRDY DSC DRQ");
    assertFalse(ata.irqHigh, "reading the status register acknowledges INTRQ");
    byte[] identify = ata.readBlock();
    assertEquals(0x50, ata.bus.in8(STATUS));

    assertEquals("minix3j ATA disk", AtaIdentify.string(identify, 27, 20));
    assertEquals(SECTORS, (identify[120] & 0xFF) | ((identify[121] & 0xFF) << 8));
    assertEquals(0, identify[122] | identify[123]);
    assertTrue((identify[99] & 0x02) != 0, "word 49 bit 9: LBA supported");
    assertEquals((byte) 0xA5, identify[510]);
    int sum = 0;
    for (byte value : identify) {
      sum += value & 0xFF;
    }
    assertEquals(0, sum & 0xFF, "the integrity word makes the block sum to zero");
  }

  @Test
  void writeFlushReadRoundTripThroughAnImageFile(@TempDir Path folder) throws IOException {
    Path image = folder.resolve("disk.img");
    Files.write(image, new byte[SECTORS * 512]);
    AtaHarness ata = new AtaHarness(FileDisk.open(image, true));
    byte[] data = pattern(3, 7);

    ata.issue(0x30, 5, 3);
    assertFalse(ata.irqHigh, "no interrupt before the first block of a write");
    for (int sector = 0; sector < 3; sector++) {
      assertEquals(0x58, ata.bus.in8(CONTROL));
      ata.writeBlock(data, sector * 512);
      assertEquals(0x80, ata.bus.in8(CONTROL));
      ata.waitNotBusy();
      assertTrue(ata.irqHigh, "an interrupt after every block");
      ata.bus.in8(STATUS);
    }
    assertEquals(0x50, ata.bus.in8(STATUS));
    assertEquals(3, ata.controller.dirtySectors());

    ata.issue(0xE7, 0, 0);
    ata.waitNotBusy();
    assertEquals(0x50, ata.bus.in8(STATUS));
    assertEquals(0, ata.controller.dirtySectors());
    byte[] file = Files.readAllBytes(image);
    assertArrayEquals(data, Arrays.copyOfRange(file, 5 * 512, 8 * 512));
    assertEquals(0, file[4 * 512 + 511]);

    ata.issue(0x20, 4, 5);
    byte[] read = new byte[5 * 512];
    for (int sector = 0; sector < 5; sector++) {
      ata.waitNotBusy();
      assertEquals(0x58, ata.bus.in8(STATUS));
      System.arraycopy(ata.readBlock(), 0, read, sector * 512, 512);
    }
    assertEquals(0x50, ata.bus.in8(STATUS));
    assertArrayEquals(data, Arrays.copyOfRange(read, 512, 4 * 512));
    assertEquals(8, ata.bus.in8(LBA_LOW), "the address registers name the last sector read");
    ata.controller.close();
  }

  @Test
  void readsSeeCachedWritesAndCloseWritesThemBack(@TempDir Path folder) throws IOException {
    Path image = folder.resolve("cached.img");
    Files.write(image, new byte[SECTORS * 512]);
    AtaHarness ata = new AtaHarness(FileDisk.open(image, true));
    byte[] data = pattern(1, 3);
    ata.issue(0x30, 60, 1);
    ata.writeBlock(data, 0);
    ata.waitNotBusy();

    ata.issue(0x20, 60, 1);
    ata.waitNotBusy();
    assertArrayEquals(data, ata.readBlock());

    ata.controller.close();
    assertArrayEquals(data, Arrays.copyOfRange(Files.readAllBytes(image), 60 * 512, 61 * 512));
  }

  @Test
  void sectorsOutsideTheDiskGiveIdnf() {
    AtaHarness ata = new AtaHarness(new MemoryDisk(SECTORS));
    ata.issue(0x20, SECTORS, 1);
    ata.waitNotBusy();
    assertTrue(ata.irqHigh);
    assertEquals(0x51, ata.bus.in8(STATUS), "DRDY DSC ERR");
    assertEquals(0x10, ata.bus.in8(ERROR), "IDNF");

    ata.issue(0x30, SECTORS - 1, 2); // the first sector fits, the second does not
    ata.writeBlock(pattern(1, 1), 0);
    ata.waitNotBusy();
    assertEquals(0x51, ata.bus.in8(STATUS), "the second block is refused, not asked for");
    assertEquals(1, ata.controller.dirtySectors(), "the first sector was written");
    assertEquals(0x10, ata.bus.in8(ERROR));
    assertEquals(SECTORS, ata.bus.in8(LBA_LOW), "the address registers name the bad sector");
  }

  @Test
  void unknownCommandsAreAborted() {
    AtaHarness ata = new AtaHarness(new MemoryDisk(SECTORS));
    ata.bus.out8(DEVICE, 0xE0);
    ata.bus.out8(STATUS, 0xC8); // READ DMA: no DMA here
    assertEquals(0x51, ata.bus.in8(STATUS));
    assertEquals(0x04, ata.bus.in8(ERROR), "ABRT");
  }

  @Test
  void nIenHoldsOffTheInterrupt() {
    AtaHarness ata = new AtaHarness(new MemoryDisk(SECTORS));
    ata.bus.out8(CONTROL, 0x02);
    ata.issue(0x20, 0, 1);
    ata.waitNotBusy();
    assertFalse(ata.irqHigh);
    assertEquals(0x58, ata.bus.in8(CONTROL));

    ata.bus.out8(CONTROL, 0x00); // the pending interrupt shows once enabled
    assertTrue(ata.irqHigh);
  }

  @Test
  void softwareResetAbortsAndLeavesTheSignature() {
    AtaHarness ata = new AtaHarness(new MemoryDisk(SECTORS));
    ata.issue(0x20, 0, 4);
    ata.bus.out8(CONTROL, 0x04);
    assertEquals(0x80, ata.bus.in8(CONTROL));
    ata.bus.out8(CONTROL, 0x00);
    ata.waitNotBusy();

    assertEquals(0x50, ata.bus.in8(STATUS));
    assertEquals(0x01, ata.bus.in8(ERROR));
    assertEquals(1, ata.bus.in8(COUNT));
    assertEquals(1, ata.bus.in8(LBA_LOW));
    assertEquals(0, ata.bus.in8(LBA_MID));
    assertEquals(0, ata.bus.in8(LBA_HIGH));
    assertEquals(0, ata.clock.pendingEvents(), "the aborted read left nothing queued");
    assertEquals(0xFFFF, ata.bus.in16(DATA), "no data to transfer");
  }

  @Test
  void deviceOneIsAbsent() {
    AtaHarness ata = new AtaHarness(new MemoryDisk(SECTORS));
    ata.bus.out8(DEVICE, 0xB0);
    assertEquals(0, ata.bus.in8(STATUS));
    ata.bus.out8(STATUS, 0xEC);
    assertEquals(0, ata.clock.pendingEvents());
  }

  @Test
  void aCountOfZeroMeans256SectorsAndDoublewordTransfersWork() {
    byte[] image = pattern(300, 9);
    AtaHarness ata = new AtaHarness(new MemoryDisk(image));
    ata.issue(0x20, 10, 0);
    for (int sector = 0; sector < 256; sector++) {
      ata.waitNotBusy();
      for (int dword = 0; dword < 128; dword++) {
        int offset = (10 + sector) * 512 + dword * 4;
        int expected =
            (image[offset] & 0xFF)
                | (image[offset + 1] & 0xFF) << 8
                | (image[offset + 2] & 0xFF) << 16
                | (image[offset + 3] & 0xFF) << 24;
        assertEquals(expected, ata.bus.in32(DATA));
      }
    }
    assertEquals(0x50, ata.bus.in8(STATUS));
  }

  @Test
  void chsAddressesUseTheDefaultTranslation() {
    byte[] image = pattern(2 * 16 * 63, 5);
    AtaHarness ata = new AtaHarness(new MemoryDisk(image));
    ata.bus.out8(DEVICE, 0xA0 | 2); // CHS, head 2
    ata.bus.out8(COUNT, 1);
    ata.bus.out8(LBA_LOW, 4); // sector 4
    ata.bus.out8(LBA_MID, 1); // cylinder 1
    ata.bus.out8(LBA_HIGH, 0);
    ata.bus.out8(STATUS, 0x20);
    ata.waitNotBusy();
    long lba = (1 * 16 + 2) * 63 + 4 - 1;
    assertArrayEquals(
        Arrays.copyOfRange(image, (int) lba * 512, (int) lba * 512 + 512), ata.readBlock());
  }

  @Test
  void commandsTakeSimulatedTime() {
    AtaHarness ata = new AtaHarness(new MemoryDisk(SECTORS));
    ata.issue(0x20, 0, 1);
    ata.waitNotBusy();
    assertEquals(AtaController.COMMAND_NANOSECONDS + AtaController.SECTOR_NANOSECONDS, ata.clock.now());
  }

  @Test
  void unusableImagesGiveClearErrors(@TempDir Path folder) throws IOException {
    DiskImageException missing =
        assertThrows(
            DiskImageException.class, () -> FileDisk.open(folder.resolve("absent.img"), true));
    assertTrue(String.valueOf(missing.getMessage()).contains("does not exist"));

    Path ragged = folder.resolve("ragged.img");
    Files.write(ragged, new byte[1000]);
    DiskImageException badSize =
        assertThrows(DiskImageException.class, () -> FileDisk.open(ragged, false));
    assertTrue(String.valueOf(badSize.getMessage()).contains("multiple of 512"));

    Path empty = folder.resolve("empty.img");
    Files.write(empty, new byte[0]);
    assertThrows(DiskImageException.class, () -> FileDisk.open(empty, false));
    assertThrows(DiskImageException.class, () -> new MemoryDisk(new byte[100]));
  }
}

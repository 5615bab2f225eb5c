package org.minix3j.drivers.ata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minix3j.abi.Notification;
import org.minix3j.abi.testing.FakeSystemCalls;

/**
 * A small ATA device 0 behind {@link FakeSystemCalls}' ports, for the driver's tests: the
 * command block at {@link AtaConfig#PRIMARY}'s ports, IDENTIFY DEVICE, READ SECTORS, WRITE
 * SECTORS and FLUSH CACHE in LBA28, each completing at once; an interrupt is a HARDWARE
 * notification delivered to the fake kernel (after a command's data block is ready, after each
 * block written, at the end of a command without data, on an error). A sector outside the disk
 * ends the command with ERR and IDNF. {@link #stuckBusy} makes the status read BSY until a software reset;
 * {@link #failingSector} fails a read of that sector with UNC; {@link #claimedSectors} makes
 * IDENTIFY claim more than there is; {@link #absent} makes the
 * channel read as a floating bus.
 */
final class FakeAtaDevice implements FakeSystemCalls.Ports {
  static final int IRQ = AtaConfig.PRIMARY.irqLine();
  private static final int BASE = AtaConfig.PRIMARY.commandPort();
  private static final int SECTOR = 512;

  private final FakeSystemCalls sys;
  final byte[] disk;
  final List<String> commands = new ArrayList<>();
  boolean stuckBusy;
  /** After the data of this many commands has been read, the device stays busy until a reset. */
  int stickAfterCommands = -1;
  boolean absent;
  long failingSector = -1;
  /** What IDENTIFY says the disk holds, when not negative (else the truth). */
  long claimedSectors = -1;
  int flushes;
  int resets;
  int interrupts;

  private final int[] registers = new int[8];
  private final byte[] buffer = new byte[SECTOR];
  private int status = 0x50;
  private int error;
  private int bufferIndex;
  private long lba;
  private int sectorsLeft;
  private boolean dataIn;
  private boolean dataOut;

  FakeAtaDevice(FakeSystemCalls sys, int sectors) {
    this.sys = sys;
    this.disk = new byte[sectors * SECTOR];
  }

  long sectors() {
    return disk.length / SECTOR;
  }

  @Override
  public long in(int port, int width) {
    if (absent) {
      return width == 1 ? 0xFF : width == 2 ? 0xFFFF : 0xFFFF_FFFFL;
    }
    if (port == AtaConfig.PRIMARY.controlPort() || port == BASE + Channel.STATUS) {
      return stuckBusy ? Channel.STATUS_BSY : status;
    }
    if (port == BASE + Channel.DATA) {
      return readWord();
    }
    if (port == BASE + Channel.ERROR) {
      return error;
    }
    return registers[port - BASE];
  }

  @Override
  public void out(int port, int width, int value) {
    if (absent) {
      return;
    }
    if (port == AtaConfig.PRIMARY.controlPort()) {
      if ((value & Channel.CONTROL_SRST) != 0) {
        resets++;
        stuckBusy = false;
        dataIn = false;
        dataOut = false;
        status = 0x50;
      }
    } else if (port == BASE + Channel.DATA) {
      writeWord(value);
    } else if (port == BASE + Channel.COMMAND) {
      command(value & 0xFF);
    } else {
      registers[port - BASE] = value & 0xFF;
    }
  }

  private void command(int code) {
    commands.add(String.format("0x%02X lba %d count %d", code, address(), registers[2]));
    error = 0;
    dataIn = false;
    dataOut = false;
    lba = address();
    sectorsLeft = registers[2] == 0 ? 256 : registers[2];
    switch (code) {
      case Channel.IDENTIFY_DEVICE -> {
        identifyBlock();
        sectorsLeft = 1;
        dataIn = true;
        ready();
      }
      case Channel.READ_SECTORS -> nextRead();
      case Channel.WRITE_SECTORS -> {
        if (!inRange(lba)) {
          fail(0x10);
          return;
        }
        dataOut = true;
        bufferIndex = 0;
        status = 0x58; // DRQ for the first block, no interrupt
      }
      case Channel.FLUSH_CACHE -> {
        flushes++;
        status = 0x50;
        interrupt();
      }
      default -> fail(0x04);
    }
  }

  private void nextRead() {
    if (!inRange(lba)) {
      fail(0x10);
    } else if (lba == failingSector) {
      fail(0x40);
    } else {
      System.arraycopy(disk, (int) lba * SECTOR, buffer, 0, SECTOR);
      dataIn = true;
      ready();
    }
  }

  private long readWord() {
    if (!dataIn) {
      return 0xFFFF;
    }
    int value = (buffer[bufferIndex] & 0xFF) | (buffer[bufferIndex + 1] & 0xFF) << 8;
    bufferIndex += 2;
    if (bufferIndex == SECTOR) {
      dataIn = false;
      lba++;
      if (--sectorsLeft > 0) {
        nextRead();
      } else {
        status = 0x50;
        stuckBusy |= commands.size() == stickAfterCommands;
      }
    }
    return value;
  }

  private void writeWord(int value) {
    if (!dataOut) {
      return;
    }
    buffer[bufferIndex] = (byte) value;
    buffer[bufferIndex + 1] = (byte) (value >>> 8);
    bufferIndex += 2;
    if (bufferIndex == SECTOR) {
      dataOut = false;
      System.arraycopy(buffer, 0, disk, (int) lba * SECTOR, SECTOR);
      lba++;
      if (--sectorsLeft == 0) {
        status = 0x50;
        interrupt();
      } else if (!inRange(lba)) {
        fail(0x10);
      } else {
        dataOut = true;
        ready();
      }
    }
  }

  private void ready() {
    bufferIndex = 0;
    status = 0x58;
    interrupt();
  }

  private void fail(int errorBits) {
    error = errorBits;
    status = 0x51;
    interrupt();
  }

  private void interrupt() {
    interrupts++;
    sys.deliver(FakeSystemCalls.from(Notification.HARDWARE, Notification.TYPE, 1 << IRQ));
  }

  private long address() {
    return ((long) (registers[6] & 0x0F) << 24) | registers[5] << 16 | registers[4] << 8 | registers[3];
  }

  private boolean inRange(long sector) {
    return sector >= 0 && sector < sectors();
  }

  private void identifyBlock() {
    Arrays.fill(buffer, (byte) 0);
    putWord(0, 0x0040);
    putWord(49, 0x0200);
    long claimed = claimedSectors >= 0 ? claimedSectors : sectors();
    putWord(60, (int) (claimed & 0xFFFF));
    putWord(61, (int) (claimed >>> 16));
    String model = "fake disk";
    for (int index = 0; index < 40; index++) {
      char c = index < model.length() ? model.charAt(index) : ' ';
      buffer[2 * 27 + (index ^ 1)] = (byte) c;
    }
  }

  private void putWord(int index, int value) {
    buffer[2 * index] = (byte) value;
    buffer[2 * index + 1] = (byte) (value >>> 8);
  }
}

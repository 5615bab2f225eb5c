package org.minix3j.drivers.ata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.PortRequest;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.protocol.BlockDevice;

/**
 * One ATA channel's device 0 at the register level, MINIX's {@code w_*} routines: the probe, the
 * PIO data-in protocol (IDENTIFY DEVICE, READ SECTORS: command, then per block an interrupt and
 * 256 words from the data port), the PIO data-out protocol (WRITE SECTORS: command, the first
 * block when DRQ shows, every further block and the end after an interrupt), FLUSH CACHE, and
 * the software reset. Registers are reached with SYS_DEVIO and SYS_VDEVIO; the data port moves
 * 16-bit words, a block per SYS_VDEVIO.
 *
 * <p>Waiting is bounded. Before a command and for the first block of a write the status is
 * polled at most {@link #MAX_POLLS} times; an interrupt is awaited by a RECEIVE from {@link
 * Notification#HARDWARE} alone (requests stay queued meanwhile, their callers blocked in
 * SENDREC), after which the status says whether the device is done: a notification left over
 * from an earlier command finds it still busy and the wait goes on, at most {@link
 * #MAX_INTERRUPTS} times. A device that stays busy fails the command with EIO, and the next
 * command begins with a software reset.
 *
 * <p>Every method answers {@link Errno#OK_VALUE} or a negative Errno wire value (EIO for a
 * timeout, an error bit or a refused port access); {@link #lastFailure()} says what went wrong,
 * for the log.
 */
final class Channel {
  static final int DATA = 0;
  static final int ERROR = 1;
  static final int SECTOR_COUNT = 2;
  static final int LBA_LOW = 3;
  static final int LBA_MID = 4;
  static final int LBA_HIGH = 5;
  static final int DEVICE = 6;
  static final int STATUS = 7;
  static final int COMMAND = 7;

  static final int STATUS_BSY = 0x80;
  static final int STATUS_DRDY = 0x40;
  static final int STATUS_DF = 0x20;
  static final int STATUS_DRQ = 0x08;
  static final int STATUS_ERR = 0x01;

  static final int ERROR_UNC = 0x40;
  static final int ERROR_IDNF = 0x10;
  static final int ERROR_ABRT = 0x04;

  /** Device register: obsolete bits 7 and 5 set, LBA addressing (bit 6), device 0 (bit 4 clear). */
  static final int DEVICE_ZERO_LBA = 0xE0;

  static final int CONTROL_SRST = 0x04;

  static final int IDENTIFY_DEVICE = 0xEC;
  static final int READ_SECTORS = 0x20;
  static final int WRITE_SECTORS = 0x30;
  static final int FLUSH_CACHE = 0xE7;

  /** The most sectors one command moves (the sector count register holds 1-255 as itself). */
  static final int MAX_SECTORS = 128;

  /** Status reads before a device that stays busy is given up. */
  static final int MAX_POLLS = 100_000;

  /** Interrupts awaited for one completion before a device that stays busy is given up. */
  static final int MAX_INTERRUPTS = 8;

  private static final int WORDS = BlockDevice.SECTOR_SIZE / 2;
  private static final int PROBE_PATTERN = 0xA5;

  private final SystemCalls sys;
  private final AtaConfig config;
  private final List<PortRequest> blockIn;
  private final long[] words = new long[WORDS];
  private final Message notification = new Message();
  private int status;
  private boolean needsReset;
  private String lastFailure = "";

  Channel(SystemCalls sys, AtaConfig config) {
    this.sys = sys;
    this.config = config;
    List<PortRequest> reads = new ArrayList<>(WORDS);
    for (int word = 0; word < WORDS; word++) {
      reads.add(PortRequest.read(config.commandPort() + DATA, 2));
    }
    this.blockIn = Collections.unmodifiableList(reads);
  }

  /** What made the last failing call fail. */
  String lastFailure() {
    return lastFailure;
  }

  /**
   * Whether a device answers on the channel: its status is not the floating bus's 0xFF (nor 0,
   * no device) and a value written to a command-block register reads back.
   */
  boolean probe() {
    long value = sys.inPort(port(STATUS), 1);
    if (value < 0 || value == 0xFF || value == 0) {
      return false;
    }
    if (sys.outPort(port(DEVICE), 1, DEVICE_ZERO_LBA) != Errno.OK_VALUE
        || sys.outPort(port(LBA_LOW), 1, PROBE_PATTERN) != Errno.OK_VALUE) {
      return false;
    }
    return sys.inPort(port(LBA_LOW), 1) == PROBE_PATTERN;
  }

  /** IDENTIFY DEVICE: the device's 512-byte identify block into {@code block}. */
  int identify(byte[] block) {
    int result = command(IDENTIFY_DEVICE, 0, 0);
    if (result == Errno.OK_VALUE) {
      result = awaitData("identify");
    }
    return result == Errno.OK_VALUE ? readBlock(block, 0) : result;
  }

  /** READ SECTORS: {@code count} sectors (at most {@link #MAX_SECTORS}) at {@code lba}. */
  int readSectors(long lba, int count, byte[] into) {
    int result = command(READ_SECTORS, lba, count);
    for (int sector = 0; sector < count && result == Errno.OK_VALUE; sector++) {
      result = awaitData("read of sector " + (lba + sector));
      if (result == Errno.OK_VALUE) {
        result = readBlock(into, sector * BlockDevice.SECTOR_SIZE);
      }
    }
    return result;
  }

  /** WRITE SECTORS: {@code count} sectors (at most {@link #MAX_SECTORS}) of {@code from}. */
  int writeSectors(long lba, int count, byte[] from) {
    int result = command(WRITE_SECTORS, lba, count);
    for (int sector = 0; sector < count && result == Errno.OK_VALUE; sector++) {
      String what = "write of sector " + (lba + sector);
      result = sector == 0 ? pollIdle(what) : awaitInterrupt(what);
      if (result == Errno.OK_VALUE) {
        result = checkStatus(what, true);
      }
      if (result == Errno.OK_VALUE) {
        result = writeBlock(from, sector * BlockDevice.SECTOR_SIZE);
      }
    }
    if (result == Errno.OK_VALUE) {
      result = awaitInterrupt("write of sector " + (lba + count - 1));
    }
    return result == Errno.OK_VALUE ? checkStatus("write of sectors from " + lba, false) : result;
  }

  /** FLUSH CACHE: every sector written so far reaches the medium. */
  int flushCache() {
    int result = command(FLUSH_CACHE, 0, 0);
    if (result == Errno.OK_VALUE) {
      result = awaitInterrupt("flush");
    }
    return result == Errno.OK_VALUE ? checkStatus("flush", false) : result;
  }

  /** Software reset: SRST set, then cleared (interrupts enabled), then the device idle. */
  int reset() {
    needsReset = false;
    if (sys.outPort(config.controlPort(), 1, CONTROL_SRST) != Errno.OK_VALUE
        || sys.outPort(config.controlPort(), 1, 0) != Errno.OK_VALUE) {
      return fail("reset", "the device control register refused the write");
    }
    return pollIdle("reset");
  }

  /** Waits for the device to be idle, selects device 0 at {@code lba} and writes the command. */
  private int command(int code, long lba, int count) {
    String what = String.format("command 0x%02X", code);
    int result = needsReset ? reset() : Errno.OK_VALUE;
    if (result == Errno.OK_VALUE) {
      result = pollIdle(what);
    }
    if (result != Errno.OK_VALUE) {
      return result;
    }
    int base = config.commandPort();
    List<PortRequest> registers = List.of(
        PortRequest.write(base + DEVICE, 1, DEVICE_ZERO_LBA | (int) ((lba >>> 24) & 0x0F)),
        PortRequest.write(base + SECTOR_COUNT, 1, count & 0xFF),
        PortRequest.write(base + LBA_LOW, 1, (int) (lba & 0xFF)),
        PortRequest.write(base + LBA_MID, 1, (int) ((lba >>> 8) & 0xFF)),
        PortRequest.write(base + LBA_HIGH, 1, (int) ((lba >>> 16) & 0xFF)),
        PortRequest.write(base + COMMAND, 1, code));
    int written = sys.vdevio(registers, new long[registers.size()]);
    return written == Errno.OK_VALUE
        ? written
        : fail(what, "the registers refused the writes (" + written + ")");
  }

  /** An interrupt, then a data block ready: DRQ without ERR. */
  private int awaitData(String what) {
    int result = awaitInterrupt(what);
    return result == Errno.OK_VALUE ? checkStatus(what, true) : result;
  }

  /** Polls the status until BSY clears, at most {@link #MAX_POLLS} times. */
  private int pollIdle(String what) {
    for (int poll = 0; poll < MAX_POLLS; poll++) {
      int result = readStatus(what);
      if (result != Errno.OK_VALUE || (status & STATUS_BSY) == 0) {
        return result;
      }
    }
    needsReset = true;
    return fail(what, "the device stayed busy for " + MAX_POLLS + " status reads");
  }

  /** Waits for the channel's interrupt, then reads the status (acknowledging it). */
  private int awaitInterrupt(String what) {
    for (int wait = 0; wait < MAX_INTERRUPTS; wait++) {
      int received = sys.receive(Notification.HARDWARE, notification);
      if (received != Errno.OK_VALUE) {
        return fail(what, "no interrupt could be awaited (" + received + ")");
      }
      int result = readStatus(what);
      if (result != Errno.OK_VALUE || (status & STATUS_BSY) == 0) {
        return result;
      }
    }
    needsReset = true;
    return fail(what, "the device stayed busy after " + MAX_INTERRUPTS + " interrupts");
  }

  private int readStatus(String what) {
    long value = sys.inPort(port(STATUS), 1);
    if (value < 0) {
      return fail(what, "the status register refused the read (" + value + ")");
    }
    status = (int) value;
    return Errno.OK_VALUE;
  }

  /** The status after a wait: no ERR or DF; DRQ exactly when {@code dataExpected}. */
  private int checkStatus(String what, boolean dataExpected) {
    if ((status & (STATUS_ERR | STATUS_DF)) != 0) {
      long error = sys.inPort(port(ERROR), 1);
      return fail(what,
          String.format("status 0x%02X, error 0x%02X%s", status, error, describe(error)));
    }
    if (dataExpected != ((status & STATUS_DRQ) != 0)) {
      return fail(what, String.format("status 0x%02X, %s", status,
          dataExpected ? "no data request" : "an unexpected data request"));
    }
    return Errno.OK_VALUE;
  }

  private int readBlock(byte[] into, int offset) {
    int result = sys.vdevio(blockIn, words);
    if (result != Errno.OK_VALUE) {
      return fail("data in", "the data port refused the reads (" + result + ")");
    }
    for (int word = 0; word < WORDS; word++) {
      into[offset + 2 * word] = (byte) words[word];
      into[offset + 2 * word + 1] = (byte) (words[word] >>> 8);
    }
    return Errno.OK_VALUE;
  }

  private int writeBlock(byte[] from, int offset) {
    List<PortRequest> writes = new ArrayList<>(WORDS);
    for (int word = 0; word < WORDS; word++) {
      int value = (from[offset + 2 * word] & 0xFF) | (from[offset + 2 * word + 1] & 0xFF) << 8;
      writes.add(PortRequest.write(port(DATA), 2, value));
    }
    int result = sys.vdevio(writes, words);
    return result == Errno.OK_VALUE
        ? result
        : fail("data out", "the data port refused the writes (" + result + ")");
  }

  private int port(int register) {
    return config.commandPort() + register;
  }

  private int fail(String what, String why) {
    lastFailure = what + ": " + why;
    return Errno.EIO.wireValue();
  }

  private static String describe(long error) {
    StringBuilder names = new StringBuilder();
    if ((error & ERROR_UNC) != 0) {
      names.append(" uncorrectable data");
    }
    if ((error & ERROR_IDNF) != 0) {
      names.append(" sector not found");
    }
    if ((error & ERROR_ABRT) != 0) {
      names.append(" command aborted");
    }
    return names.length() == 0 ? "" : " (" + names.substring(1) + ")";
  }
}

package org.minix3j.machine.devices.ata;

import java.io.IOException;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.machine.clock.ScheduledEvent;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.InterruptLine;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.io.PortDevice;
import org.minix3j.machine.io.PortWidth;

/**
 * The primary ATA channel (command block 0x1F0-0x1F7, control block 0x3F6, IRQ 14) with one PIO
 * disk, device 0, on a {@link DiskBacking}; device 1 is absent (its status reads 0).
 *
 * <p>Implemented (ATA/ATAPI-6, PIO data-in and data-out protocols): IDENTIFY DEVICE, READ
 * SECTORS and WRITE SECTORS (LBA28 or CHS in the default translation, 1-256 sectors, a sector
 * count of 0 meaning 256), READ VERIFY SECTORS, FLUSH CACHE, and the no-data commands
 * RECALIBRATE, INITIALIZE DEVICE PARAMETERS, SET FEATURES, IDLE/STANDBY and CHECK POWER MODE
 * (which report success); anything else is aborted (ERR, ABRT). A sector outside the disk ends
 * the command with ERR and IDNF, the address registers naming that sector. Status: BSY while a
 * command works, then DRQ for each 512-byte block the host moves through the data port (16- or
 * 32-bit accesses, or bytes), DRDY and DSC when ready, ERR with the error register. INTRQ is
 * asserted when a command completes or a data block is ready (not before the first block of a
 * write), cleared by reading the status register or writing a command, and held off by nIEN in
 * the device control register. Software reset (SRST set then cleared) aborts any command and
 * leaves the device-0 signature and diagnostic code 01h.
 *
 * <p>Timing: each command costs {@link #COMMAND_NANOSECONDS} and each sector {@link
 * #SECTOR_NANOSECONDS} of simulated time, on the clock's event queue. Writes go to a {@link
 * WriteBackCache} and reach the backing no later than FLUSH CACHE or {@link #close()}.
 */
public final class AtaController implements PortDevice, AutoCloseable {
  /** The command block's first port (the data register). */
  public static final int COMMAND_BLOCK_PORT = 0x1F0;

  /** Alternate status (read) and device control (write). */
  public static final int CONTROL_PORT = 0x3F6;

  /** Simulated cost of a command (seek and overhead). */
  public static final long COMMAND_NANOSECONDS = 50_000;

  /** Simulated cost of moving one sector between the medium and the buffer. */
  public static final long SECTOR_NANOSECONDS = 10_000;

  /** Simulated duration of a software reset. */
  public static final long RESET_NANOSECONDS = 20_000;

  static final int STATUS_BSY = 0x80;
  static final int STATUS_DRDY = 0x40;
  static final int STATUS_DSC = 0x10;
  static final int STATUS_DRQ = 0x08;
  static final int STATUS_ERR = 0x01;
  static final int ERROR_UNC = 0x40;
  static final int ERROR_IDNF = 0x10;
  static final int ERROR_ABRT = 0x04;
  private static final int READY = STATUS_DRDY | STATUS_DSC;
  private static final int SECTOR = DiskBacking.SECTOR_SIZE;

  private enum Transfer {
    NONE,
    TO_HOST,
    FROM_HOST
  }

  private final SimulatedClock clock;
  private final InterruptLine irq;
  private final WriteBackCache cache;
  private final byte[] identify;
  private final byte[] buffer = new byte[SECTOR];
  private final TaskFile registers = new TaskFile();
  private int status = READY;
  private int error = 0x01;
  private int deviceControl;
  private Transfer transfer = Transfer.NONE;
  private int bufferIndex;
  private long currentLba;
  private int sectorsLeft;
  private boolean interruptPending;
  private boolean irqHigh;
  private @Nullable ScheduledEvent busyEvent;
  private boolean closed;

  /** A channel on {@code clock} with {@code disk} as device 0, interrupting on {@code irq}. */
  public AtaController(SimulatedClock clock, DiskBacking disk, InterruptLine irq) {
    this.clock = clock;
    this.irq = irq;
    this.cache = new WriteBackCache(disk);
    this.identify =
        AtaIdentify.build(disk.sectorCount(), "minix3j ATA disk", "M3J0000001", "1.0");
  }

  /** Claims 0x1F0-0x1F7 and 0x3F6. */
  public void attach(PortBus bus) {
    bus.register(COMMAND_BLOCK_PORT, 8, "ata0", this);
    bus.register(CONTROL_PORT, 1, "ata0-control", this);
  }

  /** The number of sectors of device 0. */
  public long sectorCount() {
    return cache.sectorCount();
  }

  /** Sectors written by the host that have not reached the backing yet. */
  public int dirtySectors() {
    return cache.dirtySectors();
  }

  /** Orderly shutdown: writes back the cache and closes the backing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      cache.close();
    } catch (IOException failure) {
      throw new DiskImageException("disk write-back at close failed: " + failure.getMessage(), failure);
    }
  }

  @Override
  public boolean acceptsWidth(int port, PortWidth width) {
    return port == COMMAND_BLOCK_PORT || width == PortWidth.BYTE;
  }

  @Override
  public int read(int port, PortWidth width) {
    if (port == CONTROL_PORT) {
      return visibleStatus();
    }
    return switch (port - COMMAND_BLOCK_PORT) {
      case 0 -> readData(width.bytes());
      case 1 -> error;
      case 7 -> {
        int value = visibleStatus();
        if (!registers.deviceOneSelected()) {
          interruptPending = false; // reading the status register acknowledges INTRQ
          updateInterrupt();
        }
        yield value;
      }
      default -> registers.read(port - COMMAND_BLOCK_PORT);
    };
  }

  @Override
  public void write(int port, PortWidth width, int value) {
    if (port == CONTROL_PORT) {
      writeDeviceControl(value);
      return;
    }
    int offset = port - COMMAND_BLOCK_PORT;
    if (offset == 0) {
      writeData(width.bytes(), value);
    } else if (offset == 7) {
      command(value & 0xFF);
    } else if ((status & STATUS_BSY) == 0) {
      registers.write(offset, value & 0xFF);
    }
  }

  private int visibleStatus() {
    return registers.deviceOneSelected() ? 0 : status;
  }

  private void writeDeviceControl(int value) {
    boolean resetBefore = (deviceControl & 0x04) != 0;
    deviceControl = value & 0x06;
    boolean resetNow = (deviceControl & 0x04) != 0;
    if (resetNow && !resetBefore) {
      cancelBusy();
      transfer = Transfer.NONE;
      status = STATUS_BSY;
      interruptPending = false;
    } else if (!resetNow && resetBefore) {
      busyEvent = clock.scheduleAfter(RESET_NANOSECONDS, "ata0.reset", this::resetComplete);
    }
    updateInterrupt();
  }

  private void resetComplete() {
    busyEvent = null;
    registers.signature();
    error = 0x01; // diagnostic code: device 0 passed, device 1 absent
    status = READY;
  }

  private void command(int code) {
    if (registers.deviceOneSelected() || (status & STATUS_BSY) != 0) {
      return; // no device 1; a busy device ignores commands
    }
    cancelBusy();
    interruptPending = false;
    transfer = Transfer.NONE;
    error = 0;
    switch (code) {
      case 0xEC -> busy(COMMAND_NANOSECONDS, "ata0.identify", this::identifyReady);
      case 0x20, 0x21 -> startSectors(Transfer.TO_HOST);
      case 0x30, 0x31 -> startSectors(Transfer.FROM_HOST);
      case 0x40, 0x41 -> startSectors(Transfer.NONE);
      case 0xE7 -> busy(COMMAND_NANOSECONDS, "ata0.flush", this::flushComplete);
      case 0xE5 -> {
        registers.write(2, 0xFF); // CHECK POWER MODE: active
        busy(COMMAND_NANOSECONDS, "ata0.nodata", () -> complete(READY));
      }
      case 0x91, 0xEF, 0xE0, 0xE1, 0xE2, 0xE3 ->
          busy(COMMAND_NANOSECONDS, "ata0.nodata", () -> complete(READY));
      default -> {
        if (code >= 0x10 && code <= 0x1F) { // RECALIBRATE
          busy(COMMAND_NANOSECONDS, "ata0.nodata", () -> complete(READY));
        } else {
          abort(ERROR_ABRT);
        }
      }
    }
    updateInterrupt();
  }

  private void startSectors(Transfer direction) {
    int count = registers.sectorCount();
    sectorsLeft = count == 0 ? 256 : count;
    long lba = registers.address();
    currentLba = lba;
    transfer = Transfer.NONE;
    if (direction == Transfer.FROM_HOST) {
      if (!inRange(lba)) {
        busy(COMMAND_NANOSECONDS, "ata0.write", () -> failNotFound(lba));
        return;
      }
      transfer = Transfer.FROM_HOST; // data-out: DRQ for the first block without an interrupt
      bufferIndex = 0;
      status = READY | STATUS_DRQ;
      return;
    }
    if (direction == Transfer.TO_HOST) {
      busy(COMMAND_NANOSECONDS + SECTOR_NANOSECONDS, "ata0.read", this::readNextSector);
    } else {
      busy(COMMAND_NANOSECONDS + sectorsLeft * SECTOR_NANOSECONDS, "ata0.verify", this::verify);
    }
  }

  private void identifyReady() {
    System.arraycopy(identify, 0, buffer, 0, SECTOR);
    sectorsLeft = 1;
    dataReady(Transfer.TO_HOST);
  }

  private void readNextSector() {
    if (!inRange(currentLba)) {
      failNotFound(currentLba);
      return;
    }
    try {
      cache.read(currentLba, buffer);
    } catch (IOException failure) {
      registers.setAddress(currentLba);
      abort(ERROR_UNC | ERROR_ABRT);
      return;
    }
    registers.setAddress(currentLba);
    dataReady(Transfer.TO_HOST);
  }

  private void writeBlockComplete() {
    if (!inRange(currentLba)) {
      failNotFound(currentLba);
      return;
    }
    try {
      cache.write(currentLba, buffer);
    } catch (IOException failure) {
      registers.setAddress(currentLba);
      abort(ERROR_ABRT);
      return;
    }
    registers.setAddress(currentLba);
    currentLba++;
    sectorsLeft--;
    registers.write(2, sectorsLeft & 0xFF);
    if (sectorsLeft == 0) {
      complete(READY);
    } else if (!inRange(currentLba)) {
      failNotFound(currentLba);
    } else {
      dataReady(Transfer.FROM_HOST);
    }
  }

  private void verify() {
    for (int index = 0; index < sectorsLeft; index++) {
      if (!inRange(currentLba + index)) {
        failNotFound(currentLba + index);
        return;
      }
    }
    registers.setAddress(currentLba + sectorsLeft - 1);
    registers.write(2, 0);
    complete(READY);
  }

  private void flushComplete() {
    try {
      cache.flush();
      complete(READY);
    } catch (IOException failure) {
      abort(ERROR_ABRT);
    }
  }

  private int readData(int bytes) {
    if (transfer != Transfer.TO_HOST) {
      return 0xFFFF_FFFF;
    }
    int value = 0;
    for (int index = 0; index < bytes && bufferIndex < SECTOR; index++) {
      value |= (buffer[bufferIndex++] & 0xFF) << (8 * index);
    }
    if (bufferIndex == SECTOR) {
      blockMoved();
    }
    return value;
  }

  private void writeData(int bytes, int value) {
    if (transfer != Transfer.FROM_HOST) {
      return;
    }
    for (int index = 0; index < bytes && bufferIndex < SECTOR; index++) {
      buffer[bufferIndex++] = (byte) (value >>> (8 * index));
    }
    if (bufferIndex == SECTOR) {
      blockMoved();
    }
  }

  /** The host has moved a whole block through the data port. */
  private void blockMoved() {
    Transfer direction = transfer;
    transfer = Transfer.NONE;
    if (direction == Transfer.FROM_HOST) {
      busy(SECTOR_NANOSECONDS, "ata0.write", this::writeBlockComplete);
      return;
    }
    sectorsLeft--;
    currentLba++;
    registers.write(2, sectorsLeft & 0xFF);
    if (sectorsLeft > 0) {
      busy(SECTOR_NANOSECONDS, "ata0.read", this::readNextSector);
    } else {
      status = READY;
    }
  }

  private void dataReady(Transfer direction) {
    transfer = direction;
    bufferIndex = 0;
    status = READY | STATUS_DRQ;
    interruptPending = true;
    updateInterrupt();
  }

  private void complete(int newStatus) {
    status = newStatus;
    interruptPending = true;
    updateInterrupt();
  }

  private void failNotFound(long lba) {
    registers.setAddress(Math.min(lba, AtaIdentify.LBA28_LIMIT));
    abort(ERROR_IDNF);
  }

  private void abort(int errorBits) {
    transfer = Transfer.NONE;
    error = errorBits;
    complete(READY | STATUS_ERR);
  }

  private void busy(long delay, String name, Runnable completion) {
    status = STATUS_BSY;
    busyEvent =
        clock.scheduleAfter(
            delay,
            name,
            () -> {
              busyEvent = null;
              completion.run();
            });
  }

  private void cancelBusy() {
    ScheduledEvent pending = busyEvent;
    if (pending != null) {
      clock.cancel(pending);
      busyEvent = null;
    }
  }

  private boolean inRange(long lba) {
    return lba >= 0 && lba < Math.min(cache.sectorCount(), AtaIdentify.LBA28_LIMIT);
  }

  private void updateInterrupt() {
    boolean high = interruptPending && (deviceControl & 0x02) == 0;
    if (high != irqHigh) {
      irqHigh = high;
      irq.set(high);
    }
  }
}

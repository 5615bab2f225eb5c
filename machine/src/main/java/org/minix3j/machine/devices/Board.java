package org.minix3j.machine.devices;

import java.util.Optional;
import org.minix3j.machine.clock.SimulatedClock;
import org.minix3j.machine.devices.ata.AtaController;
import org.minix3j.machine.devices.ata.DiskBacking;
import org.minix3j.machine.devices.ata.FileDisk;
import org.minix3j.machine.devices.lpt.ParallelPort;
import org.minix3j.machine.devices.pic.CascadedPic;
import org.minix3j.machine.devices.pit.Pit8254;
import org.minix3j.machine.devices.rtc.CmosRtc;
import org.minix3j.machine.devices.uart.Uart16550;
import org.minix3j.machine.io.PortBus;

/**
 * The standard PC devices of the minix3j machine on one port bus, one simulated clock and one
 * interrupt controller, assembled from a {@link BoardConfiguration}.
 *
 * <p>Layout: PIC pair at 0x20/0x21 and 0xA0/0xA1; PIT at 0x40-0x43 on IRQ 0; COM1 (the console)
 * at 0x3F8-0x3FF on IRQ 4; CMOS RTC at 0x70/0x71; LPT1 (the printer) at 0x378-0x37A on IRQ 7;
 * and, when a disk is configured, the primary ATA
 * channel at 0x1F0-0x1F7 and 0x3F6 on IRQ 14.
 *
 * <p>Usual call order: construct; the machine's run loop uses {@link #clock()} (next event time,
 * advance) and {@link #interruptController()} (pending, INTA); the kernel uses {@link #bus()} for
 * port I/O; the host feeds {@link #console()} with input and sets the printer's condition on
 * {@link #printer()}; {@link #close()} at shutdown writes the
 * disk's cache back.
 */
public final class Board implements AutoCloseable {
  /** The PIT's IRQ. */
  public static final int TIMER_IRQ = 0;

  /** COM1's IRQ. */
  public static final int CONSOLE_IRQ = 4;

  /** LPT1's IRQ. */
  public static final int PRINTER_IRQ = 7;

  /** The primary ATA channel's IRQ. */
  public static final int DISK_IRQ = 14;

  private final SimulatedClock clock = new SimulatedClock();
  private final PortBus bus = new PortBus();
  private final CascadedPic pic = new CascadedPic();
  private final Pit8254 pit;
  private final Uart16550 console;
  private final CmosRtc rtc;
  private final ParallelPort printer;
  private final Optional<AtaController> disk;

  /**
   * A board whose disk, if configured, is the image file opened for reading and writing.
   *
   * @throws org.minix3j.machine.devices.ata.DiskImageException if the image is missing,
   *     unreadable or not whole sectors
   */
  public Board(BoardConfiguration configuration) {
    this(configuration, configuration.diskImage().map(image -> FileDisk.open(image, true)));
  }

  /**
   * A board with {@code disk} (for example an in-memory disk) on the primary channel; the
   * configuration's disk image, if any, is not used.
   */
  public Board(BoardConfiguration configuration, DiskBacking disk) {
    this(configuration, Optional.of(disk));
  }

  private Board(BoardConfiguration configuration, Optional<DiskBacking> backing) {
    pic.attach(bus);
    pit = new Pit8254(clock, pic.line(TIMER_IRQ));
    pit.attach(bus);
    console =
        new Uart16550(
            clock, Uart16550.COM1_PORT, pic.line(CONSOLE_IRQ), configuration.consoleSink());
    console.attach(bus);
    rtc = new CmosRtc(clock, configuration.bootEpochSeconds());
    rtc.attach(bus);
    printer = new ParallelPort(
        clock, ParallelPort.LPT1_PORT, pic.line(PRINTER_IRQ), configuration.printerSink());
    printer.attach(bus);
    disk = backing.map(storage -> new AtaController(clock, storage, pic.line(DISK_IRQ)));
    disk.ifPresent(controller -> controller.attach(bus));
  }

  /** The simulated clock and its event queue. */
  public SimulatedClock clock() {
    return clock;
  }

  /** The port I/O bus. */
  public PortBus bus() {
    return bus;
  }

  /** The PIC pair, as the CPU side sees it and with its device lines. */
  public CascadedPic interruptController() {
    return pic;
  }

  /** The interval timer. */
  public Pit8254 timer() {
    return pit;
  }

  /** COM1, the console: feed it host input. */
  public Uart16550 console() {
    return console;
  }

  /** The CMOS clock. */
  public CmosRtc realTimeClock() {
    return rtc;
  }

  /** LPT1, with its printer. */
  public ParallelPort printer() {
    return printer;
  }

  /** The primary ATA channel, if a disk is configured. */
  public Optional<AtaController> disk() {
    return disk;
  }

  /** Orderly shutdown: writes the disk's cache back to its backing and closes it. */
  @Override
  public void close() {
    disk.ifPresent(AtaController::close);
  }
}

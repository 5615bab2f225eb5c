package org.minix3j.machine.devices;

import java.nio.file.Path;
import java.util.Optional;
import org.minix3j.machine.devices.lpt.PrinterSink;
import org.minix3j.machine.devices.rtc.CmosRtc;
import org.minix3j.machine.devices.uart.SerialSink;

/**
 * What varies between two {@link Board}s: the disk image of the primary ATA channel (or none),
 * where the console's output goes, where the printer's output goes, and the wall time the CMOS clock reads at power-on (seconds
 * since 1970-01-01 UTC; never taken from the host clock). Console input is fed through {@link
 * Board#console()}.
 */
public record BoardConfiguration(
    Optional<Path> diskImage, SerialSink consoleSink, long bootEpochSeconds,
    PrinterSink printerSink) {

  /**
   * No disk, console and printer output discarded, booting at {@link
   * CmosRtc#DEFAULT_BOOT_EPOCH_SECONDS}.
   */
  public static BoardConfiguration defaults() {
    return new BoardConfiguration(Optional.empty(), SerialSink.DISCARD,
        CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS, PrinterSink.DISCARD);
  }

  /** This configuration with {@code image} as the primary disk. */
  public BoardConfiguration withDiskImage(Path image) {
    return new BoardConfiguration(Optional.of(image), consoleSink, bootEpochSeconds, printerSink);
  }

  /** This configuration with console output going to {@code sink}. */
  public BoardConfiguration withConsoleSink(SerialSink sink) {
    return new BoardConfiguration(diskImage, sink, bootEpochSeconds, printerSink);
  }

  /** This configuration booting at {@code epochSeconds}. */
  public BoardConfiguration withBootEpochSeconds(long epochSeconds) {
    return new BoardConfiguration(diskImage, consoleSink, epochSeconds, printerSink);
  }

  /** This configuration with what the printer prints going to {@code sink}. */
  public BoardConfiguration withPrinterSink(PrinterSink sink) {
    return new BoardConfiguration(diskImage, consoleSink, bootEpochSeconds, sink);
  }
}

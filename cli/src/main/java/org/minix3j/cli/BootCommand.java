package org.minix3j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.boot.BootDriver;
import org.minix3j.boot.HostConsole;
import org.minix3j.boot.StandardImage;
import org.minix3j.cli.boot.BootSession;
import org.minix3j.cli.boot.ConsoleOutput;
import org.minix3j.cli.boot.HostTerminal;
import org.minix3j.cli.boot.PrinterOutput;
import org.minix3j.machine.devices.lpt.PrinterSink;
import org.minix3j.machine.devices.ata.DiskImageException;
import org.minix3j.machine.devices.rtc.CmosRtc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minix3j boot}: boots minix3j to a shell on this terminal (raw mode; ^] leaves), or with
 * {@code -c CMDLINE} runs one command line under sh and exits with its status.
 *
 * <p>Exit status: the system's (SYS_SHUTDOWN's, which init sets to the command's status with
 * -c); 0 on leaving the console; 124 at the simulated-time limit; 125 when the system hangs; 2
 * when it cannot boot (no image, a bad image, bad options).
 */
@Command(
    name = "boot",
    mixinStandardHelpOptions = true,
    description = "Boot minix3j to a shell; with -c, run one command line and exit with its status.")
public final class BootCommand implements Callable<Integer> {
  static final int LIMIT_STATUS = 124;
  static final int HUNG_STATUS = 125;
  static final int CANNOT_BOOT = 2;

  @Option(names = "-c", paramLabel = "CMDLINE", description = "run CMDLINE under sh, print its "
      + "output and exit with its status")
  @Nullable String command;

  @Option(names = "--disk", paramLabel = "IMG", description = "a MINIX V3 file system image to "
      + "load into the RAM disk as root (default: the image built from userland/)")
  @Nullable Path disk;

  @Option(names = "--ata", paramLabel = "IMG", description = "an image file to attach as the "
      + "primary ATA disk, /dev/c0d0 (written back at FLUSH CACHE and at shutdown)")
  @Nullable Path ata;

  @Option(names = "--memory", paramLabel = "MIB", description = "RAM in MiB (default "
      + "${DEFAULT-VALUE})")
  int memoryMebibytes = StandardImage.DEFAULT_MEMORY_MEBIBYTES;

  @Option(names = "--limit", paramLabel = "SECONDS", description = "give up after SECONDS of "
      + "simulated time (default: 600 with -c, none otherwise)")
  @Nullable Double limitSeconds;

  @Option(names = "--date", paramLabel = "now|SECONDS", description = "what the CMOS clock reads "
      + "at power-on: 'now' (the host's clock; the default of an interactive boot) or seconds "
      + "since 1970 (the default with -c is a fixed time, so that runs repeat exactly)")
  @Nullable String date;

  @Option(names = "--printer", paramLabel = "FILE", description = "write what the printer "
      + "(/dev/lp) prints to FILE (default: discarded)")
  @Nullable Path printerFile;

  private PrinterSink printer = PrinterSink.DISCARD;

  @Option(names = "--stats", description = "print the simulated and host time of the run")
  boolean stats;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream err = System.err;
    long epoch;
    try {
      epoch = bootEpoch();
    } catch (NumberFormatException e) {
      err.println("minix3j boot: --date takes 'now' or a number of seconds, not '" + date + "'");
      return CANNOT_BOOT;
    }
    byte[] image;
    try {
      image = BootSession.rootImage(disk);
    } catch (IOException e) {
      err.println("minix3j boot: " + e.getMessage());
      return CANNOT_BOOT;
    }
    PrinterOutput paper = null;
    if (printerFile != null) {
      try {
        paper = PrinterOutput.create(printerFile);
      } catch (IOException e) {
        err.println("minix3j boot: " + e.getMessage());
        return CANNOT_BOOT;
      }
      printer = paper;
    }
    long hostStart = System.nanoTime();
    BootDriver.Result result;
    try {
      result = command != null ? runCommand(image, epoch) : runInteractive(image, epoch);
    } catch (IllegalArgumentException | DiskImageException e) {
      err.println("minix3j boot: " + e.getMessage());
      return CANNOT_BOOT;
    } finally {
      if (paper != null) {
        try {
          paper.close();
        } catch (IOException e) {
          err.println("minix3j boot: " + e.getMessage());
        }
      }
    }
    double host = (System.nanoTime() - hostStart) / 1e9;
    if (stats || result.ending() == BootDriver.Ending.HUNG
        || result.ending() == BootDriver.Ending.TIME_LIMIT) {
      err.printf("minix3j: %s; host time %.3f s%n", BootSession.describe(result), host);
    }
    return switch (result.ending()) {
      case SHUTDOWN -> result.status();
      case LEFT -> 0;
      case HUNG -> HUNG_STATUS;
      case TIME_LIMIT -> LIMIT_STATUS;
    };
  }

  private BootDriver.Result runCommand(byte[] image, long epoch)
      throws IOException, InterruptedException {
    String line = command == null ? "" : command;
    ConsoleOutput output = new ConsoleOutput(System.out, true);
    StandardImage.Options options = withAta(
        BootSession.options(memoryMebibytes, image, List.of("init", "-c", line), output, epoch)
            .withPrinter(printer));
    long limit = (long) ((limitSeconds == null ? 600 : limitSeconds) * 1e9);
    try {
      return BootSession.run(options, HostConsole.NONE, limit, false, System.err, "\n");
    } finally {
      output.flush();
    }
  }

  private BootDriver.Result runInteractive(byte[] image, long epoch)
      throws IOException, InterruptedException {
    ConsoleOutput output = new ConsoleOutput(System.out, false);
    StandardImage.Options options = withAta(
        BootSession.options(memoryMebibytes, image, List.of("init"), output, epoch)
            .withPrinter(printer));
    long limit = limitSeconds == null ? Long.MAX_VALUE : (long) (limitSeconds * 1e9);
    System.out.print("minix3j: booting (^] leaves)\r\n");
    try (HostTerminal terminal = HostTerminal.open()) {
      HostConsole console = new HostConsole() {
        @Override
        public byte[] poll(long waitMillis) throws IOException {
          output.flush();
          return terminal.poll(waitMillis);
        }

        @Override
        public boolean leaveRequested() {
          return terminal.leaveRequested();
        }
      };
      return BootSession.run(options, console, limit, true, System.out, "\r\n");
    } finally {
      output.flush();
      System.out.println();
    }
  }

  /** {@code options} with the {@code --ata} image as the primary ATA disk, if one was given. */
  private StandardImage.Options withAta(StandardImage.Options options) {
    Path image = ata;
    return image == null ? options : options.withAtaImage(image);
  }

  private long bootEpoch() {
    if (date == null) {
      return command != null ? CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS : System.currentTimeMillis() / 1000;
    }
    return date.equals("now") ? System.currentTimeMillis() / 1000 : Long.parseLong(date);
  }
}

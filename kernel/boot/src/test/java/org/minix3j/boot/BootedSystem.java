package org.minix3j.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.kernel.exec.Coroutines;
import org.minix3j.machine.devices.rtc.CmosRtc;
import org.minix3j.machine.devices.uart.SerialSink;
import org.minix3j.machine.elf.ElfFormatException;
import org.minix3j.servers.mfs.image.ImageException;

/**
 * The end-to-end tests' machine: boots the standard image with {@code init -c CMDLINE}, as
 * {@code minix3j boot -c} does, runs it to the end without input and returns what the console
 * showed and how the run ended.
 *
 * <p>The root image is made once per JVM, in memory, from the userland tree {@value #TREE} of
 * the repository named by the system property {@value #ROOT_PROPERTY} (the build passes it). A
 * missing tree is a failure that says how to build it, never a skipped test.
 *
 * <p>Entry points: {@link #run(String)} for one boot; {@link #expect} to assert a command
 * line's exit status and the console output that follows the boot banner. What the printer
 * prints is captured too ({@link Run#printed()}).
 */
final class BootedSystem {
  /** The system property naming the repository. */
  static final String ROOT_PROPERTY = "minix3j.root";

  /** The userland's image tree, under the repository. */
  static final String TREE = "userland/build/root";

  /** What /etc/rc prints before the command line runs. */
  static final String BANNER = "minix3j: starting the console shell\n";

  /** The simulated time a command line gets unless a test says otherwise. */
  static final long DEFAULT_LIMIT_NANOSECONDS = 120_000_000_000L;

  /** What the CMOS clock reads at power-on, as in {@code boot -c}: 2025-01-01 00:00:00 UTC. */
  static final long BOOT_EPOCH_SECONDS = CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS;

  private static byte @Nullable [] rootImage;

  private BootedSystem() {}

  /**
   * How one boot ended.
   *
   * @param ending shutdown, hang or time limit
   * @param status the exit status of the command line (SYS_SHUTDOWN's status)
   * @param output everything the console showed, with LF line ends
   * @param simulatedNanoseconds the simulated time of the run
   * @param diagnostics the kernel's log lines (SYS_DIAGCTL)
   * @param processes the process table at the end when the run hung or hit the limit, else empty
   * @param printed everything the printer printed, one char per byte
   */
  record Run(BootDriver.Ending ending, int status, String output, long simulatedNanoseconds,
      List<String> diagnostics, List<String> processes, String printed) {
    Run {
      diagnostics = List.copyOf(diagnostics);
      processes = List.copyOf(processes);
    }

    /** The output after the boot banner; fails if the banner is not where it belongs. */
    String commandOutput() {
        if (!output.startsWith(BANNER)) {
        throw new AssertionError("the console does not start with /etc/rc's banner\n" + describe());
      }
      return output.substring(BANNER.length());
    }

    /** Everything about the run, for a failure message. */
    String describe() {
      StringBuilder text = new StringBuilder();
      text.append("ending ").append(ending).append(", status ").append(status).append(", ")
          .append(simulatedNanoseconds).append(" ns simulated\n--- console:\n").append(output);
      if (!diagnostics.isEmpty()) {
        text.append("\n--- kernel log:\n").append(String.join("\n", diagnostics));
      }
      if (!processes.isEmpty()) {
        text.append("\n--- process table:\n").append(String.join("\n", processes));
      }
      return text.toString();
    }
  }

  /** Boots, runs {@code commandLine} under sh and returns how it ended. */
  static Run run(String commandLine) {
    return run(commandLine, DEFAULT_LIMIT_NANOSECONDS);
  }

  /**
   * Someone at the console: looks at everything it showed so far between two slices of
   * simulated time and answers what to type now (nothing: an empty array). Deterministic, as
   * the output is.
   */
  @FunctionalInterface
  interface Typist {
    byte[] type(String outputSoFar);
  }

  /** Boots, runs {@code commandLine} for at most {@code limitNanoseconds} of simulated time. */
  static Run run(String commandLine, long limitNanoseconds) {
    return run(commandLine, limitNanoseconds, null, Optional.empty());
  }

  /** {@link #run(String, long)} with {@code typist} at the console (null: no input, ever). */
  static Run run(String commandLine, long limitNanoseconds, @Nullable Typist typist) {
    return run(commandLine, limitNanoseconds, typist, Optional.empty());
  }

  /** {@link #run(String, long)} with {@code ataImage}, if any, as the primary ATA disk. */
  static Run run(String commandLine, long limitNanoseconds, Optional<Path> ataImage) {
    return run(commandLine, limitNanoseconds, null, ataImage);
  }

  /**
   * Boots with {@code ataImage}, if any, as the primary ATA disk and {@code typist} at the
   * console, and runs {@code commandLine} for at most {@code limitNanoseconds}; the machine is
   * powered off (the disk's cache written back to the image) before this returns.
   */
  static Run run(String commandLine, long limitNanoseconds, @Nullable Typist typist,
      Optional<Path> ataImage) {
    return run(commandLine, limitNanoseconds, typist, ataImage, ServiceWrap.NONE);
  }

  /** {@link #run(String)} with every fresh instance of a service passed through {@code wrap}. */
  static Run run(String commandLine, ServiceWrap wrap) {
    return run(commandLine, DEFAULT_LIMIT_NANOSECONDS, null, Optional.empty(), wrap);
  }

  /** {@link #run(String, long, Typist, Optional)} with {@code wrap} around every fresh service. */
  static Run run(String commandLine, long limitNanoseconds, @Nullable Typist typist,
      Optional<Path> ataImage, ServiceWrap wrap) {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    ByteArrayOutputStream printer = new ByteArrayOutputStream();
    List<String> diagnostics = new ArrayList<>();
    List<String> processes = new ArrayList<>();
    StandardImage.Options options = new StandardImage.Options(
        StandardImage.DEFAULT_MEMORY_MEBIBYTES, image(), List.of("init", "-c", commandLine),
        plainLineEnds(console), BOOT_EPOCH_SECONDS, Coroutines.choose().kind(), printer::write,
        ataImage, wrap, Optional.empty());
    BootDriver.Result result;
    try (SystemBoot system = StandardImage.boot(options)) {
      system.loop().setDiagnosticSink((name, line) -> diagnostics.add(line));
      HostConsole input = typist == null ? HostConsole.NONE : new HostConsole() {
        @Override
        public byte[] poll(long waitMillis) {
          return typist.type(console.toString(StandardCharsets.ISO_8859_1));
        }

        @Override
        public boolean leaveRequested() {
          return false;
        }
      };
      result = BootDriver.run(system, input, limitNanoseconds, false);
      if (result.ending() != BootDriver.Ending.SHUTDOWN) {
        processes.addAll(ProcessDump.lines(system));
      }
    } catch (IOException | ElfFormatException e) {
      throw new AssertionError("cannot boot the standard image: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running '" + commandLine + "'", e);
    }
    return new Run(result.ending(), result.status(),
        console.toString(StandardCharsets.ISO_8859_1), result.simulatedNanoseconds(), diagnostics,
        processes, printer.toString(StandardCharsets.ISO_8859_1));
  }

  /**
   * Runs {@code commandLine} and asserts that the system shut down with {@code status} after
   * printing exactly {@code output} below the banner; returns the run for further checks.
   */
  static Run expect(String commandLine, String output, int status) {
    Run run = run(commandLine);
    String context = "command line: " + commandLine + "\n" + run.describe();
    assertEquals(BootDriver.Ending.SHUTDOWN, run.ending(), context);
    assertEquals(output, run.commandOutput(), context);
    assertEquals(status, run.status(), context);
    return run;
  }

  /** The console's bytes into {@code buffer}, with the terminal's CR LF turned into LF. */
  private static SerialSink plainLineEnds(ByteArrayOutputStream buffer) {
    return new SerialSink() {
      private boolean carriageReturnHeld;

      @Override
      public void transmitted(int byteValue) {
        if (carriageReturnHeld) {
          carriageReturnHeld = false;
          if (byteValue != '\n') {
            buffer.write('\r');
          }
        }
        if (byteValue == '\r') {
          carriageReturnHeld = true;
        } else {
          buffer.write(byteValue);
        }
      }
    };
  }

  /** The root image, made on first use. */
  static synchronized byte[] image() {
    byte[] image = rootImage;
    if (image == null) {
      image = buildImage();
      rootImage = image;
    }
    return image;
  }

  private static byte[] buildImage() {
    String root = System.getProperty(ROOT_PROPERTY);
    if (root == null) {
      throw new AssertionError("the system property " + ROOT_PROPERTY + " does not name the"
          + " repository; run the tests through Maven from the repository's root");
    }
    Path tree = Path.of(root).resolve(TREE);
    if (!Files.isDirectory(tree)) {
      throw new AssertionError("no userland tree at " + tree
          + "; build it first with 'make -C userland'");
    }
    try {
      return RootImage.build(tree, RootImage.bootDevices(), RootImage.DEFAULT_MEBIBYTES);
    } catch (IOException | ImageException e) {
      throw new AssertionError("cannot make the root image from " + tree + ": " + e.getMessage(), e);
    }
  }
}

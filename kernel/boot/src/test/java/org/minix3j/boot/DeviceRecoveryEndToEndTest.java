package org.minix3j.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Devices across the death of their drivers, end to end. A read pending at the terminal
 * driver when it is replaced fails with EIO, and the next read works at the new instance (a
 * character request is never sent again). A print job whose driver dies in the middle, killed
 * by RS or crashing inside, is sent again to the new printer, which goes on after the last byte
 * printed: the paper holds exactly what was written. And sync makes what was written to the
 * ATA disk reach the image file while the machine still runs (the disk keeps written sectors in
 * its write cache until FLUSH CACHE).
 */
class DeviceRecoveryEndToEndTest {
  private static final String TTY_AGAIN =
      "rs: restarted tty, endpoint 8.1 (refresh, restart 1, after 0 ms)";

  private static String job(int lines) {
    return "0123456789abcdef\n".repeat(lines);
  }

  private static void shutDownWithZero(BootedSystem.Run run, String commandLine) {
    String context = "command line: " + commandLine + "\n" + run.describe();
    assertEquals(BootDriver.Ending.SHUTDOWN, run.ending(), context);
    assertEquals(0, run.status(), context);
  }

  @Test
  void aConsoleReadAcrossATerminalDriverRestartGetsEioAndTheNextReadWorks() {
    String commandLine = "(sleep 1; service restart tty) & cat; echo \"cat $?\";"
        + " read line; echo \"got $line\"; wait";
    boolean[] typed = {false};
    BootedSystem.Run run = BootedSystem.run(commandLine, 60_000_000_000L, output -> {
      if (typed[0] || !output.endsWith("cat 1\n")) {
        return new byte[0];
      }
      typed[0] = true;
      return "again\n".getBytes(StandardCharsets.US_ASCII);
    });
    shutDownWithZero(run, commandLine);
    assertTrue(run.output().contains("cat: stdin: input/output error\ncat 1\n"), run.describe());
    assertTrue(run.output().endsWith("got again\n"), run.describe());
    assertTrue(run.diagnostics().contains(TTY_AGAIN), run.describe());
  }

  @Test
  void aPrintJobWhosePrinterIsReplacedMidJobPrintsExactly() {
    String commandLine = "yes 0123456789abcdef | head -12000 > /tmp/job;"
        + " (sleep 1; service restart printer) & cat /tmp/job > /dev/lp; echo \"cat $?\"; wait";
    BootedSystem.Run run = BootedSystem.run(commandLine);
    shutDownWithZero(run, commandLine);
    assertTrue(run.commandOutput().endsWith("cat 0\n"), run.describe());
    assertTrue(run.diagnostics().contains(
        "rs: restarted printer, endpoint 11.1 (refresh, restart 1, after 0 ms)"), run.describe());
    String expected = job(12000);
    assertEquals(expected.length(), run.printed().length(), "no byte lost or printed twice");
    assertTrue(expected.equals(run.printed()), "the paper holds the job exactly");
  }

  @Test
  void aPrintJobWhosePrinterCrashesMidJobPrintsExactly() {
    String commandLine = "yes 0123456789abcdef | head -3000 > /tmp/job; cat /tmp/job > /dev/lp;"
        + " echo \"cat $?\"";
    BootedSystem.Run run = BootedSystem.run(commandLine, BootedSystem.DEFAULT_LIMIT_NANOSECONDS,
        null, Optional.empty(), new CrashAtEntry("printer", 40_000));
    shutDownWithZero(run, commandLine);
    assertTrue(run.commandOutput().endsWith("cat 0\n"), run.describe());
    assertTrue(run.diagnostics().stream().anyMatch(line ->
        line.startsWith("rs: restarted printer, endpoint 11.1")), run.describe());
    String expected = job(3000);
    assertEquals(expected.length(), run.printed().length(), "no byte lost or printed twice");
    assertTrue(expected.equals(run.printed()), "the paper holds the job exactly");
  }

  @Test
  void syncMakesWhatWasWrittenToTheDiskReachTheImageBeforePowerOff(@TempDir Path folder)
      throws IOException {
    Path image = folder.resolve("c0d0.img");
    Files.write(image, new byte[64 * 1024]);
    byte[] pattern = "abc\n".repeat(1024).getBytes(StandardCharsets.US_ASCII);
    String commandLine = "yes abc | head -n 1024 > /dev/c0d0; echo written; sleep 1; sync;"
        + " echo synced; sleep 1";
    List<String> seen = new ArrayList<>();
    BootedSystem.Run run = BootedSystem.run(commandLine, BootedSystem.DEFAULT_LIMIT_NANOSECONDS,
        output -> {
          String last = output.endsWith("written\n") ? "written" : output.endsWith("synced\n")
              ? "synced" : null;
          if (last != null && !seen.contains(last)) {
            try {
              byte[] stored = Arrays.copyOf(Files.readAllBytes(image), pattern.length);
              seen.add(last);
              seen.add(Arrays.equals(pattern, stored) ? "in the image" : "not in the image");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return new byte[0];
        }, Optional.of(image));
    shutDownWithZero(run, commandLine);
    assertEquals(List.of("written", "not in the image", "synced", "in the image"), seen,
        run.describe());
    assertArrayEquals(pattern, Arrays.copyOf(Files.readAllBytes(image), pattern.length));
  }
}

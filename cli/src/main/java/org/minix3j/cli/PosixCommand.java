package org.minix3j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minix3j.boot.BootDriver;
import org.minix3j.boot.HostConsole;
import org.minix3j.boot.StandardImage;
import org.minix3j.cli.boot.BootSession;
import org.minix3j.cli.boot.ConsoleOutput;
import org.minix3j.machine.devices.rtc.CmosRtc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minix3j posix}: boots and runs the POSIX behaviour programs of conformance/posix (as
 * usr/tests/posix/posix_run inside minix3j), then prints a table of results. Exits 0 only if
 * the system ran them all and every one passed.
 */
@Command(
    name = "posix",
    mixinStandardHelpOptions = true,
    description = "Boot and run the POSIX behaviour programs; a table of results.")
public final class PosixCommand implements Callable<Integer> {
  /** The runner inside the image. */
  static final String RUNNER = "/usr/tests/posix/posix_run";

  @Parameters(paramLabel = "NAME", arity = "0..*", description = "run only these programs")
  List<String> names = new ArrayList<>();

  @Option(names = "--quiet", description = "print the summary line only")
  boolean quiet;

  @Option(names = "--limit", paramLabel = "SECONDS", description = "simulated seconds before "
      + "giving up (default ${DEFAULT-VALUE})")
  double limitSeconds = 1800;

  /** One line of the runner's output, read back. */
  record Outcome(String name, boolean passed, String detail) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    byte[] image;
    try {
      image = BootSession.rootImage(null);
    } catch (IOException e) {
      System.err.println("minix3j posix: " + e.getMessage());
      return 2;
    }
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    ConsoleOutput output = new ConsoleOutput(captured, true);
    String command = RUNNER + (names.isEmpty() ? "" : " " + String.join(" ", names));
    StandardImage.Options options = BootSession.options(StandardImage.DEFAULT_MEMORY_MEBIBYTES,
        image, List.of("init", "-c", command), output, CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS);
    long hostStart = System.nanoTime();
    PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    BootDriver.Result result = BootSession.run(options, HostConsole.NONE,
        (long) (limitSeconds * 1e9), false, discard, "\n");
    output.flush();
    double host = (System.nanoTime() - hostStart) / 1e9;
    String text = captured.toString(StandardCharsets.UTF_8);
    List<Outcome> outcomes = parse(text);
    int failed = 0;
    if (!quiet) {
      System.out.printf("%-56s %s%n", "program", "result");
    }
    for (Outcome outcome : outcomes) {
      if (!quiet || !outcome.passed()) {
        System.out.printf("%-56s %s%n", outcome.name(),
            outcome.passed() ? "PASS" : "FAIL  " + outcome.detail());
      }
      failed += outcome.passed() ? 0 : 1;
    }
    System.out.printf("minix3j posix: %d programs, %d passed, %d failed; %s; host time %.3f s%n",
        outcomes.size(), outcomes.size() - failed, failed, BootSession.describe(result), host);
    boolean complete = result.ending() == BootDriver.Ending.SHUTDOWN
        && text.contains("SUMMARY passed");
    if (!complete || outcomes.isEmpty()) {
      System.out.println("minix3j posix: the run did not complete; the console said:");
      System.out.print(text);
      return 1;
    }
    return failed == 0 && result.status() == 0 ? 0 : 1;
  }

  /** The PASS and FAIL lines of the runner's output. */
  static List<Outcome> parse(String text) {
    List<Outcome> outcomes = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("PASS ")) {
        outcomes.add(new Outcome(line.substring(5).trim(), true, ""));
      } else if (line.startsWith("FAIL ")) {
        String rest = line.substring(5);
        int space = rest.indexOf(' ');
        outcomes.add(space < 0
            ? new Outcome(rest.trim(), false, "")
            : new Outcome(rest.substring(0, space), false, rest.substring(space + 1)));
      }
    }
    return outcomes;
  }
}

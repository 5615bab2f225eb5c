package org.minix3j.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.boot.BootedSystem.expect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The printer end to end: a write to {@code /dev/lp} goes through VFS to the printer driver,
 * which feeds the parallel port one byte per interrupt and answers the writer when the job is
 * out; what the printer printed is compared byte for byte with what was sent. Each write is a
 * job and jobs never mix, whoever sends them.
 */
class PrinterEndToEndTest {
  private static String passwd() {
    Path file = Path.of(System.getProperty(BootedSystem.ROOT_PROPERTY, "."))
        .resolve(BootedSystem.TREE).resolve("etc/passwd");
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @Test
  void whatIsWrittenToDevLpIsWhatThePrinterPrints() {
    BootedSystem.Run run = expect("echo hello printer > /dev/lp; cat /etc/passwd > /dev/lp", "", 0);
    assertEquals("hello printer\n" + passwd(), run.printed(), run.describe());
  }

  @Test
  void aJobOfManyChunksPrintsWhole() {
    BootedSystem.Run run = expect(
        "yes 0123456789abcdef | head -300 > /tmp/job; cat /tmp/job > /dev/lp; wc -c < /tmp/job",
        "5100\n", 0);
    assertEquals("0123456789abcdef\n".repeat(300), run.printed(), run.describe());
  }

  @Test
  void jobsOfProcessesOneAfterAnotherPrintInTheirOrder() {
    BootedSystem.Run run =
        expect("for w in one two three; do echo job $w > /dev/lp; done", "", 0);
    assertEquals("job one\njob two\njob three\n", run.printed(), run.describe());
  }

  @Test
  void jobsOfProcessesWritingAtOnceStayWhole() {
    List<String> lines = List.of(
        "a".repeat(60) + "\n", "b".repeat(60) + "\n", "c".repeat(60) + "\n");
    StringBuilder command = new StringBuilder();
    for (String line : lines) {
      command.append("echo ").append(line.strip()).append(" > /dev/lp & ");
    }
    command.append("wait");
    BootedSystem.Run run = expect(command.toString(), "", 0);
    String printed = run.printed();
    assertEquals(3 * 61, printed.length(), run.describe());
    List<String> jobs = new ArrayList<>();
    for (int at = 0; at < printed.length(); at += 61) {
      jobs.add(printed.substring(at, at + 61));
    }
    assertTrue(jobs.containsAll(lines), "every job whole: " + printed);
  }

  @Test
  void thePrinterWorksAfterItsDriverWasReplaced() {
    BootedSystem.Run run = expect(
        "echo before > /dev/lp; service restart printer; echo after > /dev/lp", "", 0);
    assertEquals("before\nafter\n", run.printed(), run.describe());
    assertTrue(run.diagnostics().contains("rs: restarted printer, endpoint 11.1 (refresh, restart 1, after 0 ms)"),
        run.describe());
  }

  @Test
  void nothingCanBeReadFromThePrinter() {
    BootedSystem.Run run = BootedSystem.run("cat /dev/lp > /dev/null; echo $?");
    assertEquals(BootDriver.Ending.SHUTDOWN, run.ending(), run.describe());
    assertTrue(run.commandOutput().endsWith("1\n"), run.describe());
    assertEquals("", run.printed());
  }
}

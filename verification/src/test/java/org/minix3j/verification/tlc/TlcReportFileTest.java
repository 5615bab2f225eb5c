package org.minix3j.verification.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlcReportFileTest {

  @Test
  void aReportWithATraceSurvivesTheFile(@TempDir Path folder) throws IOException {
    Violation violation = new Violation(ViolationKind.TEMPORAL_PROPERTY, "Live", List.of(
        new TraceState(1, "Initial predicate", List.of(
            new TraceState.Variable("queue", "<<\"a\tb\", \"c\\\\d\">>"),
            new TraceState.Variable("map", "[p |-> 1,\n q |-> 2]"))),
        new TraceState(2, "Stuttering (no further step is taken)", List.of())));
    TlcReport report = new TlcReport(10, 7, 3, 2116, 1.25, violation, List.of("line one\nline two"));
    Path file = folder.resolve("report.tsv");

    TlcReportFile.write(file, report);

    assertEquals(report, TlcReportFile.read(file));
  }

  @Test
  void aReportWithoutViolationSurvivesTheFile(@TempDir Path folder) throws IOException {
    TlcReport report = new TlcReport(26, 16, 7, 0, 0.5, null, List.of());
    Path file = folder.resolve("report.tsv");
    TlcReportFile.write(file, report);
    assertEquals(report, TlcReportFile.read(file));
  }

  @Test
  void aDamagedFileIsRefused(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("report.tsv");
    Files.writeString(file, "distinct\tmany\n");
    assertThrows(IOException.class, () -> TlcReportFile.read(file));
    Files.writeString(file, "colour\tblue\n");
    assertThrows(IOException.class, () -> TlcReportFile.read(file));
  }
}

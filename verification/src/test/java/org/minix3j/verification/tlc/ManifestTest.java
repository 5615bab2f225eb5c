package org.minix3j.verification.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestTest {

  private static final String GOOD = """
      model\tkind\texpect\tdistinct
      # comments and blank lines are skipped

      MCIpc\tci\tok\t12000
      MCIpcDeep\tdeep\tok\t987654321
      MCIpcNoCycleCheck\tmutant\tcaught:NoDeadlockInv\t-
      """;

  @Test
  void parsesEveryKindOfLine() throws CheckSetupException {
    Manifest manifest = Manifest.parse(GOOD, "manifest.tsv");

    assertEquals(3, manifest.entries().size());
    ManifestEntry ci = manifest.entries().get(0);
    assertEquals("MCIpc", ci.model());
    assertEquals(ModelKind.CI, ci.kind());
    assertEquals(new Expectation.Ok(), ci.expect());
    assertEquals(OptionalLong.of(12000), ci.distinct());
    assertEquals(4, ci.line());
    assertEquals(OptionalLong.of(987654321), manifest.entries().get(1).distinct());
    ManifestEntry mutant = manifest.entries().get(2);
    assertEquals(ModelKind.MUTANT, mutant.kind());
    assertEquals(new Expectation.Caught("NoDeadlockInv"), mutant.expect());
    assertEquals(OptionalLong.empty(), mutant.distinct());
  }

  @Test
  void entryLinesRoundTrip() throws CheckSetupException {
    Manifest manifest = Manifest.parse(GOOD, "manifest.tsv");
    StringBuilder text = new StringBuilder(Manifest.HEADER).append('\n');
    for (ManifestEntry entry : manifest.entries()) {
      text.append(entry.manifestLine()).append('\n');
    }
    Manifest again = Manifest.parse(text.toString(), "again");
    assertEquals(
        manifest.entries().stream().map(ManifestEntry::manifestLine).toList(),
        again.entries().stream().map(ManifestEntry::manifestLine).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MCIpc\tci\tok|line 2: expected 4 tab-separated fields",
        "MCIpc ci ok 12|line 2: expected 4 tab-separated fields",
        "MCIpc\tnightly\tok\t12|line 2: kind 'nightly' is not one of ci, deep, mutant",
        "MCIpc\tci\tfine\t12|line 2: expect 'fine' is neither 'ok' nor 'caught:<Invariant>'",
        "MCIpc\tci\tok\ttwelve|line 2: distinct 'twelve' is not a count of states",
        "MCIpc\tci\tok\t-|line 2: distinct '-' is not a count of states",
        "MCIpc\tmutant\tcaught:TypeOK\t12|line 2: a model expected to be caught has '-'",
        "MCIpc\tmutant\tok\t12|line 2: a mutant must expect 'caught:<Invariant>'",
        "MCIpc\tci\tcaught:TypeOK\t-|line 2: only a mutant may expect a violation",
        "MCIpc\tmutant\tcaught:\t-|line 2: expect 'caught:' is neither",
        "MC-Ipc\tci\tok\t12|line 2: 'MC-Ipc' is not a model name",
      })
  void rejectsAMalformedLineNamingIt(String line, String message) {
    CheckSetupException error = assertThrows(CheckSetupException.class,
        () -> Manifest.parse(Manifest.HEADER + "\n" + line + "\n", "model/manifest.tsv"));
    assertTrue(String.valueOf(error.getMessage()).startsWith("model/manifest.tsv " + message),
        () -> "message was: " + error.getMessage());
  }

  @Test
  void rejectsAMissingHeader() {
    CheckSetupException error = assertThrows(CheckSetupException.class,
        () -> Manifest.parse("MCIpc\tci\tok\t12\n", "m.tsv"));
    assertTrue(String.valueOf(error.getMessage()).startsWith("m.tsv line 1: expected the header"),
        String.valueOf(error.getMessage()));
  }

  @Test
  void rejectsAnEmptyManifest() {
    CheckSetupException error =
        assertThrows(CheckSetupException.class, () -> Manifest.parse("\n# nothing\n", "m.tsv"));
    assertTrue(String.valueOf(error.getMessage()).contains("empty manifest"), String.valueOf(error.getMessage()));
  }

  @Test
  void rejectsADuplicateModel() {
    CheckSetupException error = assertThrows(CheckSetupException.class, () -> Manifest.parse(
        Manifest.HEADER + "\nMCIpc\tci\tok\t1\nMCIpc\tdeep\tok\t2\n", "m.tsv"));
    assertEquals("m.tsv line 3: model MCIpc is listed twice", String.valueOf(error.getMessage()));
  }
}

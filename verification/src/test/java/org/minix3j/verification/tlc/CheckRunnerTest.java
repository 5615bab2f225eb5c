package org.minix3j.verification.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs TLC for real on the toy repository: each case starts one child JVM per model, so the
 * models are tiny (at most a few dozen states). Choosing models by kind and name is covered
 * without TLC in {@link ModelCatalogTest}, judging in {@link ModelOutcomeTest}.
 */
class CheckRunnerTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private List<ModelOutcome> check(Path root, boolean deep, List<String> names, boolean printManifest)
      throws Exception {
    ModelCatalog catalog = ModelCatalog.open(root);
    CheckRunner runner =
        new CheckRunner(catalog, 1, new PrintStream(printed, true, StandardCharsets.UTF_8));
    return runner.run(catalog.select(deep, names), printManifest);
  }

  private String output() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void passesTheCiModelsAndCatchesTheMutants(@TempDir Path root) throws Exception {
    ToyRepository.copyTo(root);
    List<String> before = ToyRepository.filesUnder(root);

    List<ModelOutcome> outcomes = check(root, false, List.of(), true);

    assertEquals(List.of("MCCounters", "MCCountersOverrun", "MCCountersUnfair"),
        outcomes.stream().map(outcome -> outcome.entry().model()).toList());
    assertTrue(CheckRunner.allPassed(outcomes), output());
    TlcReport ok = outcomes.get(0).report();
    assertEquals(16, ok.distinct());
    assertEquals(26, ok.generated());
    assertEquals(7, ok.depth());
    assertEquals("ok", outcomes.get(0).result());
    assertEquals("caught: BoundInv", outcomes.get(1).result());
    Violation overrun = outcomes.get(1).report().violation();
    if (overrun == null) {
      throw new AssertionError("no violation reported: " + output());
    }
    assertEquals(ViolationKind.INVARIANT, overrun.kind());
    TraceState last = overrun.trace().get(overrun.trace().size() - 1);
    assertTrue(last.variables().contains(new TraceState.Variable("left", "4"))
        || last.variables().contains(new TraceState.Variable("right", "4")), last.toString());
    assertEquals("caught: EventuallyFull", outcomes.get(2).result());

    String output = output();
    assertTrue(output.contains("[1/3] MCCounters ... ok"), output);
    assertTrue(output.contains("[3/3] MCCountersUnfair ... caught: EventuallyFull"), output);
    assertTrue(output.contains("check: all 3 models passed"), output);
    assertTrue(output.contains("MCCounters\tci\tok\t16\n"), output);
    assertTrue(output.contains("MCCountersOverrun\tmutant\tcaught:BoundInv\t-\n"), output);
    // TLC's states, logs and unpacked modules stay out of the repository.
    assertEquals(before, ToyRepository.filesUnder(root));
  }

  @Test
  void failsWhenTheDistinctCountMoved(@TempDir Path root) throws Exception {
    ToyRepository.copyTo(root);
    ToyRepository.writeManifest(root, List.of("MCCounters\tci\tok\t15"));

    List<ModelOutcome> outcomes = check(root, false, List.of(), false);

    assertFalse(CheckRunner.allPassed(outcomes));
    assertEquals("FAILED: distinct states moved", outcomes.get(0).result());
    assertTrue(output().contains("MCCounters: 16 distinct states, manifest says 15: the spec or "
        + "model changed; update model/manifest.tsv deliberately in the same commit"), output());
    assertTrue(output().contains("check: 1 of 1 models FAILED"), output());
  }

  @Test
  void showsTheCounterexampleOfAnOkModelThatIsViolated(@TempDir Path root) throws Exception {
    ToyRepository.copyTo(root);
    // The overrun mutant's configuration, claimed to pass.
    Files.copy(root.resolve("model/MCCountersOverrun.cfg"), root.resolve("model/MCOverrunOk.cfg"));
    Files.writeString(root.resolve("model/MCOverrunOk.tla"),
        "---- MODULE MCOverrunOk ----\nEXTENDS Counters\n====\n");
    ToyRepository.writeManifest(root, List.of("MCOverrunOk\tci\tok\t15"));

    List<ModelOutcome> outcomes = check(root, false, List.of(), false);

    assertEquals("FAILED: violates BoundInv", outcomes.get(0).result());
    String output = output();
    assertTrue(output.contains("MCOverrunOk: TLC found a violation of invariant BoundInv, but "
        + "the manifest expects ok; the counterexample:"), output);
    assertTrue(output.contains("  State 1: Initial predicate\n    left  = 0\n    right = 0\n"),
        output);
    assertTrue(output.contains("  State 2: Increment"), output);
    assertTrue(output.contains("  * left  = 4") || output.contains("  * right = 4"), output);
  }

  @Test
  void reportsAModelTlcCannotCheck(@TempDir Path root) throws Exception {
    ToyRepository.copyTo(root);
    Files.writeString(root.resolve("model/MCTypo.tla"),
        "---- MODULE MCTypo ----\nEXTENDS Counters\n====\n");
    Files.writeString(root.resolve("model/MCTypo.cfg"),
        "CONSTANTS Bound = 3 Cap = 3\nSPECIFICATION Spec\nINVARIANT NoSuchInv\n");
    ToyRepository.writeManifest(root, List.of("MCTypo\tci\tok\t16"));

    List<ModelOutcome> outcomes = check(root, false, List.of(), false);

    assertEquals("FAILED: error", outcomes.get(0).result());
    assertTrue(output().contains("MCTypo: TLC could not check the model:"), output());
    assertTrue(output().contains("NoSuchInv"), output());
  }
}

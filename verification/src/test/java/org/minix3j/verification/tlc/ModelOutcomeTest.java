package org.minix3j.verification.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The judging rules, on reports made by hand (no TLC run). */
class ModelOutcomeTest {

  private static final ManifestEntry OK_MODEL = new ManifestEntry(
      "MCIpc", ModelKind.CI, new Expectation.Ok(), OptionalLong.of(12000), 2);
  private static final ManifestEntry MUTANT = new ManifestEntry(
      "MCIpcMutant", ModelKind.MUTANT, new Expectation.Caught("NoStaleDelivery"),
      OptionalLong.empty(), 3);

  private static TlcReport completed(long distinct) {
    return new TlcReport(3 * distinct, distinct, 9, 0, 1.5, null, List.of());
  }

  private static TlcReport violated(String name) {
    Violation violation = new Violation(ViolationKind.INVARIANT, name, List.of(
        new TraceState(1, "Initial predicate", List.of(new TraceState.Variable("x", "0")))));
    return new TlcReport(40, 30, 4, 2110, 0.5, violation, List.of());
  }

  @Test
  void anOkModelWithTheManifestCountPasses() {
    ModelOutcome outcome = ModelOutcome.judge(OK_MODEL, completed(12000));
    assertTrue(outcome.passed());
    assertEquals("ok", outcome.result());
    assertEquals("MCIpc\tci\tok\t12000", outcome.measuredManifestLine());
  }

  @Test
  void aMovedCountFailsAndSaysWhatToDo() {
    ModelOutcome outcome = ModelOutcome.judge(OK_MODEL, completed(12345));
    assertFalse(outcome.passed());
    assertEquals("MCIpc: 12345 distinct states, manifest says 12000: the spec or model changed;"
        + " update model/manifest.tsv deliberately in the same commit", outcome.explanation());
    assertEquals("MCIpc\tci\tok\t12345", outcome.measuredManifestLine());
    assertFalse(outcome.unexpectedViolation());
  }

  @Test
  void aViolatedOkModelFailsWithItsTrace() {
    ModelOutcome outcome = ModelOutcome.judge(OK_MODEL, violated("TypeOK"));
    assertFalse(outcome.passed());
    assertEquals("FAILED: violates TypeOK", outcome.result());
    assertTrue(outcome.unexpectedViolation());
  }

  @Test
  void aMutantCaughtByItsInvariantPasses() {
    ModelOutcome outcome = ModelOutcome.judge(MUTANT, violated("NoStaleDelivery"));
    assertTrue(outcome.passed());
    assertEquals("caught: NoStaleDelivery", outcome.result());
    assertEquals("MCIpcMutant\tmutant\tcaught:NoStaleDelivery\t-", outcome.measuredManifestLine());
  }

  @Test
  void aMutantCaughtByAnotherInvariantFails() {
    ModelOutcome outcome = ModelOutcome.judge(MUTANT, violated("TypeOK"));
    assertFalse(outcome.passed());
    assertEquals("FAILED: caught by TypeOK", outcome.result());
    assertTrue(outcome.explanation().contains("but the manifest says caught:NoStaleDelivery"),
        outcome.explanation());
    assertTrue(outcome.unexpectedViolation());
  }

  @Test
  void aMutantNotCaughtFails() {
    ModelOutcome outcome = ModelOutcome.judge(MUTANT, completed(77));
    assertFalse(outcome.passed());
    assertEquals("FAILED: not caught", outcome.result());
    assertTrue(outcome.explanation().startsWith("MCIpcMutant: the mutant was not caught"),
        outcome.explanation());
  }

  @Test
  void aRunTlcCouldNotCompleteFailsWithItsMessages() {
    TlcReport error = new TlcReport(-1, -1, -1, 150, 0.2, null,
        List.of("The invariant NoSuchInv specified in the configuration file\nis not defined."));
    for (ManifestEntry entry : List.of(OK_MODEL, MUTANT)) {
      ModelOutcome outcome = ModelOutcome.judge(entry, error);
      assertFalse(outcome.passed());
      assertEquals("FAILED: error", outcome.result());
      assertTrue(outcome.explanation().contains("    The invariant NoSuchInv specified"),
          outcome.explanation());
      assertTrue(outcome.measuredManifestLine().startsWith("# "), outcome.measuredManifestLine());
    }
  }
}

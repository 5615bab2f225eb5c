package org.minix3j.verification.tlc;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The judgement of one model run against its manifest line: passed or not, the short result
 * for the table ({@code ok}, {@code caught: <Name>}, or what failed), and for a failure the
 * explanation to print. Judging rules, in order: a run TLC could not complete fails; a model
 * expected {@code ok} fails on any violation or when its distinct-state count differs from the
 * manifest; a mutant fails unless it is caught by exactly the manifest's invariant.
 */
public record ModelOutcome(
    ManifestEntry entry, TlcReport report, boolean passed, String result, String explanation) {

  /** Judges {@code report} against {@code entry}. */
  public static ModelOutcome judge(ManifestEntry entry, TlcReport report) {
    String model = entry.model();
    Violation violation = report.violation();
    if (violation == null && report.failedToRun()) {
      return failed(entry, report, "FAILED: error",
          model + ": TLC could not check the model:\n" + indent(String.join("\n", report.errors())));
    }
    return switch (entry.expect()) {
      case Expectation.Ok ok -> judgeOk(entry, report, violation);
      case Expectation.Caught caught -> judgeMutant(entry, report, violation, caught.name());
    };
  }

  /** True when a trace should be shown: a violation the manifest did not expect. */
  public boolean unexpectedViolation() {
    return !passed && report.violation() != null;
  }

  /** The manifest line as measured by this run, for {@code --print-manifest}. */
  public String measuredManifestLine() {
    Violation violation = report.violation();
    if (violation == null && report.failedToRun()) {
      return "# " + entry.model() + ": not measured, TLC could not check it";
    }
    String expect = violation == null ? "ok" : "caught:" + violation.name();
    String distinct = violation == null ? Long.toString(report.distinct()) : "-";
    return String.join("\t", entry.model(), entry.kind().manifestName(), expect, distinct);
  }

  private static ModelOutcome judgeOk(
      ManifestEntry entry, TlcReport report, @Nullable Violation violation) {
    String model = entry.model();
    if (violation != null) {
      return failed(entry, report, "FAILED: violates " + violation.name(),
          model + ": TLC found a violation of " + describe(violation)
              + ", but the manifest expects ok; the counterexample:");
    }
    long expected = entry.distinct().orElse(-1);
    if (report.distinct() != expected) {
      return failed(entry, report, "FAILED: distinct states moved",
          model + ": " + report.distinct() + " distinct states, manifest says " + expected
              + ": the spec or model changed; update model/manifest.tsv deliberately in the same"
              + " commit");
    }
    return new ModelOutcome(entry, report, true, "ok", "");
  }

  private static ModelOutcome judgeMutant(
      ManifestEntry entry, TlcReport report, @Nullable Violation violation, String expected) {
    String model = entry.model();
    if (violation == null) {
      return failed(entry, report, "FAILED: not caught",
          model + ": the mutant was not caught: TLC explored " + report.distinct()
              + " distinct states and found no violation, but the manifest expects caught:"
              + expected + "; either " + expected + " no longer detects the seeded bug or the"
              + " mutant no longer introduces it");
    }
    if (!violation.name().equals(expected)) {
      return failed(entry, report, "FAILED: caught by " + violation.name(),
          model + ": the mutant was caught by " + describe(violation)
              + ", but the manifest says caught:" + expected + "; the counterexample:");
    }
    return new ModelOutcome(entry, report, true, "caught: " + violation.name(), "");
  }

  private static String describe(Violation violation) {
    return violation.kind() == ViolationKind.DEADLOCK
        ? "deadlock freedom (a deadlock was reached)"
        : violation.kind().words() + " " + violation.name();
  }

  private static ModelOutcome failed(
      ManifestEntry entry, TlcReport report, String result, String explanation) {
    return new ModelOutcome(entry, report, false, result, explanation);
  }

  private static String indent(String text) {
    String body = text.isBlank() ? "(TLC gave no message; exit status unknown)" : text.strip();
    return "    " + body.replace("\n", "\n    ");
  }
}

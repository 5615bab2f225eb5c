package org.minix3j.verification.tlc;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@code check}: TLC on each chosen model in turn, a progress line per model ({@code
 * [3/14] MCIpc ...} followed by its result), then the result table, then for every failure
 * what failed and, for an unexpected violation, the counterexample; with {@code
 * printManifest}, the manifest lines as measured.
 *
 * <p>Entry point: {@link #run}; its result says whether every model passed.
 */
public final class CheckRunner {

  private final ModelCatalog catalog;
  private final TlcProcess tlc;
  private final PrintStream out;

  public CheckRunner(ModelCatalog catalog, int workers, PrintStream out) {
    this.catalog = catalog;
    this.tlc = new TlcProcess(catalog.specDirectory(), workers);
    this.out = out;
  }

  /** Checks {@code models}; the outcomes are in the same order. */
  public List<ModelOutcome> run(List<ManifestEntry> models, boolean printManifest)
      throws CheckSetupException, IOException {
    List<ModelFiles> files = new ArrayList<>();
    for (ManifestEntry entry : models) {
      files.add(catalog.files(entry));
    }
    List<ModelOutcome> outcomes = new ArrayList<>();
    for (int index = 0; index < models.size(); index++) {
      ManifestEntry entry = models.get(index);
      String heading = "[" + (index + 1) + "/" + models.size() + "] " + entry.model() + " ...";
      out.print(heading);
      out.flush();
      boolean[] lineOpen = {true};
      TlcReport report = tlc.run(files.get(index), progress -> {
        if (lineOpen[0]) {
          out.println();
          lineOpen[0] = false;
        }
        out.println("      " + progress);
        out.flush();
      });
      ModelOutcome outcome = ModelOutcome.judge(entry, report);
      out.println((lineOpen[0] ? " " : heading + " ") + outcome.result()
          + String.format(Locale.ROOT, " (%.1f s)", report.seconds()));
      outcomes.add(outcome);
    }
    out.println();
    out.print(ResultTable.format(outcomes));
    for (ModelOutcome outcome : outcomes) {
      if (!outcome.passed()) {
        out.println();
        out.println(outcome.explanation());
        Violation violation = outcome.report().violation();
        if (outcome.unexpectedViolation() && violation != null) {
          out.print(TraceFormatter.format(violation));
        }
      }
    }
    if (printManifest) {
      out.println();
      out.println("# the manifest lines as measured (model/manifest.tsv):");
      out.println(Manifest.HEADER);
      for (ModelOutcome outcome : outcomes) {
        out.println(outcome.measuredManifestLine());
      }
    }
    long failures = outcomes.stream().filter(outcome -> !outcome.passed()).count();
    out.println();
    out.println(failures == 0
        ? "check: all " + outcomes.size() + " models passed"
        : "check: " + failures + " of " + outcomes.size() + " models FAILED");
    return outcomes;
  }

  /** True when every outcome passed. */
  public static boolean allPassed(List<ModelOutcome> outcomes) {
    return outcomes.stream().allMatch(ModelOutcome::passed);
  }
}

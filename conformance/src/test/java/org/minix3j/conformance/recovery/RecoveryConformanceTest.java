package org.minix3j.conformance.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minix3j.conformance.trace.ConformanceReport;

/**
 * RS, DS, the file server's recovery paths and puppet drivers conform to spec/Recovery.tla:
 * random walks of MCRecoveryConform replayed with no divergence and every action performed;
 * and each known bug of the recovery path, switched on, makes the replay diverge.
 */
class RecoveryConformanceTest {
  static final int WALKS = Integer.getInteger("minix3j.conform.recovery.walks", 300);
  static final int DEPTH = 30;

  @Test
  void theRecoveryPathConformsToTheSpec() {
    ConformanceReport report = RecoveryConformance.run(root(), RecoveryConformance.Mutant.NONE,
        1, WALKS, DEPTH, line -> { });
    System.out.println("recovery: " + report.details());
    if (report.divergences() > 0) {
      System.out.println(report.firstDivergences().get(0).report());
    }
    assertEquals(0, report.divergences(), report.details());
    assertTrue(report.steps() >= (long) WALKS * 20, report.line());
    assertTrue(report.coverage().complete(), report.details());
  }

  @ParameterizedTest
  @EnumSource(value = RecoveryConformance.Mutant.class, names = "NONE",
      mode = EnumSource.Mode.EXCLUDE)
  void conformanceCatchesTheMutant(RecoveryConformance.Mutant mutant) {
    ConformanceReport report = RecoveryConformance.run(root(), mutant, 1, 100, DEPTH, line -> { });
    System.out.println(mutant + ": " + report.line());
    assertTrue(report.divergences() > 0, mutant + " was not caught: " + report.line());
    System.out.println(report.firstDivergences().get(0).report());
  }

  static Path root() {
    String property = System.getProperty("minix3j.root");
    Path start = property != null ? Path.of(property) : Path.of("").toAbsolutePath();
    for (Path at = start; at != null; at = at.getParent()) {
      if (Files.isDirectory(at.resolve("spec")) && Files.isDirectory(at.resolve("model"))) {
        return at;
      }
    }
    throw new IllegalStateException("cannot find the repository root; set -Dminix3j.root=ROOT");
  }
}

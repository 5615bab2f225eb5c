package org.minix3j.conformance.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minix3j.conformance.trace.ConformanceReport;
import org.minix3j.kernel.KernelMutant;

/**
 * The kernel conforms to Ipc and Privileges: 10,000 random walks of depth 25 per spec (and the
 * few walks that end early where the spec enables nothing), and every behaviour of up to 4
 * steps, replayed with no divergence and every action performed.
 */
class KernelConformanceTest {
  static final int WALKS = Integer.getInteger("minix3j.conform.walks", 10_000);
  static final int DEPTH = 25;

  @ParameterizedTest
  @EnumSource(KernelSpec.class)
  void theKernelConformsToTheSpec(KernelSpec spec) {
    ConformanceReport walks = KernelConformance.run(
        root(), spec, KernelMutant.NONE, new KernelConformance.Plan(1, WALKS, DEPTH, 0), line -> { });
    System.out.println("walks:       " + walks.details());
    assertEquals(0, walks.divergences(), walks.details());
    assertEquals(WALKS, walks.behaviours() - walks.deadEnds(), "walks that reach depth " + DEPTH);
    assertTrue(walks.steps() >= (long) WALKS * DEPTH, walks.line());
    assertTrue(walks.deadEnds() * 100 < WALKS, "dead ends are rare: " + walks.line());
    assertTrue(walks.coverage().complete(), walks.details());
    ConformanceReport enumerated = KernelConformance.run(
        root(), spec, KernelMutant.NONE, new KernelConformance.Plan(1, 0, DEPTH, 4), line -> { });
    System.out.println("enumeration: " + enumerated.details());
    assertEquals(0, enumerated.divergences(), enumerated.details());
    assertTrue(enumerated.behaviours() > 100, enumerated.line());
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

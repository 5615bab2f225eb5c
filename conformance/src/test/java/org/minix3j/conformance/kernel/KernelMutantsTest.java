package org.minix3j.conformance.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minix3j.conformance.trace.ConformanceReport;
import org.minix3j.kernel.KernelMutant;

/** Non-vacuity: each known kernel bug, switched on, makes conformance diverge. */
class KernelMutantsTest {

  @ParameterizedTest
  @EnumSource(value = KernelMutant.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void conformanceCatchesTheMutant(KernelMutant mutant) {
    KernelSpec spec = switch (mutant) {
      case NO_DEADLOCK_REFUSAL, NOTIFICATION_DELIVERED_TWICE, GENERATION_NOT_CHECKED -> KernelSpec.IPC;
      case DESTINATION_MASK_NOT_CHECKED, CALL_MASK_NOT_CHECKED, MEMORY_RANGE_NOT_CHECKED, NONE ->
          KernelSpec.PRIVILEGES;
    };
    ConformanceReport report = KernelConformance.run(KernelConformanceTest.root(), spec, mutant,
        new KernelConformance.Plan(1, 1_000, KernelConformanceTest.DEPTH, 0), line -> { });
    System.out.println(mutant + ": " + report.line());
    assertTrue(report.divergences() > 0, mutant + " was not caught: " + report.line());
    System.out.println(report.firstDivergences().get(0).report());
  }
}

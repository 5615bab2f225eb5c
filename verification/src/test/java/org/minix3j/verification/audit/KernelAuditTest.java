package org.minix3j.verification.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minix3j.kernel.KernelMutant;

class KernelAuditTest {

  @Test
  void theKernelKeepsEveryInvariantThroughARandomWorkload() {
    KernelAudit.Result result = KernelAudit.run(7, 50_000, KernelMutant.NONE, line -> { });
    System.out.print(result.table());
    assertNull(result.violation(), String.valueOf(result.violation()));
    assertEquals(50_000, result.steps());
    for (KernelAudit.Row row : result.rows()) {
      assertTrue(row.evaluations() > 0, row.invariant() + " was never evaluated");
    }
  }

  @Test
  void theSameSeedGivesTheSameAudit() {
    assertEquals(KernelAudit.run(3, 5_000, KernelMutant.NONE, line -> { }),
        KernelAudit.run(3, 5_000, KernelMutant.NONE, line -> { }));
  }

  @ParameterizedTest
  @CsvSource({
    "NO_DEADLOCK_REFUSAL, NoBlockedCycle",
    "DESTINATION_MASK_NOT_CHECKED, IpcWithinPrivilege",
    "CALL_MASK_NOT_CHECKED, KernelCallWithinPrivilege",
    "GENERATION_NOT_CHECKED, NoStaleDelivery",
    "MEMORY_RANGE_NOT_CHECKED, MemoryAccessWithinPrivilege"
  })
  void aMutantKernelIsCaught(KernelMutant mutant, String invariant) {
    KernelAudit.Result result = KernelAudit.run(7, 50_000, mutant, line -> { });
    String violation = String.valueOf(result.violation());
    assertFalse(result.clean(), mutant + " went unnoticed");
    System.out.println(mutant + " -> " + violation.lines().limit(3).toList());
    assertTrue(result.rows().stream()
            .anyMatch(row -> row.invariant().equals(invariant) && row.violations() > 0),
        mutant + " should break " + invariant + ": " + violation);
  }
}

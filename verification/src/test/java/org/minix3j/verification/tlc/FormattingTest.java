package org.minix3j.verification.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The counterexample and table layouts. */
class FormattingTest {

  @Test
  void aTraceShowsEveryStateAndMarksChangedVariables() {
    Violation violation = new Violation(ViolationKind.INVARIANT, "QueueInv", List.of(
        new TraceState(1, "Initial predicate", List.of(
            new TraceState.Variable("queue", "<<>>"),
            new TraceState.Variable("pc", "\"idle\""))),
        new TraceState(2, "Send", List.of(
            new TraceState.Variable("queue", "<< [from |-> 1,\n   to |-> 2] >>"),
            new TraceState.Variable("pc", "\"idle\"")))));

    assertEquals("""
          State 1: Initial predicate
            queue = <<>>
            pc    = "idle"
          State 2: Send
          * queue = << [from |-> 1,
                       to |-> 2] >>
            pc    = "idle"
        """, TraceFormatter.format(violation));
  }

  @Test
  void theTableAlignsItsColumns() {
    ManifestEntry ipc = new ManifestEntry(
        "MCIpc", ModelKind.CI, new Expectation.Ok(), OptionalLong.of(12000), 2);
    ManifestEntry mutant = new ManifestEntry("MCIpcMutantLongName", ModelKind.MUTANT,
        new Expectation.Caught("TypeOK"), OptionalLong.empty(), 3);
    Violation caught = new Violation(ViolationKind.INVARIANT, "TypeOK", List.of());
    List<ModelOutcome> outcomes = List.of(
        ModelOutcome.judge(ipc, new TlcReport(40000, 12000, 17, 0, 12.34, null, List.of())),
        ModelOutcome.judge(mutant, new TlcReport(5, 4, -1, 2110, 0.5, caught, List.of())));

    assertEquals("""
        model                kind    generated  distinct  depth  seconds  result
        MCIpc                ci          40000     12000     17     12.3  ok
        MCIpcMutantLongName  mutant          5         4      -      0.5  caught: TypeOK
        """, ResultTable.format(outcomes));
  }
}

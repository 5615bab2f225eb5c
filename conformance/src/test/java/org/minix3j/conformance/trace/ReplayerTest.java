package org.minix3j.conformance.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReplayerTest {

  private static List<Behaviour> walks = List.of();
  private static List<String> actions = List.of();
  private static List<String> variables = List.of();

  @BeforeAll
  static void generate() {
    SpecModel model = TestModels.load(TestModels.IPC);
    actions = model.actionNames();
    variables = model.variables();
    walks = new RandomWalks(model).walks(0, 300, 25);
  }

  /** Plays the specification's own states back: the implementation that cannot be wrong. */
  private static class EchoBinding implements SpecBinding {
    SpecState current = SpecState.builder().build();
    int performed;

    @Override
    public void reset(SpecState initial) {
      current = initial;
      performed = 0;
    }

    @Override
    public void perform(SpecState before, Step step) throws BindingException {
      if (!before.equals(current)) {
        throw new BindingException("given the wrong state before " + step.label());
      }
      current = step.after();
      performed++;
    }

    @Override
    public SpecState observe() {
      return current;
    }
  }

  /** Echoes, but after its seventh step sets pstate[3] to "dead". */
  private static class CorruptingBinding extends EchoBinding {
    @Override
    public SpecState observe() {
      if (performed != 7) {
        return current;
      }
      TlaValue.Seq pstate = (TlaValue.Seq) current.get("pstate");
      List<TlaValue> changed = new java.util.ArrayList<>(pstate.elements());
      changed.set(2, TlaValue.string(changed.get(2).equals(TlaValue.string("dead")) ? "running"
          : "dead"));
      return current.with("pstate", TlaValue.seq(changed));
    }
  }

  @Test
  void anImplementationThatFollowsTheSpecificationHasNoDivergence() {
    ConformanceReport report = new Replayer("Ipc", actions, variables, new EchoBinding())
        .replay(walks);
    long steps = walks.stream().mapToLong(Behaviour::length).sum();
    assertEquals(0, report.divergences(), report.details());
    assertEquals(300, report.behaviours());
    assertEquals(steps, report.steps());
    long deadEnds = walks.stream().filter(Behaviour::deadEnd).count();
    assertEquals(deadEnds, report.deadEnds());
    String ends = deadEnds == 0 ? "" : " (" + deadEnds + " dead ends)";
    assertEquals(String.format("Ipc         behaviours 300  steps %d%s  actions 6/6  divergences 0",
        steps, ends), report.line());
  }

  @Test
  void aCorruptedVariableAtStepSevenIsReportedThere() {
    List<Behaviour> longEnough = walks.stream().filter(b -> b.length() >= 10).toList();
    Behaviour behaviour = longEnough.getFirst();
    Divergence divergence = diverged(
        new Replayer("Ipc", actions, variables, new CorruptingBinding()).replay(behaviour));
    assertEquals(7, divergence.stepNumber());
    assertEquals(List.of("pstate"), divergence.differingVariables());
    assertEquals(behaviour.label(), divergence.behaviour());
    String report = divergence.report();
    assertTrue(report.contains("at step 7"), report);
    assertTrue(report.contains("  7  " + behaviour.steps().get(6).label()), report);
    assertTrue(!report.contains("  8  "), "the trace stops at the divergence:\n" + report);
    assertTrue(report.contains("pstate[3]: expected "), report);
    assertTrue(report.contains("  * pstate = "), report);
    System.out.println(report);

    ConformanceReport all = new Replayer("Ipc", actions, variables, new CorruptingBinding())
        .replay(longEnough);
    assertEquals(longEnough.size(), all.divergences());
    assertEquals(7L * longEnough.size(), all.steps());
    assertEquals(ConformanceReport.KEPT_DIVERGENCES, all.firstDivergences().size());
  }

  @Test
  void onlyTheVariablesTheBindingAbstractsAreCompared() {
    SpecBinding withoutPstate = new CorruptingBinding() {
      @Override
      public Set<String> comparedVariables(List<String> specVariables) {
        return Set.of("generation", "queue", "result");
      }
    };
    Replayer replayer = new Replayer("Ipc", actions, variables, withoutPstate);
    assertEquals(List.of("generation", "queue", "result"), replayer.comparedVariables());
    assertEquals(0, replayer.replay(walks).divergences());

    SpecBinding unknown = new EchoBinding() {
      @Override
      public Set<String> comparedVariables(List<String> specVariables) {
        return Set.of("pstate", "slots");
      }
    };
    assertThrows(IllegalArgumentException.class,
        () -> new Replayer("Ipc", actions, variables, unknown));
  }

  @Test
  void aBindingThatFailsIsADivergenceAtThatStep() {
    SpecBinding failing = new EchoBinding() {
      @Override
      public void perform(SpecState before, Step step) throws BindingException {
        if (step.action().equals("ProcExit")) {
          throw new BindingException("no puppet for slot " + step.parameter("p"));
        }
        super.perform(before, step);
      }
    };
    Behaviour withExit = walks.stream()
        .filter(b -> b.steps().stream().anyMatch(s -> s.action().equals("ProcExit")))
        .findFirst().orElseThrow();
    int exitStep = 1 + withExit.steps().indexOf(withExit.steps().stream()
        .filter(s -> s.action().equals("ProcExit")).findFirst().orElseThrow());
    Divergence divergence =
        diverged(new Replayer("Ipc", actions, variables, failing).replay(withExit));
    assertEquals(exitStep, divergence.stepNumber());
    assertNull(divergence.actual());
    assertTrue(divergence.summary().contains("no puppet for slot 2"), divergence.summary());
  }

  @Test
  void reportsOfShardsAddUp() {
    Replayer replayer = new Replayer("Ipc", actions, variables, new EchoBinding());
    ConformanceReport first = replayer.replay(walks.subList(0, 100));
    ConformanceReport second = replayer.replay(walks.subList(100, 300));
    ConformanceReport whole = replayer.replay(walks);
    ConformanceReport sum = first.plus(second);
    assertEquals(whole.line(), sum.line());
    assertEquals(whole.coverage().toString(), sum.coverage().toString());
    assertEquals("{\"spec\":\"Ipc\",\"behaviours\":300,\"steps\":" + whole.steps()
        + ",\"deadEnds\":" + whole.deadEnds()
        + ",\"actionsCovered\":6,\"actionsTotal\":6,\"actionsNeverSeen\":[],"
        + "\"divergences\":0}", sum.toJsonLine());
  }

  private static Divergence diverged(@Nullable Divergence divergence) {
    if (divergence == null) {
      throw new AssertionError("no divergence reported");
    }
    return divergence;
  }
}

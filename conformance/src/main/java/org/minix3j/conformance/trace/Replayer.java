package org.minix3j.conformance.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Replays behaviours of a specification against a {@link SpecBinding}: for each behaviour,
 * reset to its initial state, then perform each step; after the reset and after every step,
 * compare the binding's observed state with the specification's, on the variables the binding
 * abstracts. A behaviour stops at its first divergence (a differing state, or the binding
 * failing); the replay goes on with the next behaviour and counts them all in the {@link
 * ConformanceReport}. A state the binding says the implementation passes through without
 * stopping ({@link SpecBinding#settled}) is not compared; the next one is.
 *
 * <p>Usual use: {@code new Replayer("Ipc", model.actionNames(), model.variables(),
 * binding).replay(behaviours)}.
 */
public final class Replayer {

  private final String spec;
  private final List<String> specActions;
  private final List<String> comparedVariables;
  private final SpecBinding binding;

  /**
   * A replayer for specification {@code spec} with these actions and variables; compares the
   * variables {@code binding} names in {@link SpecBinding#comparedVariables}, which must be
   * variables of the specification.
   */
  public Replayer(String spec, List<String> specActions, List<String> specVariables,
      SpecBinding binding) {
    this.spec = spec;
    this.specActions = List.copyOf(specActions);
    this.binding = binding;
    Set<String> chosen = binding.comparedVariables(List.copyOf(specVariables));
    for (String variable : chosen) {
      if (!specVariables.contains(variable)) {
        throw new IllegalArgumentException("the binding compares " + variable
            + ", which is not a variable of " + spec + " " + specVariables);
      }
    }
    this.comparedVariables = specVariables.stream().filter(chosen::contains).toList();
  }

  /** A replayer for the model's specification, its actions and its variables. */
  public static Replayer forModel(String spec, SpecModel model, SpecBinding binding) {
    return new Replayer(spec, model.actionNames(), model.variables(), binding);
  }

  /** The variables compared, in declaration order. */
  public List<String> comparedVariables() {
    return comparedVariables;
  }

  /** Replays every behaviour; the report counts them, their steps, coverage and divergences. */
  public ConformanceReport replay(Iterable<Behaviour> behaviours) {
    long behaviourCount = 0;
    long stepCount = 0;
    long deadEndCount = 0;
    long divergenceCount = 0;
    SequencedSet<String> seen = new LinkedHashSet<>();
    List<Divergence> kept = new ArrayList<>();
    for (Behaviour behaviour : behaviours) {
      behaviourCount++;
      if (behaviour.deadEnd()) {
        deadEndCount++;
      }
      Outcome outcome = replayOne(behaviour);
      stepCount += outcome.stepsPerformed();
      for (int i = 0; i < outcome.stepsPerformed(); i++) {
        seen.add(behaviour.steps().get(i).action());
      }
      Divergence divergence = outcome.divergence();
      if (divergence != null) {
        divergenceCount++;
        if (kept.size() < ConformanceReport.KEPT_DIVERGENCES) {
          kept.add(divergence);
        }
      }
    }
    return new ConformanceReport(spec, behaviourCount, stepCount, deadEndCount, specActions,
        List.copyOf(seen), divergenceCount, kept);
  }

  /** Replays one behaviour; the divergence, or null when it conforms. */
  public @Nullable Divergence replay(Behaviour behaviour) {
    return replayOne(behaviour).divergence();
  }

  private Outcome replayOne(Behaviour behaviour) {
    try {
      binding.reset(behaviour.initial());
    } catch (BindingException | RuntimeException e) {
      return new Outcome(0, failed(behaviour, 0, "reset: " + e));
    }
    Divergence atStart = compare(behaviour, 0);
    if (atStart != null) {
      return new Outcome(0, atStart);
    }
    for (int number = 1; number <= behaviour.length(); number++) {
      Step step = behaviour.steps().get(number - 1);
      try {
        binding.perform(behaviour.stateAfter(number - 1), step);
      } catch (BindingException | RuntimeException e) {
        return new Outcome(number, failed(behaviour, number, step.label() + ": " + e));
      }
      if (!binding.settled(behaviour.stateAfter(number))) {
        continue; // the implementation takes the next step(s) together with this one
      }
      Divergence divergence = compare(behaviour, number);
      if (divergence != null) {
        return new Outcome(number, divergence);
      }
    }
    return new Outcome(behaviour.length(), null);
  }

  private @Nullable Divergence compare(Behaviour behaviour, int stepNumber) {
    SpecState observed;
    try {
      observed = binding.observe();
    } catch (BindingException | RuntimeException e) {
      return failed(behaviour, stepNumber, "observe: " + e);
    }
    SpecState expected = behaviour.stateAfter(stepNumber).restrictedTo(comparedVariables);
    SpecState actual = observed.restrictedTo(comparedVariables);
    List<String> differing = expected.differingVariables(actual, comparedVariables);
    if (differing.isEmpty()) {
      return null;
    }
    return new Divergence(spec, behaviour.label(), stepNumber, behaviour.traceText(stepNumber),
        expected, actual, differing, null);
  }

  private Divergence failed(Behaviour behaviour, int stepNumber, String failure) {
    return new Divergence(spec, behaviour.label(), stepNumber, behaviour.traceText(stepNumber),
        behaviour.stateAfter(stepNumber).restrictedTo(comparedVariables), null, List.of(),
        failure);
  }

  private record Outcome(int stepsPerformed, @Nullable Divergence divergence) {}
}

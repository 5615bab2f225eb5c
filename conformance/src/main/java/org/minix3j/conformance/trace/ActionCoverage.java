package org.minix3j.conformance.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * Which actions of a specification some behaviours exercise: the action names of the
 * next-state relation against those seen in the steps. Prints as {@code 5/6 (never:
 * SlotRestart)}.
 */
public final class ActionCoverage {

  private final List<String> specActions;
  private final SequencedSet<String> seen = new LinkedHashSet<>();

  public ActionCoverage(List<String> specActions) {
    this.specActions = List.copyOf(specActions);
  }

  /** Counts the actions of {@code behaviour}'s steps as seen. */
  public void record(Behaviour behaviour) {
    for (Step step : behaviour.steps()) {
      seen.add(step.action());
    }
  }

  /** Counts {@code action} as seen. */
  public void record(String action) {
    seen.add(action);
  }

  /** How many of the specification's actions were seen. */
  public int covered() {
    return (int) specActions.stream().filter(seen::contains).count();
  }

  public int total() {
    return specActions.size();
  }

  public boolean complete() {
    return covered() == total();
  }

  /** The specification's actions never seen, in the relation's order. */
  public List<String> neverSeen() {
    List<String> missing = new ArrayList<>();
    for (String action : specActions) {
      if (!seen.contains(action)) {
        missing.add(action);
      }
    }
    return missing;
  }

  /** {@code covered/total}, with the names never seen when there are any. */
  @Override
  public String toString() {
    String ratio = covered() + "/" + total();
    return complete() ? ratio : ratio + " (never: " + String.join(", ", neverSeen()) + ")";
  }
}

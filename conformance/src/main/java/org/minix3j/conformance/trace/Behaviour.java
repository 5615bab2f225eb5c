package org.minix3j.conformance.trace;

import java.util.List;

/**
 * A behaviour of a specification as a generator produced it: an initial state and the steps
 * taken from it.
 *
 * @param label how to find the behaviour again: the seed of a random walk, or the index of an
 *     enumerated path
 * @param initial the initial state
 * @param steps the steps, in order
 * @param deadEnd true when the behaviour stopped because no action was enabled in its last
 *     state (rather than at the requested depth)
 */
public record Behaviour(String label, SpecState initial, List<Step> steps, boolean deadEnd) {

  public Behaviour {
    steps = List.copyOf(steps);
  }

  public int length() {
    return steps.size();
  }

  /** The state after {@code count} steps (the initial state for 0). */
  public SpecState stateAfter(int count) {
    return count == 0 ? initial : steps.get(count - 1).after();
  }

  /** One line per step, numbered from 1, after a line for the initial state. */
  public String traceText(int upToStep) {
    StringBuilder text = new StringBuilder("  0  (initial state)\n");
    for (int i = 0; i < Math.min(upToStep, steps.size()); i++) {
      text.append(String.format("%3d  %s%n", i + 1, steps.get(i).label()));
    }
    return text.toString();
  }
}

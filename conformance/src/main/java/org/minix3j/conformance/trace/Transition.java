package org.minix3j.conformance.trace;

import java.util.SequencedMap;

/**
 * One enabled step out of a model state: the action, its parameters and the state it leads
 * to.
 */
public record Transition(String action, SequencedMap<String, TlaValue> parameters,
    ModelState target) {

  /** The step, with the target's values as the state after it. */
  public Step toStep() {
    return new Step(action, parameters, target.values());
  }
}

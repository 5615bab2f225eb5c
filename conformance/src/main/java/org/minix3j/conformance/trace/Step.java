package org.minix3j.conformance.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * One step of a behaviour: the spec action taken (the operator's name, e.g. {@code ProcSend}),
 * its parameters by their formal names, in the operator's order, with their values (e.g.
 * {@code p=3 e=2 kind="sendrec"}), and the specification's state after the step.
 *
 * @param action the name of the operator applied in the next-state relation
 * @param parameters formal parameter name to value, in declaration order
 * @param after the state the step leads to
 */
public record Step(String action, SequencedMap<String, TlaValue> parameters, SpecState after) {

  public Step {
    parameters = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(parameters));
  }

  /** The value of parameter {@code name}; an unknown name is an error naming the step. */
  public TlaValue parameter(String name) {
    TlaValue value = parameters.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no parameter " + name + " in " + label());
    }
    return value;
  }

  /** The action and its parameters, e.g. {@code ProcSend p=3 e=2 kind="sendrec"}. */
  public String label() {
    List<String> parts = new ArrayList<>();
    parts.add(action);
    parameters.forEach((name, value) -> parts.add(name + "=" + value));
    return String.join(" ", parts);
  }

  @Override
  public String toString() {
    return label();
  }
}

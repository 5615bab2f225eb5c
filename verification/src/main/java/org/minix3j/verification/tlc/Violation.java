package org.minix3j.verification.tlc;

import java.util.List;

/**
 * The first violation TLC reported for a model: its kind, the name TLC reports (an invariant
 * or property name as written in the model's configuration; {@code Deadlock} for a deadlock),
 * and the behaviour leading to it, state by state (empty when TLC printed none).
 */
public record Violation(ViolationKind kind, String name, List<TraceState> trace) {

  public Violation {
    trace = List.copyOf(trace);
  }
}

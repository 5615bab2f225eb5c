package org.minix3j.verification.tlc;

import java.util.List;

/**
 * One state of a counterexample trace as TLC reported it: its position in the behaviour
 * (1 is the initial state), the action that led to it, and every variable's value in TLA+
 * notation, in declaration order.
 */
public record TraceState(long number, String action, List<Variable> variables) {

  public TraceState {
    variables = List.copyOf(variables);
  }

  /** One variable of a state and its value as TLA+ text. */
  public record Variable(String name, String value) {}
}

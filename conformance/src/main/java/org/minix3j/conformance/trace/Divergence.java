package org.minix3j.conformance.trace;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The first point where an implementation left a behaviour of its specification: after the
 * reset (step 0) or after step {@code stepNumber}, the observed state differed from the
 * specification's, or the binding failed.
 *
 * @param spec the specification (or model) replayed
 * @param behaviour the behaviour's label: {@code seed S} or {@code path N}
 * @param stepNumber the step after which the states differ, from 1; 0 for the initial state
 * @param trace the steps up to and including that one, one per line
 * @param expected the specification's state there (the compared variables)
 * @param actual the observed state (the compared variables), or null when the binding failed
 * @param differingVariables the compared variables whose values differ, in declaration order
 * @param failure what the binding reported when it failed, or null
 */
public record Divergence(String spec, String behaviour, int stepNumber, String trace,
    SpecState expected, @Nullable SpecState actual, List<String> differingVariables,
    @Nullable String failure) {

  public Divergence {
    differingVariables = List.copyOf(differingVariables);
  }

  /** A short line: where, and which variables. */
  public String summary() {
    String what = failure != null ? "binding failed: " + failure
        : "differs in " + String.join(", ", differingVariables);
    return spec + " " + behaviour + " step " + stepNumber + ": " + what;
  }

  /**
   * The full report: the trace, the differing parts of each differing variable, then the
   * expected and actual states with the differing variables marked {@code *}.
   */
  public String report() {
    StringBuilder text = new StringBuilder();
    text.append("divergence in ").append(spec).append(", behaviour ").append(behaviour)
        .append(", at step ").append(stepNumber).append('\n');
    text.append("trace:\n").append(trace);
    if (failure != null) {
      text.append("the binding failed: ").append(failure).append('\n');
    }
    SpecState observed = actual;
    if (observed != null) {
      text.append("differences:\n");
      for (String variable : differingVariables) {
        for (String line : differences(variable, observed)) {
          text.append("  ").append(line).append('\n');
        }
      }
    }
    text.append("expected:\n").append(marked(expected));
    if (observed != null) {
      text.append("actual:\n").append(marked(observed));
    }
    return text.toString();
  }

  private List<String> differences(String variable, SpecState observed) {
    if (!expected.has(variable)) {
      return List.of(variable + ": not in the specification's state");
    }
    if (!observed.has(variable)) {
      return List.of(variable + ": not observed (expected " + expected.get(variable) + ")");
    }
    return ValueDifferences.describe(variable, expected.get(variable), observed.get(variable));
  }

  private String marked(SpecState state) {
    List<String> lines = new ArrayList<>();
    state.values().forEach((name, value) -> lines.add(
        (differingVariables.contains(name) ? "  * " : "    ") + name + " = " + value));
    return String.join("\n", lines) + "\n";
  }

  @Override
  public String toString() {
    return report();
  }
}

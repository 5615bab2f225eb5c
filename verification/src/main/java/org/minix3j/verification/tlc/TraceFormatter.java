package org.minix3j.verification.tlc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a counterexample for a person: one block per state, headed by its number and the
 * action that produced it, then every variable with its value (multi-line values indented
 * under the name). Variables whose value changed in that step are marked with {@code *}.
 */
public final class TraceFormatter {

  private TraceFormatter() {}

  /** The trace of {@code violation} as text, ending with a newline. */
  public static String format(Violation violation) {
    StringBuilder text = new StringBuilder();
    List<TraceState> trace = violation.trace();
    if (trace.isEmpty()) {
      return "    (TLC printed no trace)\n";
    }
    Map<String, String> previous = new HashMap<>();
    for (TraceState state : trace) {
      text.append("  State ").append(state.number()).append(": ")
          .append(state.action().isEmpty() ? "(action not reported)" : state.action())
          .append('\n');
      int width = state.variables().stream().mapToInt(v -> v.name().length()).max().orElse(0);
      for (TraceState.Variable variable : state.variables()) {
        String before = previous.get(variable.name());
        boolean changed = before != null && !before.equals(variable.value());
        String label = variable.name() + " ".repeat(width - variable.name().length());
        // Continuation lines keep their indentation relative to where the value starts.
        String continuation = "\n" + " ".repeat(width + 7);
        text.append(changed ? "  * " : "    ").append(label).append(" = ")
            .append(variable.value().strip().replace("\n", continuation)).append('\n');
        previous.put(variable.name(), variable.value());
      }
    }
    return text.toString();
  }
}

package org.minix3j.verification.tlc;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.semantic.OpDeclNode;
import tlc2.output.EC;
import tlc2.output.MPRecorder;
import tlc2.tool.Action;
import tlc2.tool.TLCState;
import tlc2.tool.TLCStateInfo;
import tlc2.value.IValue;

/**
 * Receives every message TLC prints, as its message code (see {@link EC}) and its parameters,
 * before TLC formats it as text, and keeps what {@code check} needs: the final statistics, the
 * search depth, the first violation and its trace. Progress reports go to {@code progress} as
 * one short line each, so a long run shows it is alive.
 *
 * <p>Runs inside the TLC child process ({@link TlcChild}); TLC's worker threads may call
 * {@link #record} concurrently, hence the synchronisation.
 */
final class MessageCollector extends MPRecorder {

  private final PrintStream progress;
  private long generated = -1;
  private long distinct = -1;
  private long depth = -1;
  private @Nullable ViolationKind violationKind;
  private String violationName = "";
  private final List<TraceState> trace = new ArrayList<>();

  MessageCollector(PrintStream progress) {
    this.progress = progress;
  }

  @Override
  public synchronized void record(int code, Object... objects) {
    try {
      collect(code, objects);
    } catch (RuntimeException e) {
      // Never disturb TLC: a message this class cannot digest is left to the text log.
    }
  }

  private void collect(int code, Object[] objects) {
    switch (code) {
      case EC.TLC_STATS -> {
        generated = count(objects, 0);
        distinct = count(objects, 1);
      }
      case EC.TLC_SEARCH_DEPTH -> depth = count(objects, 0);
      case EC.TLC_PROGRESS_STATS -> reportProgress(objects);
      case EC.TLC_INVARIANT_VIOLATED_BEHAVIOR, EC.TLC_INVARIANT_VIOLATED_INITIAL,
          EC.TLC_INVARIANT_VIOLATED_LEVEL ->
          violated(ViolationKind.INVARIANT, text(objects, 0));
      case EC.TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR ->
          violated(ViolationKind.ACTION_PROPERTY, text(objects, 0));
      case EC.TLC_PROPERTY_VIOLATED_INITIAL ->
          violated(ViolationKind.INITIAL_PROPERTY, text(objects, 0));
      case EC.TLC_TEMPORAL_PROPERTY_VIOLATED -> violated(ViolationKind.TEMPORAL_PROPERTY, "");
      case EC.TLC_DEADLOCK_REACHED -> violated(ViolationKind.DEADLOCK, "Deadlock");
      case EC.TLC_ASSUMPTION_FALSE -> violated(ViolationKind.ASSUMPTION, text(objects, 0));
      case EC.TLC_STATE_PRINT1, EC.TLC_STATE_PRINT2 -> traceState(objects);
      case EC.TLC_STATE_PRINT3 -> loopEnd(objects);
      case EC.TLC_BACK_TO_STATE -> {
        if (violationKind != null) {
          trace.add(new TraceState(
              trace.size() + 1L, "Back to state " + text(objects, 0), List.of()));
        }
      }
      default -> {
        // Every other message only matters as text, which the parent reads from the log.
      }
    }
  }

  /** The report gathered so far, with TLC's exit status, its run time and errors to add. */
  synchronized TlcReport report(int exitStatus, double seconds, List<String> errors) {
    ViolationKind kind = violationKind;
    Violation violation = kind == null ? null : new Violation(kind, violationName, trace);
    return new TlcReport(generated, distinct, depth, exitStatus, seconds, violation, errors);
  }

  /** The name of the violated check once known, for a temporal violation named afterwards. */
  synchronized void nameTemporalViolation(String name) {
    if (violationKind == ViolationKind.TEMPORAL_PROPERTY && violationName.isEmpty()) {
      violationName = name;
    }
  }

  synchronized @Nullable ViolationKind violationKind() {
    return violationKind;
  }

  private void violated(ViolationKind kind, String name) {
    if (violationKind == null) {
      violationKind = kind;
      violationName = name;
    }
  }

  private void traceState(Object[] objects) {
    if (violationKind == null || objects.length == 0) {
      return;
    }
    Object first = objects[0];
    long number = objects.length > 1 && objects[1] instanceof Integer index
        ? index : trace.size() + 1L;
    if (first instanceof TLCStateInfo info) {
      trace.add(new TraceState(number, actionName(info.info), variables(info.state)));
    } else if (first instanceof TLCState state) {
      trace.add(new TraceState(number, state.isInitial() ? "Initial predicate" : "",
          variables(state)));
    }
  }

  /** The end of a liveness counterexample: stuttering forever, or a loop to a state. */
  private void loopEnd(Object[] objects) {
    if (violationKind == null) {
      return;
    }
    long number = objects.length > 1 && objects[1] instanceof Integer index
        ? index : trace.size() + 1L;
    if (objects.length > 0 && objects[0] instanceof TLCStateInfo info && info.state != null) {
      trace.add(new TraceState(number, "Back to state: " + actionName(info.info),
          variables(info.state)));
    } else {
      trace.add(new TraceState(number, "Stuttering (no further step is taken)", List.of()));
    }
  }

  private static String actionName(@Nullable Object info) {
    if (info instanceof Action action) {
      return action.getName().toString();
    }
    if (info == null) {
      return "";
    }
    // TLC describes the step as "<Name line L, col C to line L, col C of module M>".
    String text = info.toString().strip();
    if (text.startsWith("<") && text.endsWith(">")) {
      text = text.substring(1, text.length() - 1);
    }
    int location = text.indexOf(" line ");
    return location > 0 ? text.substring(0, location) : text;
  }

  private static List<TraceState.Variable> variables(TLCState state) {
    // In declaration order, as the specification lists them.
    List<TraceState.Variable> variables = new ArrayList<>();
    List<OpDeclNode> declared = new ArrayList<>(List.of(state.getVars()));
    declared.sort(Comparator.comparingInt((OpDeclNode variable) -> variable.getLocation().beginLine())
        .thenComparingInt(variable -> variable.getLocation().beginColumn()));
    for (OpDeclNode variable : declared) {
      String name = variable.getName().toString();
      IValue value = state.lookup(variable.getName());
      variables.add(new TraceState.Variable(name, value == null ? "(unassigned)" : value.toString()));
    }
    return variables;
  }

  private void reportProgress(Object[] objects) {
    // Parameters: depth, generated, distinct, states left on the queue, then (in the
    // six-parameter form) the generated and distinct rates per minute.
    int length = objects.length;
    if ((length == 4 || length == 6) && count(objects, 3) > 0) {
      progress.println(TlcChild.PROGRESS_PREFIX + text(objects, 1) + " states generated, "
          + text(objects, 2) + " distinct, " + text(objects, 3)
          + " left on the queue, depth " + text(objects, 0));
      progress.flush();
    }
  }

  private static String text(Object[] objects, int index) {
    return index < objects.length ? String.valueOf(objects[index]) : "";
  }

  private static long count(Object[] objects, int index) {
    String digits = text(objects, index).replaceAll("[^0-9]", "");
    if (digits.isEmpty() || digits.length() > 18) {
      return -1;
    }
    return Long.parseLong(digits);
  }
}

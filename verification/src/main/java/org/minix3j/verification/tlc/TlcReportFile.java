package org.minix3j.verification.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The file through which the TLC child process hands its {@link TlcReport} to the parent: one
 * record per line, tab-separated, a keyword first ({@code generated}, {@code distinct}, {@code
 * depth}, {@code exit}, {@code seconds}, {@code violation}, {@code state}, {@code variable},
 * {@code error}); tabs, newlines and backslashes inside values are escaped. A {@code variable}
 * line belongs to the {@code state} line before it.
 */
public final class TlcReportFile {

  private TlcReportFile() {}

  /** Writes {@code report} to {@code file}. */
  public static void write(Path file, TlcReport report) throws IOException {
    StringBuilder text = new StringBuilder();
    line(text, "generated", Long.toString(report.generated()));
    line(text, "distinct", Long.toString(report.distinct()));
    line(text, "depth", Long.toString(report.depth()));
    line(text, "exit", Integer.toString(report.exitStatus()));
    line(text, "seconds", Double.toString(report.seconds()));
    Violation violation = report.violation();
    if (violation != null) {
      line(text, "violation", violation.kind().name(), violation.name());
      for (TraceState state : violation.trace()) {
        line(text, "state", Long.toString(state.number()), state.action());
        for (TraceState.Variable variable : state.variables()) {
          line(text, "variable", variable.name(), variable.value());
        }
      }
    }
    for (String error : report.errors()) {
      line(text, "error", error);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Reads a report written by {@link #write}; a damaged file gives an IOException. */
  public static TlcReport read(Path file) throws IOException {
    long generated = -1;
    long distinct = -1;
    long depth = -1;
    int exit = -1;
    double seconds = 0;
    ViolationKind kind = null;
    String name = "";
    List<TraceState> trace = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    long stateNumber = 0;
    String action = "";
    List<TraceState.Variable> variables = new ArrayList<>();
    boolean inState = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", -1);
      for (int i = 0; i < fields.length; i++) {
        fields[i] = unescape(fields[i]);
      }
      try {
        switch (fields[0]) {
          case "generated" -> generated = Long.parseLong(fields[1]);
          case "distinct" -> distinct = Long.parseLong(fields[1]);
          case "depth" -> depth = Long.parseLong(fields[1]);
          case "exit" -> exit = Integer.parseInt(fields[1]);
          case "seconds" -> seconds = Double.parseDouble(fields[1]);
          case "violation" -> {
            kind = ViolationKind.valueOf(fields[1]);
            name = fields[2];
          }
          case "state" -> {
            if (inState) {
              trace.add(new TraceState(stateNumber, action, variables));
            }
            inState = true;
            stateNumber = Long.parseLong(fields[1]);
            action = fields[2];
            variables = new ArrayList<>();
          }
          case "variable" -> variables.add(new TraceState.Variable(fields[1], fields[2]));
          case "error" -> errors.add(fields[1]);
          default -> throw new IOException("unknown record '" + fields[0] + "'");
        }
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw new IOException("damaged TLC report " + file + " at '" + line + "': " + e, e);
      }
    }
    if (inState) {
      trace.add(new TraceState(stateNumber, action, variables));
    }
    @Nullable Violation violation = kind == null ? null : new Violation(kind, name, trace);
    return new TlcReport(generated, distinct, depth, exit, seconds, violation, errors);
  }

  private static void line(StringBuilder text, String keyword, String... values) {
    text.append(keyword);
    for (String value : values) {
      text.append('\t').append(escape(value));
    }
    text.append('\n');
  }

  static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  static String unescape(String value) {
    StringBuilder plain = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        plain.append(switch (next) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> next;
        });
      } else {
        plain.append(c);
      }
    }
    return plain.toString();
  }
}

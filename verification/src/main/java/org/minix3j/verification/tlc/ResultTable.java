package org.minix3j.verification.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table printed after a check: one row per model with its kind, states generated,
 * distinct states, search depth, seconds and result; columns padded to their widest cell.
 */
public final class ResultTable {

  private static final List<String> HEADINGS =
      List.of("model", "kind", "generated", "distinct", "depth", "seconds", "result");

  private ResultTable() {}

  /** The table for {@code outcomes}, ending with a newline. */
  public static String format(List<ModelOutcome> outcomes) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADINGS);
    for (ModelOutcome outcome : outcomes) {
      TlcReport report = outcome.report();
      rows.add(List.of(
          outcome.entry().model(),
          outcome.entry().kind().manifestName(),
          count(report.generated()),
          count(report.distinct()),
          count(report.depth()),
          String.format(Locale.ROOT, "%.1f", report.seconds()),
          outcome.result()));
    }
    int[] widths = new int[HEADINGS.size()];
    for (List<String> row : rows) {
      for (int column = 0; column < row.size(); column++) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < row.size(); column++) {
        String cell = row.get(column);
        boolean numeric = column >= 2 && column <= 5;
        String padding = " ".repeat(widths[column] - cell.length());
        line.append(column == 0 ? "" : "  ").append(numeric ? padding + cell : cell + padding);
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static String count(long value) {
    return value < 0 ? "-" : Long.toString(value);
  }
}

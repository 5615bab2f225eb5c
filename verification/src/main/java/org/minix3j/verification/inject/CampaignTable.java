package org.minix3j.verification.inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign's rows as the table {@code minix3j inject} prints (one line per kind and a total)
 * and as JSON lines, one object per kind, which {@link #merge} adds up again across shards.
 *
 * <p>Columns: injected; detected by exit or exception, by heartbeat, by privilege refusal, by the
 * requester; undetected; RS's restarts and back-offs; illegal accesses not refused; the
 * workload's errors on block devices and on the terminal; data mismatches; kernel invariant
 * violations. Undetected, not refused, block errors, mismatches and violations must be 0.
 */
public final class CampaignTable {
  private static final String FORMAT =
      "%-13s %8s %7s %9s %7s %9s %10s %8s %8s %11s %10s %9s %10s %10s%n";

  private CampaignTable() {}

  /** The table of {@code rows}, with a total line. */
  public static String table(List<KindRow> rows) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, FORMAT, "kind", "injected", "exit", "heartbeat",
        "refusal", "requester", "undetected", "restarts", "backoffs", "not-refused",
        "block-errs", "tty-errs", "mismatches", "violations"));
    KindRow total = null;
    for (KindRow row : rows) {
      text.append(line(row.kind().word(), row));
      total = total == null ? row : total.plus(row);
    }
    if (total != null) {
      text.append(line("total", total));
    }
    return text.toString();
  }

  private static String line(String name, KindRow r) {
    return String.format(Locale.ROOT, FORMAT, name, r.injected(), r.byExit(), r.byHeartbeat(),
        r.byRefusal(), r.byRequester(), r.undetected(), r.restarts(), r.backoffs(),
        r.notRefused(), r.blockErrors(), r.terminalErrors(), r.mismatches(), r.violations());
  }

  /** One JSON line per row. */
  public static List<String> jsonLines(long seed, List<KindRow> rows) {
    return rows.stream().map(row -> row.json(seed)).toList();
  }

  /** The rows of JSON lines (of one or more shards), added up per kind in the kinds' order. */
  public static List<KindRow> merge(List<String> lines) {
    Map<FaultKind, KindRow> sums = new LinkedHashMap<>();
    for (FaultKind kind : FaultKind.values()) {
      for (String line : lines) {
        KindRow row = parse(line);
        if (row.kind() == kind) {
          KindRow before = sums.get(kind);
          sums.put(kind, before == null ? row : before.plus(row));
        }
      }
    }
    return new ArrayList<>(sums.values());
  }

  /** The row of one JSON line as {@link KindRow#json} writes it. */
  static KindRow parse(String line) {
    String word = text(line, "kind");
    FaultKind kind = FaultKind.ofWord(word);
    if (kind == null) {
      throw new IllegalArgumentException("no fault kind '" + word + "' in " + line);
    }
    return new KindRow(kind, number(line, "injected"), number(line, "exit"),
        number(line, "heartbeat"), number(line, "refusal"), number(line, "requester"),
        number(line, "restarts"), number(line, "backoffs"), number(line, "not_refused"),
        number(line, "block_errors"), number(line, "terminal_errors"), number(line, "mismatches"),
        number(line, "violations"));
  }

  private static int valueStart(String line, String key) {
    int at = line.indexOf("\"" + key + "\":");
    if (at < 0) {
      throw new IllegalArgumentException("no \"" + key + "\" in " + line);
    }
    return at + key.length() + 3;
  }

  private static long number(String line, String key) {
    int start = valueStart(line, key);
    int end = start;
    while (end < line.length() && (Character.isDigit(line.charAt(end)) || line.charAt(end) == '-')) {
      end++;
    }
    return Long.parseLong(line.substring(start, end));
  }

  private static String text(String line, String key) {
    int start = valueStart(line, key) + 1;
    int end = line.indexOf('"', start);
    if (end < 0) {
      throw new IllegalArgumentException("an unterminated \"" + key + "\" in " + line);
    }
    return line.substring(start, end);
  }
}

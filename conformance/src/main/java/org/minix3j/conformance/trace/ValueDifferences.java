package org.minix3j.conformance.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Where two values differ, down to the smallest differing parts: {@code pstate[3]: expected
 * "sending", actual "running"}, {@code outbox[3].id: expected 1, actual 0}, {@code pending[2]:
 * missing {4}, extra {}}. Used by divergence reports.
 */
final class ValueDifferences {

  private ValueDifferences() {}

  /** One line per differing part of {@code expected} and {@code actual}, named from {@code path}. */
  static List<String> describe(String path, TlaValue expected, TlaValue actual) {
    List<String> lines = new ArrayList<>();
    collect(path, expected, actual, lines);
    return lines;
  }

  private static void collect(String path, TlaValue expected, TlaValue actual,
      List<String> lines) {
    if (expected.equals(actual)) {
      return;
    }
    if (expected instanceof TlaValue.Seq(List<TlaValue> left)
        && actual instanceof TlaValue.Seq(List<TlaValue> right) && left.size() == right.size()) {
      for (int i = 0; i < left.size(); i++) {
        collect(path + "[" + (i + 1) + "]", left.get(i), right.get(i), lines);
      }
    } else if (expected instanceof TlaValue.Rec(SortedMap<String, TlaValue> left)
        && actual instanceof TlaValue.Rec(SortedMap<String, TlaValue> right)
        && left.keySet().equals(right.keySet())) {
      left.forEach((name, value) -> {
        TlaValue other = right.get(name);
        if (other != null) {
          collect(path + "." + name, value, other, lines);
        }
      });
    } else if (expected instanceof TlaValue.Fcn(SortedMap<TlaValue, TlaValue> left)
        && actual instanceof TlaValue.Fcn(SortedMap<TlaValue, TlaValue> right)
        && left.keySet().equals(right.keySet())) {
      left.forEach((key, value) -> {
        TlaValue other = right.get(key);
        if (other != null) {
          collect(path + "[" + key + "]", value, other, lines);
        }
      });
    } else if (expected instanceof TlaValue.SetOf(List<TlaValue> left)
        && actual instanceof TlaValue.SetOf(List<TlaValue> right)) {
      TreeSet<TlaValue> missing = new TreeSet<>(left);
      missing.removeAll(right);
      TreeSet<TlaValue> extra = new TreeSet<>(right);
      extra.removeAll(left);
      lines.add(path + ": missing " + TlaValue.set(missing) + ", extra " + TlaValue.set(extra));
    } else {
      lines.add(path + ": expected " + expected + ", actual " + actual);
    }
  }
}

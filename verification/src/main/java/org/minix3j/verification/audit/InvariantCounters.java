package org.minix3j.verification.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Per invariant, in a fixed order: how often it was evaluated and how often it was violated. */
final class InvariantCounters {
  private final Map<String, long[]> counts = new LinkedHashMap<>();

  InvariantCounters(Iterable<String> names) {
    for (String name : names) {
      counts.put(name, new long[2]);
    }
  }

  /** Counts one evaluation of {@code name}; returns {@code holds}. */
  boolean count(String name, boolean holds) {
    long[] c = counts.get(name);
    if (c == null) {
      throw new IllegalArgumentException("unknown invariant " + name);
    }
    c[0]++;
    if (!holds) {
      c[1]++;
    }
    return holds;
  }

  long evaluations(String name) {
    return counts.getOrDefault(name, new long[2])[0];
  }

  long violations(String name) {
    return counts.getOrDefault(name, new long[2])[1];
  }

  long totalViolations() {
    long total = 0;
    for (long[] c : counts.values()) {
      total += c[1];
    }
    return total;
  }

  java.util.List<String> names() {
    return java.util.List.copyOf(counts.keySet());
  }
}

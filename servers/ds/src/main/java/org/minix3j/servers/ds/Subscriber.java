package org.minix3j.servers.ds;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One subscribing process: its expressions (each matched against whole keys) and the queue of
 * keys that changed since it last asked ({@code DsCalls.CHECK}). A key is queued once however
 * often it changes before the subscriber asks; CHECK reports the entry as it is then.
 */
final class Subscriber {
  private final int endpoint;
  private final List<Pattern> patterns = new ArrayList<>();
  private final LinkedHashSet<String> changed = new LinkedHashSet<>();

  Subscriber(int endpoint) {
    this.endpoint = endpoint;
  }

  int endpoint() {
    return endpoint;
  }

  int patternCount() {
    return patterns.size();
  }

  /** Adds {@code pattern} unless an equal expression is there already. */
  void add(Pattern pattern) {
    for (Pattern existing : patterns) {
      if (existing.pattern().equals(pattern.pattern())) {
        return;
      }
    }
    patterns.add(pattern);
  }

  boolean matches(String key) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(key).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Queues {@code key}; returns whether the queue was empty before (a NOTIFY is due). */
  boolean queue(String key, int limit) {
    boolean wasEmpty = changed.isEmpty();
    changed.remove(key);
    if (changed.size() >= limit) {
      Iterator<String> oldest = changed.iterator();
      oldest.next();
      oldest.remove();
    }
    changed.add(key);
    return wasEmpty;
  }

  /** The oldest queued key, still queued, or null. */
  @Nullable String peek() {
    Iterator<String> keys = changed.iterator();
    return keys.hasNext() ? keys.next() : null;
  }

  void take(String key) {
    changed.remove(key);
  }

  int queued() {
    return changed.size();
  }
}

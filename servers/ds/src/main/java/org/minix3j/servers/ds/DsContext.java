package org.minix3j.servers.ds;

import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.DsCalls;

/**
 * DS's tables: the entries by key, the subscribers by endpoint, and the naming index (endpoint
 * to label) built from the label entries RS published. Ordered maps only, so that everything
 * DS does (the order of notifications, of CHECK answers) follows from its inputs alone.
 *
 * <p>A label entry is a {@link DsCalls#KIND_LABEL} entry published by RS whose key has no dot
 * ("pm", "tty"); keys with dots ("driver.major.4") name endpoints too but are not labels.
 */
final class DsContext {
  final SystemCalls sys;
  final DsConfig config;
  final TreeMap<String, Entry> entries = new TreeMap<>();
  final TreeMap<Integer, Subscriber> subscribers = new TreeMap<>();
  private final TreeMap<Integer, String> labels = new TreeMap<>();

  DsContext(SystemCalls sys, DsConfig config) {
    this.sys = sys;
    this.config = config;
  }

  /** Whether {@code endpoint} is RS, which may publish and delete anything. */
  static boolean isRs(int endpoint) {
    return Endpoint.isProcess(endpoint) && Endpoint.slot(endpoint) == SystemSlots.RS;
  }

  /** Whether {@code endpoint} is a user process (it may only read). */
  static boolean isUser(int endpoint) {
    return Endpoint.isProcess(endpoint) && SystemSlots.isUser(Endpoint.slot(endpoint));
  }

  /** The label RS published for {@code endpoint}, or null. */
  @Nullable String labelOf(int endpoint) {
    return labels.get(endpoint);
  }

  /** Puts {@code entry} in the store and keeps the naming index in step. */
  void put(Entry entry) {
    Entry old = entries.put(entry.key(), entry);
    if (old != null) {
      unindex(old);
    }
    if (isLabelEntry(entry)) {
      labels.put(entry.value(), entry.key());
    }
  }

  void remove(Entry entry) {
    entries.remove(entry.key());
    unindex(entry);
  }

  private void unindex(Entry entry) {
    if (isLabelEntry(entry) && entry.key().equals(labels.get(entry.value()))) {
      labels.remove(entry.value());
    }
  }

  private static boolean isLabelEntry(Entry entry) {
    return entry.kind() == DsCalls.KIND_LABEL
        && isRs(entry.ownerEndpoint())
        && entry.key().indexOf('.') < 0;
  }
}

package org.minix3j.conformance.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A TLA+ value as plain, immutable Java: what a spec variable or an action parameter holds, in
 * the form a binding builds from the kernel's state and a divergence report prints.
 *
 * <p>Values are canonical, so that structural equality is TLA+ equality: a function whose
 * domain is {@code 1..n} is a {@link Seq} (as in TLA+, where a sequence is such a function and
 * the empty function is {@code <<>>}); a function whose domain is a non-empty set of strings is
 * a {@link Rec}; any other function is a {@link Fcn}. Build values through {@link
 * #function(Map)}, {@link #set(Collection)}, {@link #record(Map)} and {@link #seq(List)} (or
 * the records' constructors, which check their own invariants). Integers pass through
 * unchanged: an endpoint is the spec's integer, whatever its encoding.
 *
 * <p>Values are totally ordered (first by kind, then by content), which is what keeps the
 * elements of a set and the keys of a function sorted and their printing stable. {@code
 * toString} is TLA+ syntax: {@code 3}, {@code "running"}, {@code TRUE}, {@code <<1, 2>>},
 * {@code {1, 2}}, {@code [id |-> 0, src |-> -2]}, {@code (0 :> "a" @@ 5 :> "b")}.
 */
public sealed interface TlaValue extends Comparable<TlaValue> {

  /** An integer. */
  record Int(long value) implements TlaValue {
    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /** A string. */
  record Str(String value) implements TlaValue {
    @Override
    public String toString() {
      return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
  }

  /** A Boolean. */
  record Bool(boolean value) implements TlaValue {
    @Override
    public String toString() {
      return value ? "TRUE" : "FALSE";
    }
  }

  /** A model value of the TLC configuration (a constant that equals only itself). */
  record ModelVal(String name) implements TlaValue {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A sequence (tuple): the function on {@code 1..n}. */
  record Seq(List<TlaValue> elements) implements TlaValue {
    public Seq {
      elements = List.copyOf(elements);
    }

    /** The element at TLA+ index {@code index} (from 1). */
    public TlaValue at(int index) {
      return elements.get(index - 1);
    }

    @Override
    public String toString() {
      return joined(elements, "<<", ", ", ">>");
    }
  }

  /** A finite set; its elements are kept sorted. */
  record SetOf(List<TlaValue> elements) implements TlaValue {
    public SetOf {
      elements = List.copyOf(new TreeSet<>(elements));
    }

    public boolean contains(TlaValue value) {
      return elements.contains(value);
    }

    @Override
    public String toString() {
      return joined(elements, "{", ", ", "}");
    }
  }

  /** A record: a function on a non-empty set of field names, kept sorted by name. */
  record Rec(SortedMap<String, TlaValue> fields) implements TlaValue {
    public Rec {
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("a record has at least one field; use <<>>");
      }
      fields = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    public TlaValue field(String name) {
      TlaValue value = fields.get(name);
      if (value == null) {
        throw new IllegalArgumentException("no field " + name + " in " + this);
      }
      return value;
    }

    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      fields.forEach((name, value) -> parts.add(name + " |-> " + value));
      return "[" + String.join(", ", parts) + "]";
    }
  }

  /** A function whose domain is neither {@code 1..n} nor a set of field names. */
  record Fcn(SortedMap<TlaValue, TlaValue> mapping) implements TlaValue {
    public Fcn {
      if (isSequenceDomain(mapping.keySet()) || isRecordDomain(mapping.keySet())) {
        throw new IllegalArgumentException("not canonical, use TlaValue.function: " + mapping);
      }
      mapping = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(mapping));
    }

    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      mapping.forEach((key, value) -> parts.add(key + " :> " + value));
      return "(" + String.join(" @@ ", parts) + ")";
    }
  }

  static Int integer(long value) {
    return new Int(value);
  }

  static Str string(String value) {
    return new Str(value);
  }

  static Bool bool(boolean value) {
    return new Bool(value);
  }

  static Seq seq(List<? extends TlaValue> elements) {
    return new Seq(List.copyOf(elements));
  }

  static Seq seq(TlaValue... elements) {
    return new Seq(List.of(elements));
  }

  static SetOf set(Collection<? extends TlaValue> elements) {
    return new SetOf(List.copyOf(elements));
  }

  static SetOf set(TlaValue... elements) {
    return new SetOf(List.of(elements));
  }

  /** A record with the given fields (at least one). */
  static Rec record(Map<String, ? extends TlaValue> fields) {
    return new Rec(new TreeMap<>(fields));
  }

  /** The function with this mapping, in canonical form (sequence, record or function). */
  static TlaValue function(Map<? extends TlaValue, ? extends TlaValue> mapping) {
    TreeMap<TlaValue, TlaValue> sorted = new TreeMap<>(mapping);
    if (isSequenceDomain(sorted.keySet())) {
      return new Seq(new ArrayList<>(sorted.values()));
    }
    if (isRecordDomain(sorted.keySet())) {
      TreeMap<String, TlaValue> fields = new TreeMap<>();
      sorted.forEach((key, value) -> fields.put(((Str) key).value(), value));
      return new Rec(fields);
    }
    return new Fcn(sorted);
  }

  /** The keys 1..n in order, n >= 0 (the empty function is the empty sequence). */
  private static boolean isSequenceDomain(Collection<? extends TlaValue> sortedKeys) {
    long expected = 1;
    for (TlaValue key : sortedKeys) {
      if (!(key instanceof Int(long value)) || value != expected) {
        return false;
      }
      expected++;
    }
    return true;
  }

  private static boolean isRecordDomain(Collection<? extends TlaValue> keys) {
    return !keys.isEmpty() && keys.stream().allMatch(key -> key instanceof Str);
  }

  private static String joined(List<TlaValue> values, String open, String separator,
      String close) {
    StringBuilder text = new StringBuilder(open);
    Iterator<TlaValue> iterator = values.iterator();
    while (iterator.hasNext()) {
      text.append(iterator.next());
      if (iterator.hasNext()) {
        text.append(separator);
      }
    }
    return text.append(close).toString();
  }

  @Override
  default int compareTo(TlaValue other) {
    return TlaValueOrder.INSTANCE.compare(this, other);
  }

  /** The total order on values: by kind, then by content. */
  final class TlaValueOrder implements Comparator<TlaValue> {
    static final TlaValueOrder INSTANCE = new TlaValueOrder();

    private TlaValueOrder() {}

    @Override
    public int compare(TlaValue left, TlaValue right) {
      int byKind = Integer.compare(rank(left), rank(right));
      if (byKind != 0) {
        return byKind;
      }
      return switch (left) {
        case Int(long value) -> Long.compare(value, ((Int) right).value());
        case Str(String value) -> value.compareTo(((Str) right).value());
        case Bool(boolean value) -> Boolean.compare(value, ((Bool) right).value());
        case ModelVal(String name) -> name.compareTo(((ModelVal) right).name());
        case Seq(List<TlaValue> elements) -> compareLists(elements, ((Seq) right).elements());
        case SetOf(List<TlaValue> elements) -> compareLists(elements, ((SetOf) right).elements());
        case Rec(SortedMap<String, TlaValue> fields) -> compareLists(
            flatten(fields), flatten(((Rec) right).fields()));
        case Fcn(SortedMap<TlaValue, TlaValue> mapping) -> compareLists(
            flatten(mapping), flatten(((Fcn) right).mapping()));
      };
    }

    private static int rank(TlaValue value) {
      if (value instanceof Bool) {
        return 0;
      } else if (value instanceof Int) {
        return 1;
      } else if (value instanceof Str) {
        return 2;
      } else if (value instanceof ModelVal) {
        return 3;
      } else if (value instanceof Seq) {
        return 4;
      } else if (value instanceof SetOf) {
        return 5;
      } else if (value instanceof Rec) {
        return 6;
      }
      return 7;
    }

    private static List<TlaValue> flatten(SortedMap<?, TlaValue> map) {
      List<TlaValue> flat = new ArrayList<>();
      map.forEach((key, value) -> {
        flat.add(key instanceof TlaValue keyValue ? keyValue : new Str(String.valueOf(key)));
        flat.add(value);
      });
      return flat;
    }

    private int compareLists(List<TlaValue> left, List<TlaValue> right) {
      for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
        int byElement = compare(left.get(i), right.get(i));
        if (byElement != 0) {
          return byElement;
        }
      }
      return Integer.compare(left.size(), right.size());
    }
  }
}

package org.minix3j.conformance.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One state of a specification: each variable's value, in the order the specification declares
 * its variables. Equal when the same variables hold equal values (order aside). A binding builds
 * one from the kernel's real state (the abstraction function); the generators take them from
 * TLC.
 */
public final class SpecState {

  private final SequencedMap<String, TlaValue> values;

  private SpecState(SequencedMap<String, TlaValue> values) {
    this.values = Collections.unmodifiableSequencedMap(values);
  }

  /** The state with these variables and values, in the map's iteration order. */
  public static SpecState of(Map<String, ? extends TlaValue> values) {
    return new SpecState(new LinkedHashMap<>(values));
  }

  /** A builder keeping the order in which variables are set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The variables, in declaration order. */
  public List<String> variables() {
    return List.copyOf(values.sequencedKeySet());
  }

  /** The value of {@code variable}; an unknown name is an error naming the known ones. */
  public TlaValue get(String variable) {
    TlaValue value = values.get(variable);
    if (value == null) {
      throw new IllegalArgumentException("no variable " + variable + " in " + values.keySet());
    }
    return value;
  }

  public boolean has(String variable) {
    return values.containsKey(variable);
  }

  public SequencedMap<String, TlaValue> values() {
    return values;
  }

  /** This state with only the given variables (those it has), in this state's order. */
  public SpecState restrictedTo(Collection<String> variables) {
    SequencedMap<String, TlaValue> kept = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (variables.contains(name)) {
        kept.put(name, value);
      }
    });
    return new SpecState(kept);
  }

  /** This state with {@code variable} set to {@code value} (a copy; this one is unchanged). */
  public SpecState with(String variable, TlaValue value) {
    SequencedMap<String, TlaValue> changed = new LinkedHashMap<>(values);
    changed.put(variable, value);
    return new SpecState(changed);
  }

  /**
   * The variables, among {@code variables}, whose values differ between this state and {@code
   * other}, a variable missing from one side counting as different; in this state's order, then
   * the other's.
   */
  public List<String> differingVariables(SpecState other, Collection<String> variables) {
    List<String> differing = new ArrayList<>();
    for (String name : values.keySet()) {
      if (variables.contains(name) && !values.get(name).equals(other.values.get(name))) {
        differing.add(name);
      }
    }
    for (String name : other.values.keySet()) {
      if (variables.contains(name) && !values.containsKey(name)) {
        differing.add(name);
      }
    }
    return differing;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SpecState state && values.equals(state.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** One line per variable: {@code name = value}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    values.forEach((name, value) -> text.append(name).append(" = ").append(value).append('\n'));
    return text.toString();
  }

  /** Builds a state variable by variable. */
  public static final class Builder {
    private final SequencedMap<String, TlaValue> values = new LinkedHashMap<>();

    private Builder() {}

    public Builder put(String variable, TlaValue value) {
      values.put(variable, value);
      return this;
    }

    public SpecState build() {
      return new SpecState(new LinkedHashMap<>(values));
    }
  }
}

package org.minix3j.conformance.kernel;

import java.util.ArrayList;
import java.util.List;
import org.minix3j.conformance.trace.BindingException;
import org.minix3j.conformance.trace.TlaValue;

/** Reading spec values in a binding: integers, strings, function domains and applications. */
public final class Values {
  private Values() {}

  public static long integer(TlaValue value) throws BindingException {
    if (value instanceof TlaValue.Int i) {
      return i.value();
    }
    throw new BindingException("expected an integer, got " + value);
  }

  public static String string(TlaValue value) throws BindingException {
    if (value instanceof TlaValue.Str s) {
      return s.value();
    }
    if (value instanceof TlaValue.ModelVal m) {
      return m.name();
    }
    throw new BindingException("expected a string, got " + value);
  }

  /** The domain of a function value (a sequence's is 1..n, a record's its field names). */
  public static List<TlaValue> domain(TlaValue function) throws BindingException {
    List<TlaValue> keys = new ArrayList<>();
    switch (function) {
      case TlaValue.Seq seq -> {
        for (int i = 1; i <= seq.elements().size(); i++) {
          keys.add(TlaValue.integer(i));
        }
      }
      case TlaValue.Fcn fcn -> keys.addAll(fcn.mapping().keySet());
      case TlaValue.Rec rec -> rec.fields().keySet().forEach(name -> keys.add(TlaValue.string(name)));
      default -> throw new BindingException("expected a function, got " + function);
    }
    return keys;
  }

  /** {@code function[key]}. */
  public static TlaValue apply(TlaValue function, TlaValue key) throws BindingException {
    TlaValue result =
        switch (function) {
          case TlaValue.Seq seq ->
              key instanceof TlaValue.Int i && i.value() >= 1 && i.value() <= seq.elements().size()
                  ? seq.elements().get((int) i.value() - 1)
                  : null;
          case TlaValue.Fcn fcn -> fcn.mapping().get(key);
          case TlaValue.Rec rec -> key instanceof TlaValue.Str s ? rec.fields().get(s.value()) : null;
          default -> null;
        };
    if (result == null) {
      throw new BindingException("no value at " + key + " in " + function);
    }
    return result;
  }

  /** The elements of a set value. */
  public static List<TlaValue> elements(TlaValue set) throws BindingException {
    if (set instanceof TlaValue.SetOf s) {
      return s.elements();
    }
    throw new BindingException("expected a set, got " + set);
  }
}

package org.minix3j.conformance.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.IntervalValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import tlc2.value.impl.ValueVec;

/**
 * Converts TLC's values ({@code tlc2.value.impl}) into {@link TlaValue}s. Enumerated forms are
 * read directly; any other finite set or function (an interval, a set of records, a lazily
 * evaluated function) is first turned into its enumerated form by TLC itself. A value TLC
 * cannot enumerate (an infinite set, an operator) is an error naming it.
 */
final class TlcValues {

  private TlcValues() {}

  static TlaValue toJava(IValue value) {
    if (!(value instanceof Value tlcValue)) {
      throw new IllegalArgumentException("not a TLC value: " + value);
    }
    return convert(tlcValue);
  }

  private static TlaValue convert(Value value) {
    if (value instanceof IntValue integer) {
      return TlaValue.integer(integer.val);
    } else if (value instanceof StringValue string) {
      return TlaValue.string(string.val.toString());
    } else if (value instanceof BoolValue bool) {
      return TlaValue.bool(bool.val);
    } else if (value instanceof ModelValue model) {
      return new TlaValue.ModelVal(model.val.toString());
    } else if (value instanceof TupleValue tuple) {
      return TlaValue.seq(convertAll(tuple.elems));
    } else if (value instanceof RecordValue record) {
      if (record.names.length == 0) {
        return TlaValue.seq();
      }
      Map<String, TlaValue> fields = new LinkedHashMap<>();
      for (int i = 0; i < record.names.length; i++) {
        fields.put(record.names[i].toString(), convert(record.values[i]));
      }
      return TlaValue.record(fields);
    } else if (value instanceof FcnRcdValue function) {
      return convertFunction(function);
    } else if (value instanceof SetEnumValue set) {
      return TlaValue.set(convertAll(set.elems));
    } else if (value instanceof IntervalValue interval) {
      List<TlaValue> elements = new ArrayList<>();
      for (long i = interval.low; i <= interval.high; i++) {
        elements.add(TlaValue.integer(i));
      }
      return TlaValue.set(elements);
    }
    return convertEnumerated(value);
  }

  private static TlaValue convertFunction(FcnRcdValue function) {
    Map<TlaValue, TlaValue> mapping = new TreeMap<>();
    Value[] domain = function.getDomainAsValues();
    for (int i = 0; i < domain.length; i++) {
      mapping.put(convert(domain[i]), convert(function.values[i]));
    }
    return TlaValue.function(mapping);
  }

  /** Lazily represented sets and functions: let TLC enumerate them. */
  private static TlaValue convertEnumerated(Value value) {
    Value enumerated;
    try {
      enumerated = value.toSetEnum();
      if (enumerated == null) {
        enumerated = value.toFcnRcd();
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot convert the TLA+ value " + value, e);
    }
    if (enumerated == null || enumerated.getClass() == value.getClass()) {
      throw new IllegalArgumentException("cannot convert the TLA+ value " + value + " ("
          + value.getClass().getSimpleName() + ")");
    }
    return convert(enumerated);
  }

  private static List<TlaValue> convertAll(Value[] values) {
    List<TlaValue> converted = new ArrayList<>(values.length);
    for (Value element : values) {
      converted.add(convert(element));
    }
    return converted;
  }

  private static List<TlaValue> convertAll(ValueVec values) {
    List<TlaValue> converted = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      converted.add(convert(values.elementAt(i)));
    }
    return converted;
  }
}

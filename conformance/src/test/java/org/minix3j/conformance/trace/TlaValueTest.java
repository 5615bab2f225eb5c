package org.minix3j.conformance.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TlaValueTest {

  private static TlaValue.Int i(long value) {
    return TlaValue.integer(value);
  }

  private static TlaValue.Str s(String value) {
    return TlaValue.string(value);
  }

  @Test
  void functionOnOneToNIsTheSequence() {
    TlaValue function = TlaValue.function(Map.of(i(2), s("b"), i(1), s("a")));
    assertInstanceOf(TlaValue.Seq.class, function);
    assertEquals(TlaValue.seq(s("a"), s("b")), function);
    assertEquals("<<\"a\", \"b\">>", function.toString());
  }

  @Test
  void emptyFunctionIsTheEmptySequence() {
    assertEquals(TlaValue.seq(), TlaValue.function(Map.of()));
    assertEquals("<<>>", TlaValue.seq().toString());
  }

  @Test
  void functionOnStringsIsTheRecord() {
    TlaValue function = TlaValue.function(Map.of(s("src"), i(-2), s("id"), i(0)));
    assertEquals(TlaValue.record(Map.of("id", i(0), "src", i(-2))), function);
    assertEquals("[id |-> 0, src |-> -2]", function.toString());
  }

  @Test
  void otherFunctionsPrintAsMappings() {
    TlaValue function = TlaValue.function(Map.of(i(5), s("b"), i(0), s("a")));
    assertInstanceOf(TlaValue.Fcn.class, function);
    assertEquals("(0 :> \"a\" @@ 5 :> \"b\")", function.toString());
    assertThrows(IllegalArgumentException.class,
        () -> new TlaValue.Fcn(new java.util.TreeMap<>(Map.of(i(1), s("a")))));
  }

  @Test
  void setsAreSortedAndIgnoreOrderAndRepetition() {
    TlaValue.SetOf set = TlaValue.set(i(3), i(1), i(3), i(-1));
    assertEquals(TlaValue.set(List.of(i(-1), i(1), i(3))), set);
    assertEquals("{-1, 1, 3}", set.toString());
    assertNotEquals(TlaValue.set(i(1)), TlaValue.set(i(1), i(3)));
  }

  @Test
  void kindsNeverCompareEqual() {
    assertNotEquals(i(1), s("1"));
    assertNotEquals(TlaValue.bool(true), s("TRUE"));
    assertEquals("TRUE", TlaValue.bool(true).toString());
    assertEquals("\"say \\\"hi\\\"\"", s("say \"hi\"").toString());
  }

  @Test
  void integersPassThroughUnchanged() {
    assertEquals(1026L, i(1026).value());
    assertEquals("-2", i(-2).toString());
  }
}

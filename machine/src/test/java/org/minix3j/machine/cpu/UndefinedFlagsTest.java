package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minix3j.machine.cpu.UndefinedFlags.AF;
import static org.minix3j.machine.cpu.UndefinedFlags.CF;
import static org.minix3j.machine.cpu.UndefinedFlags.OF;
import static org.minix3j.machine.cpu.UndefinedFlags.PF;
import static org.minix3j.machine.cpu.UndefinedFlags.SF;
import static org.minix3j.machine.cpu.UndefinedFlags.ZF;

import org.junit.jupiter.api.Test;

/** The published table of undefined flags. */
class UndefinedFlagsTest {
  @Test
  void familiesFromTheSdm() {
    assertEquals(AF, UndefinedFlags.forInstruction("XOR"));
    assertEquals(SF | ZF | AF | PF, UndefinedFlags.forInstruction("imul"));
    assertEquals(CF | PF | AF | ZF | SF | OF, UndefinedFlags.forInstruction("idiv"));
    assertEquals(0, UndefinedFlags.forInstruction("add"));
    assertEquals(0, UndefinedFlags.forInstruction("cmpxchg8b"));
  }

  @Test
  void shiftsDependOnCount() {
    assertEquals(0, UndefinedFlags.forShift("shl", 0, 32));
    assertEquals(AF, UndefinedFlags.forShift("shl", 1, 32));
    assertEquals(AF | OF, UndefinedFlags.forShift("shr", 3, 32));
    assertEquals(AF | OF | CF, UndefinedFlags.forShift("shl", 9, 8));
    assertEquals(0, UndefinedFlags.forShift("rcl", 1, 16));
    assertEquals(OF, UndefinedFlags.forShift("ror", 2, 16));
    assertEquals(CF | PF | AF | ZF | SF | OF, UndefinedFlags.forShift("shrd", 17, 16));
  }
}

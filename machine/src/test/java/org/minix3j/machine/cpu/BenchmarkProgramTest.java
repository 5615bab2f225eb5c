package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Runs a gcc -O2 program end to end and checks its result against the host-compiled value. */
class BenchmarkProgramTest {
  @Test
  void gccProgramComputesTheHostResult() {
    CpuHarness h = new CpuHarness();
    h.load(BenchmarkProgram.LOAD_ADDRESS, BenchmarkProgram.TEXT);
    Trap trap = h.cpu.run(200_000_000L);
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind(), trap::toString);
    assertEquals(0x80, trap.vector());
    assertEquals(1, h.reg(RegisterFile.EAX));
    assertEquals((int) BenchmarkProgram.EXPECTED_TOTAL, h.reg(RegisterFile.EBX));
  }
}

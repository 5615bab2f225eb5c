package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Test fixture: a CPU over 1 MiB of RAM with paging off, code loaded at {@link #CODE}, the stack
 * at {@link #STACK_TOP}, data at {@link #DATA}. {@link #run(String)} loads hand-assembled bytes
 * (hex, as produced by {@code as --32}), appends {@code int 0x80} and runs to it.
 */
final class CpuHarness {
  static final int CODE = 0x1000;
  static final int DATA = 0x20000;
  static final int STACK_TOP = 0x80000;

  final PhysicalMemory memory = new PhysicalMemory(1 << 20);
  final Mmu mmu = new Mmu(memory);
  final Cpu cpu = new Cpu(memory, mmu);

  CpuHarness() {
    cpu.setEip(CODE);
    cpu.setRegister(RegisterFile.ESP, STACK_TOP);
  }

  static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  void load(int address, String hex) {
    byte[] code = bytes(hex);
    memory.writeBytes(address, code, 0, code.length);
  }

  /** Runs {@code hex} followed by {@code int 0x80}; fails unless it ends at that INT. */
  CpuHarness run(String hex) {
    load(CODE, hex + "cd80");
    Trap trap = cpu.run(100_000);
    assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind(), () -> "stopped by " + trap);
    assertEquals(0x80, trap.vector(), () -> "stopped by " + trap);
    return this;
  }

  /** Loads {@code hex} at CODE and runs until something stops the CPU. */
  Trap runToTrap(String hex) {
    load(CODE, hex);
    return cpu.run(100_000);
  }

  int reg(int index) {
    return cpu.register(index);
  }

  CpuHarness set(int index, int value) {
    cpu.setRegister(index, value);
    return this;
  }

  int flags() {
    return cpu.eflags();
  }

  boolean flag(int bit) {
    return (cpu.eflags() & bit) != 0;
  }
}

package org.minix3j.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minix3j.machine.bare.BareResult;
import org.minix3j.machine.bare.BareSession;
import org.minix3j.machine.bare.TestPrograms;
import org.minix3j.machine.cpu.Trap;
import org.minix3j.machine.cpu.TrapKind;
import org.minix3j.machine.devices.BoardConfiguration;

/**
 * The machine's run loop: device events fire at the simulated time the executed instructions
 * reach, the time-stamp counter reads the simulated clock, and the same program and inputs
 * give the same instruction count, registers, memory and output on every run.
 */
class MachineTest {
  private static final int CODE = 0x1000;
  private static final int EAX = 0;

  /** A machine with paging off running {@code code} at physical {@link #CODE}. */
  private static Machine machineWith(byte... code) {
    Machine machine = new Machine(1 << 20, BoardConfiguration.defaults());
    machine.memory().writeBytes(CODE, code, 0, code.length);
    machine.cpu().setEip(CODE);
    return machine;
  }

  @Test
  void eventsFireWhenTheInstructionsReachTheirTime() {
    // inc eax; jmp back to it
    try (Machine machine = machineWith((byte) 0x40, (byte) 0xEB, (byte) 0xFD)) {
      long nanosecondsPerInstruction = 1_000_000_000L / Machine.CPU_FREQUENCY_HZ;
      List<Long> firedAt = new ArrayList<>();
      machine.clock().scheduleAt(1_000, "first", () ->
          firedAt.add(machine.cpu().instructionsRetired()));
      machine.clock().scheduleAt(3_000, "second", () ->
          firedAt.add(machine.cpu().instructionsRetired()));
      Trap trap = machine.run(1_000);
      assertEquals(TrapKind.BUDGET_EXHAUSTED, trap.kind());
      assertEquals(List.of(1_000 / nanosecondsPerInstruction, 3_000 / nanosecondsPerInstruction),
          firedAt);
      assertEquals(1_000 * nanosecondsPerInstruction, machine.clock().now());
      assertEquals(1_000, machine.cpu().instructionsRetired());
    }
  }

  @Test
  void timeStampCounterReadsTheSimulatedClockInCycles() {
    // inc eax (3x); rdtsc; int 0x80
    try (Machine machine = machineWith((byte) 0x40, (byte) 0x40, (byte) 0x40, (byte) 0x0F,
        (byte) 0x31, (byte) 0xCD, (byte) 0x80)) {
      machine.clock().advanceTo(1_000); // time charged outside the CPU, e.g. by the kernel
      Trap trap = machine.run(100);
      assertEquals(TrapKind.SOFTWARE_INTERRUPT, trap.kind());
      assertEquals(0x80, trap.vector());
      long cyclesBefore = 1_000 * Machine.CPU_FREQUENCY_HZ / 1_000_000_000L;
      assertEquals(cyclesBefore + 3, machine.cpu().register(EAX) & 0xFFFFFFFFL);
    }
  }

  /** One run's observable results; the output and memory digest in hexadecimal. */
  private record Outcome(BareResult result, String output, String memoryDigest, long time) {}

  private static Outcome runOnce(Path executable) throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (BareSession session = BareSession.load(Files.readAllBytes(executable),
        List.of("sieve", "argument"), List.of("HOME=/"), 16 << 20, output,
        new ByteArrayOutputStream())) {
      BareResult result = session.run(1_000_000_000L);
      Machine machine = session.machine();
      byte[] memory = new byte[machine.memory().size()];
      machine.memory().readBytes(0, memory, 0, memory.length);
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(memory);
      HexFormat hex = HexFormat.of();
      return new Outcome(result, hex.formatHex(output.toByteArray()), hex.formatHex(digest),
          machine.clock().now());
    }
  }

  @Test
  void sameProgramAndInputsRunIdentically(@TempDir Path directory) throws Exception {
    Path executable = TestPrograms.buildC(directory, "sieve", "-O2");
    Outcome first = runOnce(executable);
    Outcome second = runOnce(executable);
    assertEquals(BareResult.Ending.EXITED, first.result().ending(), first.result().describe());
    assertEquals(first.result().instructions(), second.result().instructions());
    assertArrayEquals(first.result().registers(), second.result().registers());
    assertEquals(first.result().eip(), second.result().eip());
    assertEquals(first.result().eflags(), second.result().eflags());
    assertEquals(first.output(), second.output());
    assertEquals(first.memoryDigest(), second.memoryDigest());
    assertEquals(first.time(), second.time());
    assertEquals(first.result().instructions() * 1_000_000_000L / Machine.CPU_FREQUENCY_HZ,
        first.time());
  }
}

package org.minix3j.machine.bare;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.machine.cpu.Trap;

/**
 * How a program run on the bare machine ended: it exited (with a status), it faulted (with the
 * trap: kind, address, EIP), or it used up its instruction limit. Also the instructions
 * retired and the final registers, EIP and EFLAGS.
 *
 * <p>Immutable: the eight general registers are copied in at construction and copied out by
 * {@link #registers()}.
 */
public final class BareResult {
  /** How the run ended. */
  public enum Ending {
    EXITED,
    FAULTED,
    LIMIT_REACHED
  }

  /** Register names by Intel index, for printing. */
  public static final List<String> REGISTER_NAMES =
      List.of("eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi");

  private final Ending ending;
  private final int exitStatus;
  private final @Nullable Trap fault;
  private final long instructions;
  private final int[] registers;
  private final int eip;
  private final int eflags;

  /**
   * @param registers the eight general registers by Intel index (copied)
   * @throws IllegalArgumentException if {@code registers} does not hold exactly eight values
   */
  public BareResult(
      Ending ending,
      int exitStatus,
      @Nullable Trap fault,
      long instructions,
      int[] registers,
      int eip,
      int eflags) {
    if (registers.length != REGISTER_NAMES.size()) {
      throw new IllegalArgumentException(
          "expected " + REGISTER_NAMES.size() + " registers, got " + registers.length);
    }
    this.ending = ending;
    this.exitStatus = exitStatus;
    this.fault = fault;
    this.instructions = instructions;
    this.registers = registers.clone();
    this.eip = eip;
    this.eflags = eflags;
  }

  public Ending ending() {
    return ending;
  }

  /** The exit status (low 8 bits of EBX at exit); 0 unless the program exited. */
  public int exitStatus() {
    return exitStatus;
  }

  /** The trap that stopped the program, or null unless it faulted. */
  public @Nullable Trap fault() {
    return fault;
  }

  /** Instructions retired during the run. */
  public long instructions() {
    return instructions;
  }

  /** A copy of the eight general registers by Intel index. */
  public int[] registers() {
    return registers.clone();
  }

  /** One general register by Intel index (0 = EAX ... 7 = EDI). */
  public int register(int index) {
    return registers[index];
  }

  public int eip() {
    return eip;
  }

  public int eflags() {
    return eflags;
  }

  /** The registers, EIP and EFLAGS on one line each, as {@code --regs} prints them. */
  public String registerDump() {
    StringBuilder text = new StringBuilder();
    for (int index = 0; index < 8; index++) {
      text.append(String.format("%s=%08x%s", REGISTER_NAMES.get(index), registers[index],
          index % 4 == 3 ? "\n" : " "));
    }
    text.append(String.format("eip=%08x eflags=%08x%n", eip, eflags));
    return text.toString();
  }

  /** One line describing the ending, for messages. */
  public String describe() {
    return switch (ending) {
      case EXITED -> "exited with status " + exitStatus;
      case LIMIT_REACHED -> "stopped after " + instructions + " instructions (the limit)";
      case FAULTED -> fault == null ? "faulted" : TrapDescription.describe(fault);
    };
  }

  @Override
  public String toString() {
    return "BareResult[" + describe() + ", instructions=" + instructions + "]";
  }
}

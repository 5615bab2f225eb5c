package org.minix3j.machine.bare;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.machine.cpu.Trap;

/**
 * How a program run on the bare machine ended: it exited (with a status), it faulted (with the
 * trap: kind, address, EIP), or it used up its instruction limit. Also the instructions
 * retired and the final registers, EIP and EFLAGS.
 */
public record BareResult(
    Ending ending,
    int exitStatus,
    @Nullable Trap fault,
    long instructions,
    int[] registers,
    int eip,
    int eflags) {

  /** How the run ended. */
  public enum Ending {
    EXITED,
    FAULTED,
    LIMIT_REACHED
  }

  /** Register names by Intel index, for printing. */
  public static final String[] REGISTER_NAMES = {
    "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"
  };

  /** The registers, EIP and EFLAGS on one line each, as {@code --regs} prints them. */
  public String registerDump() {
    StringBuilder text = new StringBuilder();
    for (int index = 0; index < 8; index++) {
      text.append(String.format("%s=%08x%s", REGISTER_NAMES[index], registers[index],
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
}

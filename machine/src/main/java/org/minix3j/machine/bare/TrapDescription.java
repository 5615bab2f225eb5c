package org.minix3j.machine.bare;

import org.minix3j.machine.cpu.Trap;
import org.minix3j.machine.memory.PageFaultException;

/**
 * Words for a CPU trap, as the bare runner reports a fault: the kind, the address involved
 * and the EIP of the faulting instruction, e.g. {@code page fault: write to a read-only page
 * at 0x08049000, eip 0x08049010}.
 */
public final class TrapDescription {
  private TrapDescription() {}

  public static String describe(Trap trap) {
    String eip = String.format("eip 0x%08x", trap.eip());
    return switch (trap.kind()) {
      case DIVIDE_ERROR -> "divide error (#DE), " + eip;
      case INVALID_OPCODE -> "invalid opcode (#UD), " + eip;
      case GENERAL_PROTECTION ->
          "general protection fault (#GP"
              + (trap.errorCode() != 0 ? String.format(", error 0x%x", trap.errorCode()) : "")
              + (trap.faultAddress() != 0
                  ? String.format(") at 0x%08x", trap.faultAddress()) : ")")
              + ", " + eip;
      case PAGE_FAULT ->
          "page fault (#PF): " + pageFaultCause(trap.errorCode())
              + String.format(" at 0x%08x", trap.faultAddress()) + ", " + eip;
      case SOFTWARE_INTERRUPT ->
          String.format("unexpected software interrupt 0x%x, ", trap.vector())
              + String.format("eip 0x%08x", trap.nextEip());
      case BUDGET_EXHAUSTED -> "instruction budget used up, " + eip;
    };
  }

  /** The #PF error code in words. */
  public static String pageFaultCause(int errorCode) {
    boolean present = (errorCode & PageFaultException.ERROR_PRESENT) != 0;
    boolean write = (errorCode & PageFaultException.ERROR_WRITE) != 0;
    boolean fetch = (errorCode & PageFaultException.ERROR_FETCH) != 0;
    if (fetch) {
      return present ? "instruction fetch from a non-executable page"
          : "instruction fetch from an unmapped page";
    }
    if (write) {
      return present ? "write to a read-only page" : "write to an unmapped page";
    }
    return present ? "read not allowed" : "read from an unmapped page";
  }
}

package org.minix3j.machine.cpu;

/**
 * What stopped the CPU.
 *
 * <p>For a fault ({@link TrapKind#DIVIDE_ERROR}, {@link TrapKind#INVALID_OPCODE}, {@link
 * TrapKind#GENERAL_PROTECTION}, {@link TrapKind#PAGE_FAULT}) {@code eip} is the address of the
 * faulting instruction, which had no effect, and {@code nextEip} equals {@code eip}. For a
 * {@link TrapKind#SOFTWARE_INTERRUPT} both are the address after the instruction (what hardware
 * pushes). For {@link TrapKind#BUDGET_EXHAUSTED} both are the next instruction to run and the
 * vector is -1. {@code faultAddress} is CR2 for a page fault, the linear address for a bus
 * error (#GP on memory outside RAM), and 0 otherwise.
 */
public record Trap(
    TrapKind kind, int vector, int errorCode, int eip, int nextEip, int faultAddress) {

  /** Vector of #DE. */
  public static final int VECTOR_DIVIDE_ERROR = 0;

  /** Vector of #UD. */
  public static final int VECTOR_INVALID_OPCODE = 6;

  /** Vector of #GP. */
  public static final int VECTOR_GENERAL_PROTECTION = 13;

  /** Vector of #PF. */
  public static final int VECTOR_PAGE_FAULT = 14;

  @Override
  public String toString() {
    return String.format(
        "Trap[%s vector=%d error=0x%x eip=0x%08x next=0x%08x address=0x%08x]",
        kind, vector, errorCode, eip, nextEip, faultAddress);
  }
}

package org.minix3j.machine.cpu;

/**
 * A fault or trap raised while an instruction executes; {@link Cpu#run(long)} turns it into a
 * {@link Trap}. Never escapes the cpu package. Carries no stack trace (faults are ordinary).
 */
final class CpuFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final TrapKind kind;
  final int vector;
  final int errorCode;
  final int faultAddress;

  CpuFault(TrapKind kind, int vector, int errorCode, int faultAddress) {
    super(null, null, false, false);
    this.kind = kind;
    this.vector = vector;
    this.errorCode = errorCode;
    this.faultAddress = faultAddress;
  }

  static CpuFault invalidOpcode() {
    return new CpuFault(TrapKind.INVALID_OPCODE, Trap.VECTOR_INVALID_OPCODE, 0, 0);
  }

  static CpuFault generalProtection(int errorCode) {
    return new CpuFault(
        TrapKind.GENERAL_PROTECTION, Trap.VECTOR_GENERAL_PROTECTION, errorCode, 0);
  }

  static CpuFault divideError() {
    return new CpuFault(TrapKind.DIVIDE_ERROR, Trap.VECTOR_DIVIDE_ERROR, 0, 0);
  }

  static CpuFault pageFault(int linear, int errorCode) {
    return new CpuFault(TrapKind.PAGE_FAULT, Trap.VECTOR_PAGE_FAULT, errorCode, linear);
  }

  static CpuFault busError(int linear) {
    return new CpuFault(
        TrapKind.GENERAL_PROTECTION, Trap.VECTOR_GENERAL_PROTECTION, 0, linear);
  }
}

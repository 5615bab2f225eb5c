package org.minix3j.machine.cpu;

/** Why {@link Cpu#run(long)} stopped. */
public enum TrapKind {
  /** INT n, INT3, INTO (when OF=1), INT1: vector n; eip is past the instruction. */
  SOFTWARE_INTERRUPT,
  /** #DE (vector 0): division by zero or a quotient that does not fit. */
  DIVIDE_ERROR,
  /** #UD (vector 6): an undefined or unsupported opcode (x87/MMX/SSE included). */
  INVALID_OPCODE,
  /** #GP (vector 13): a privileged instruction in ring 3, an overlong instruction, a bus error. */
  GENERAL_PROTECTION,
  /** #PF (vector 14): faultAddress is CR2, errorCode the #PF error code. */
  PAGE_FAULT,
  /** The instruction budget was used up; nothing is wrong. */
  BUDGET_EXHAUSTED
}

package org.minix3j.machine.differential;

/** The sixteen condition codes of Jcc, SETcc and CMOVcc, with the flags each reads. */
enum Conditions {
  O(0, Flags.OVERFLOW),
  NO(1, Flags.OVERFLOW),
  B(2, Flags.CARRY),
  AE(3, Flags.CARRY),
  E(4, Flags.ZERO),
  NE(5, Flags.ZERO),
  BE(6, Flags.CARRY | Flags.ZERO),
  A(7, Flags.CARRY | Flags.ZERO),
  S(8, Flags.SIGN),
  NS(9, Flags.SIGN),
  P(10, Flags.PARITY),
  NP(11, Flags.PARITY),
  L(12, Flags.SIGN | Flags.OVERFLOW),
  GE(13, Flags.SIGN | Flags.OVERFLOW),
  LE(14, Flags.ZERO | Flags.SIGN | Flags.OVERFLOW),
  G(15, Flags.ZERO | Flags.SIGN | Flags.OVERFLOW);

  private final int number;
  final int reads;

  Conditions(int number, int reads) {
    this.number = number;
    this.reads = reads;
  }

  /** The mnemonic suffix, e.g. "ae". */
  String suffix() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The condition's number in the opcode (Jcc rel32 is 0F 80+number). */
  int number() {
    return number;
  }

  static Conditions random(java.util.Random random) {
    return values()[random.nextInt(16)];
  }
}

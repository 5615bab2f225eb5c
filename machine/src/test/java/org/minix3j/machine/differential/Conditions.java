package org.minix3j.machine.differential;

/** The sixteen condition codes of Jcc, SETcc and CMOVcc, with the flags each reads. */
enum Conditions {
  O(Flags.OVERFLOW),
  NO(Flags.OVERFLOW),
  B(Flags.CARRY),
  AE(Flags.CARRY),
  E(Flags.ZERO),
  NE(Flags.ZERO),
  BE(Flags.CARRY | Flags.ZERO),
  A(Flags.CARRY | Flags.ZERO),
  S(Flags.SIGN),
  NS(Flags.SIGN),
  P(Flags.PARITY),
  NP(Flags.PARITY),
  L(Flags.SIGN | Flags.OVERFLOW),
  GE(Flags.SIGN | Flags.OVERFLOW),
  LE(Flags.ZERO | Flags.SIGN | Flags.OVERFLOW),
  G(Flags.ZERO | Flags.SIGN | Flags.OVERFLOW);

  final int reads;

  Conditions(int reads) {
    this.reads = reads;
  }

  /** The mnemonic suffix, e.g. "ae". */
  String suffix() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The condition's number in the opcode (Jcc rel32 is 0F 80+number). */
  int number() {
    return ordinal();
  }

  static Conditions random(java.util.Random random) {
    return values()[random.nextInt(16)];
  }
}

package org.minix3j.machine.differential;

/**
 * The EFLAGS bits the differential tests compare, with their names for mismatch reports.
 * Only these are compared, and among them only those defined at the dump point.
 */
final class Flags {
  static final int CARRY = 0x1;
  static final int PARITY = 0x4;
  static final int ADJUST = 0x10;
  static final int ZERO = 0x40;
  static final int SIGN = 0x80;
  static final int DIRECTION = 0x400;
  static final int OVERFLOW = 0x800;
  /** The six arithmetic status flags. */
  static final int STATUS = CARRY | PARITY | ADJUST | ZERO | SIGN | OVERFLOW;
  /** Every flag the tests compare. */
  static final int COMPARED = STATUS | DIRECTION;
  /** The flags LAHF reads and SAHF writes. */
  static final int LOW_BYTE = SIGN | ZERO | ADJUST | PARITY | CARRY;

  private Flags() {}

  static String names(int mask) {
    StringBuilder names = new StringBuilder();
    append(names, mask, CARRY, "CF");
    append(names, mask, PARITY, "PF");
    append(names, mask, ADJUST, "AF");
    append(names, mask, ZERO, "ZF");
    append(names, mask, SIGN, "SF");
    append(names, mask, DIRECTION, "DF");
    append(names, mask, OVERFLOW, "OF");
    return names.length() == 0 ? "none" : names.toString();
  }

  private static void append(StringBuilder names, int mask, int flag, String name) {
    if ((mask & flag) != 0) {
      if (names.length() > 0) {
        names.append(' ');
      }
      names.append(name);
    }
  }
}

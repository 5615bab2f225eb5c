package org.minix3j.machine.cpu;

/**
 * Layer 2 of the CPU: EFLAGS, with the arithmetic flags computed lazily.
 *
 * <p>The common instructions (ADD, ADC, SUB, SBB, CMP, NEG, AND, OR, XOR, TEST, INC, DEC) do not
 * compute flags: they record the operation, its operand size, the operands and the result
 * (operands and result zero-extended to the operand size) and the flags are derived on demand by
 * {@link #arithmeticFlags()} or, for a conditional jump, by {@link #condition(int)} (which reads
 * the common cases straight from the operands). Every other instruction computes its flags
 * eagerly and stores them with {@link #setArithmeticFlags(int)}.
 *
 * <p>Invariant: {@code flagOperation == NONE} means {@code flagCarry} holds the six arithmetic
 * flags (CF, PF, AF, ZF, SF, OF); otherwise they are a function of the recorded operation, and
 * {@code flagCarry} holds the carry into ADC/SBB or the CF preserved by INC/DEC. DF, AC and ID
 * live in {@code controlFlags}. Bit 1 always reads as one, IF reads as one (ring 3 cannot change
 * it), TF/NT/IOPL/VM/RF read as zero.
 *
 * <p>The SDM leaves AF undefined after AND/OR/XOR/TEST: this CPU clears it (see {@link
 * UndefinedFlags}).
 */
abstract class LazyFlags extends RegisterFile {
  static final int CF = 1;
  static final int PF = 1 << 2;
  static final int AF = 1 << 4;
  static final int ZF = 1 << 6;
  static final int SF = 1 << 7;
  static final int IF = 1 << 9;
  static final int DF = 1 << 10;
  static final int OF = 1 << 11;
  static final int AC = 1 << 18;
  static final int ID = 1 << 21;
  static final int ARITHMETIC = CF | PF | AF | ZF | SF | OF;
  static final int CONTROL = DF | AC | ID;
  static final int ALWAYS_ONE = 1 << 1;

  static final int SIZE8 = 0;
  static final int SIZE16 = 1;
  static final int SIZE32 = 2;
  static final int[] MASK = {0xFF, 0xFFFF, 0xFFFFFFFF};
  static final int[] SIGN = {0x80, 0x8000, 0x80000000};

  static final int NONE = 0;
  static final int ADD = 1;
  static final int ADC = 2;
  static final int SUB = 3;
  static final int SBB = 4;
  static final int LOGIC = 5;
  static final int INC = 6;
  static final int DEC = 7;

  private static final int SUB32 = SUB << 2 | SIZE32;
  private static final int LOGIC32 = LOGIC << 2 | SIZE32;

  /** Operation kind << 2 | operand size code. */
  int flagOperation;
  int flagOperand1;
  int flagOperand2;
  int flagResult;
  int flagCarry;
  int controlFlags;

  final void recordFlags(int kind, int size, int operand1, int operand2, int result) {
    int mask = MASK[size];
    flagOperation = kind << 2 | size;
    flagOperand1 = operand1 & mask;
    flagOperand2 = operand2 & mask;
    flagResult = result & mask;
  }

  final void recordFlags32(int kind, int operand1, int operand2, int result) {
    flagOperation = kind << 2 | SIZE32;
    flagOperand1 = operand1;
    flagOperand2 = operand2;
    flagResult = result;
  }

  /** Records ADC/SBB/INC/DEC, which also need the incoming carry. */
  final void recordFlagsWithCarry(
      int kind, int size, int operand1, int operand2, int result, int carry) {
    recordFlags(kind, size, operand1, operand2, result);
    flagCarry = carry;
  }

  final void setArithmeticFlags(int bits) {
    flagOperation = NONE;
    flagCarry = bits & ARITHMETIC;
  }

  /** Replaces only the flags in {@code mask}, keeping the others' current values. */
  final void setSomeArithmeticFlags(int mask, int bits) {
    setArithmeticFlags((arithmeticFlags() & ~mask) | (bits & mask));
  }

  static int parity(int value) {
    return (Integer.bitCount(value & 0xFF) & 1) == 0 ? PF : 0;
  }

  static int zeroSignParity(int size, int result) {
    int masked = result & MASK[size];
    return (masked == 0 ? ZF : 0) | ((masked & SIGN[size]) != 0 ? SF : 0) | parity(masked);
  }

  final int carryFlag() {
    int kind = flagOperation >>> 2;
    return switch (kind) {
      case NONE -> flagCarry & CF;
      case ADD -> Integer.compareUnsigned(flagResult, flagOperand1) < 0 ? CF : 0;
      case SUB -> Integer.compareUnsigned(flagOperand1, flagOperand2) < 0 ? CF : 0;
      case LOGIC -> 0;
      default -> arithmeticFlags() & CF;
    };
  }

  /** The six arithmetic flags of the current state. */
  final int arithmeticFlags() {
    int kind = flagOperation >>> 2;
    if (kind == NONE) {
      return flagCarry;
    }
    int size = flagOperation & 3;
    int sign = SIGN[size];
    int a = flagOperand1;
    int b = flagOperand2;
    int r = flagResult;
    boolean carry;
    boolean overflow;
    switch (kind) {
      case ADD -> {
        carry = Integer.compareUnsigned(r, a) < 0;
        overflow = ((a ^ r) & (b ^ r) & sign) != 0;
      }
      case ADC -> {
        carry =
            flagCarry != 0
                ? Integer.compareUnsigned(r, a) <= 0
                : Integer.compareUnsigned(r, a) < 0;
        overflow = ((a ^ r) & (b ^ r) & sign) != 0;
      }
      case SUB -> {
        carry = Integer.compareUnsigned(a, b) < 0;
        overflow = ((a ^ b) & (a ^ r) & sign) != 0;
      }
      case SBB -> {
        carry =
            flagCarry != 0
                ? Integer.compareUnsigned(a, b) <= 0
                : Integer.compareUnsigned(a, b) < 0;
        overflow = ((a ^ b) & (a ^ r) & sign) != 0;
      }
      case INC -> {
        carry = flagCarry != 0;
        overflow = r == sign;
      }
      case DEC -> {
        carry = flagCarry != 0;
        overflow = r == sign - 1;
      }
      default -> {
        return (r == 0 ? ZF : 0) | ((r & sign) != 0 ? SF : 0) | parity(r);
      }
    }
    return (carry ? CF : 0)
        | (overflow ? OF : 0)
        | ((a ^ b ^ r) & AF)
        | (r == 0 ? ZF : 0)
        | ((r & sign) != 0 ? SF : 0)
        | parity(r);
  }

  /**
   * Evaluates condition code {@code cc} (0-15: O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE,
   * LE, G).
   */
  final boolean condition(int cc) {
    int operation = flagOperation;
    boolean value;
    if (operation == SUB32) {
      int a = flagOperand1;
      int b = flagOperand2;
      value =
          switch (cc >>> 1) {
            case 0 -> ((a ^ b) & (a ^ flagResult)) < 0;
            case 1 -> Integer.compareUnsigned(a, b) < 0;
            case 2 -> a == b;
            case 3 -> Integer.compareUnsigned(a, b) <= 0;
            case 4 -> flagResult < 0;
            case 5 -> parity(flagResult) != 0;
            case 6 -> a < b;
            default -> a <= b;
          };
    } else if (operation == LOGIC32) {
      int r = flagResult;
      value =
          switch (cc >>> 1) {
            case 0, 1 -> false;
            case 2, 3 -> r == 0;
            case 4, 6 -> r < 0;
            case 5 -> parity(r) != 0;
            default -> r <= 0;
          };
    } else {
      int flags = arithmeticFlags();
      value =
          switch (cc >>> 1) {
            case 0 -> (flags & OF) != 0;
            case 1 -> (flags & CF) != 0;
            case 2 -> (flags & ZF) != 0;
            case 3 -> (flags & (CF | ZF)) != 0;
            case 4 -> (flags & SF) != 0;
            case 5 -> (flags & PF) != 0;
            case 6 -> ((flags & SF) != 0) != ((flags & OF) != 0);
            default -> (flags & ZF) != 0 || ((flags & SF) != 0) != ((flags & OF) != 0);
          };
    }
    return value ^ ((cc & 1) != 0);
  }

  /** EFLAGS as software sees it. */
  final int readEflags() {
    return arithmeticFlags() | controlFlags | ALWAYS_ONE | IF;
  }

  /** Writes the user-writable flags (arithmetic, DF, AC, ID); the others are ignored. */
  final void writeEflags(int value) {
    setArithmeticFlags(value);
    controlFlags = value & CONTROL;
  }

  final boolean directionDown() {
    return (controlFlags & DF) != 0;
  }
}

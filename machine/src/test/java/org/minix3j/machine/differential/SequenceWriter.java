package org.minix3j.machine.differential;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The state of one sequence being generated: its assembly lines (Intel syntax, GNU as), which
 * registers the enclosing construct reserves, which flags are undefined at this point, the
 * stack depth, and the families used.
 *
 * <p>Invariants the generators keep through this class: ESP is never a destination except
 * through stack instructions; a reserved register (a loop counter, a frame pointer) is never
 * written; every memory operand addresses the data area ({@link #DATA_SIZE} bytes at {@code
 * data}) or the stack area; an instruction that reads a flag is preceded by a CMP when that
 * flag is undefined at that point ({@link #readFlags}).
 */
final class SequenceWriter {
  static final int DATA_SIZE = 256;
  static final String[] REGISTERS_32 = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
  static final String[] REGISTERS_16 = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
  static final String[] REGISTERS_8 = {"al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"};
  static final int EAX = 0;
  static final int ECX = 1;
  static final int EDX = 2;
  static final int EBX = 3;
  static final int ESP = 4;
  static final int EBP = 5;
  static final int ESI = 6;
  static final int EDI = 7;
  /** How far the stack may grow below or shrink above its starting point, in bytes. */
  static final int STACK_LIMIT = 2048;

  final Random random;
  private final String labelPrefix;
  private final List<String> lines = new ArrayList<>();
  private final EnumSet<Family> families = EnumSet.noneOf(Family.class);
  private final Set<Integer> reserved = new java.util.HashSet<>();
  private int undefinedFlags;
  private int labelCount;
  private int stackDepth;
  /** Nesting of constructs (loops, calls, frames); stack-shape instructions need depth 0. */
  int nesting;

  SequenceWriter(Random random, String labelPrefix) {
    this.random = random;
    this.labelPrefix = labelPrefix;
    reserved.add(ESP);
  }

  List<String> lines() {
    return lines;
  }

  EnumSet<Family> families() {
    return families;
  }

  int undefinedFlags() {
    return undefinedFlags;
  }

  void setUndefinedFlags(int mask) {
    undefinedFlags = mask;
  }

  void use(Family family) {
    families.add(family);
  }

  void emit(String line) {
    lines.add(line);
  }

  String newLabel() {
    return labelPrefix + "_" + labelCount++;
  }

  // ---- flags ----

  /** Before an instruction that reads {@code mask}: define those flags if any is undefined. */
  void readFlags(int mask) {
    if ((undefinedFlags & mask) != 0) {
      emit("cmp " + REGISTERS_32[random.nextInt(8)] + ", " + REGISTERS_32[random.nextInt(8)]);
      undefinedFlags = 0;
    }
  }

  /** After an instruction: {@code defined} flags now hold defined values, {@code undefined} not. */
  void writeFlags(int defined, int undefined) {
    undefinedFlags = (undefinedFlags & ~defined) | undefined;
  }

  // ---- registers ----

  boolean isReserved(int register) {
    return reserved.contains(register);
  }

  void reserve(int register) {
    reserved.add(register);
  }

  void release(int register) {
    if (register != ESP) {
      reserved.remove(register);
    }
  }

  /** A random register index that may be written as a 32- or 16-bit destination. */
  int writableRegister() {
    while (true) {
      int register = random.nextInt(8);
      if (!reserved.contains(register)) {
        return register;
      }
    }
  }

  /** A random 8-bit register encoding (0-7, AH..BH are 4-7) that may be written. */
  int writableByteRegister() {
    while (true) {
      int encoding = random.nextInt(8);
      if (!reserved.contains(encoding & 3)) {
        return encoding;
      }
    }
  }

  /** Whether all of {@code registers} are free to be written. */
  boolean free(int... registers) {
    for (int register : registers) {
      if (reserved.contains(register)) {
        return false;
      }
    }
    return true;
  }

  static String register(int size, int index) {
    return switch (size) {
      case 8 -> REGISTERS_8[index];
      case 16 -> REGISTERS_16[index];
      default -> REGISTERS_32[index];
    };
  }

  /** A random register name of {@code size} bits that may be written. */
  String destination(int size) {
    return register(size, size == 8 ? writableByteRegister() : writableRegister());
  }

  /** A random register name of {@code size} bits to read (any register). */
  String source(int size) {
    return register(size, random.nextInt(8));
  }

  int randomSize() {
    return switch (random.nextInt(3)) {
      case 0 -> 8;
      case 1 -> 16;
      default -> 32;
    };
  }

  static String pointer(int size) {
    return switch (size) {
      case 8 -> "byte ptr ";
      case 16 -> "word ptr ";
      case 64 -> "qword ptr ";
      default -> "dword ptr ";
    };
  }

  /** A random immediate of {@code size} bits, biased toward edge values. */
  long immediate(int size) {
    long mask = size == 32 ? 0xFFFFFFFFL : (1L << size) - 1;
    return switch (random.nextInt(6)) {
      case 0 -> 0;
      case 1 -> 1;
      case 2 -> mask;
      case 3 -> (mask >> 1) + random.nextInt(2);
      case 4 -> random.nextInt(128);
      default -> random.nextLong() & mask;
    };
  }

  static String hex(long value) {
    return "0x" + Long.toHexString(value);
  }

  // ---- memory operands ----

  /**
   * Emits the set-up of a memory operand of {@code size} bytes inside the data area and
   * returns it (with its size keyword). The base and index registers it loads are writable
   * registers not in {@code avoid}; with no such register the absolute form is used.
   */
  String memory(int bytes, int... avoid) {
    int offset = random.nextInt(DATA_SIZE - bytes + 1);
    String size = pointer(bytes * 8);
    int form = random.nextInt(5);
    if (form == 0) {
      if (nesting == 0 && random.nextInt(4) == 0) {
        // The stack area around ESP: outside constructs no return address or frame lives there.
        return size + "[esp+" + 4 * random.nextInt(16) + "]";
      }
      return size + "[data+" + offset + "]";
    }
    int base = freeRegister(avoid);
    if (base < 0) {
      return size + "[data+" + offset + "]";
    }
    int displacement = form == 1 ? 0 : random.nextInt(offset + 1);
    int baseValue = offset - displacement;
    if (form == 3) {
      int index = freeRegister(concat(avoid, base));
      if (index >= 0) {
        int scale = 1 << random.nextInt(4);
        int count = baseValue / scale;
        int rest = baseValue - count * scale;
        emit("mov " + REGISTERS_32[base] + ", offset data+" + rest);
        emit("mov " + REGISTERS_32[index] + ", " + count);
        return size + "[" + REGISTERS_32[base] + "+" + REGISTERS_32[index] + "*" + scale + "+"
            + displacement + "]";
      }
    }
    if (form == 4 && displacement > 0) {
      emit("mov " + REGISTERS_32[base] + ", offset data+" + (offset + 128));
      return size + "[" + REGISTERS_32[base] + "-" + 128 + "]";
    }
    emit("mov " + REGISTERS_32[base] + ", offset data+" + baseValue);
    return size + "[" + REGISTERS_32[base] + (displacement == 0 ? "" : "+" + displacement) + "]";
  }

  private int freeRegister(int... avoid) {
    for (int attempt = 0; attempt < 16; attempt++) {
      int register = random.nextInt(8);
      if (!reserved.contains(register) && !contains(avoid, register)) {
        return register;
      }
    }
    return -1;
  }

  static int[] concat(int[] values, int value) {
    int[] result = java.util.Arrays.copyOf(values, values.length + 1);
    result[values.length] = value;
    return result;
  }

  static boolean contains(int[] values, int value) {
    for (int candidate : values) {
      if (candidate == value) {
        return true;
      }
    }
    return false;
  }

  // ---- stack ----

  int stackDepth() {
    return stackDepth;
  }

  /** Records {@code bytes} pushed (negative: popped). */
  void pushed(int bytes) {
    stackDepth += bytes;
  }

  boolean mayPush(int bytes) {
    return stackDepth + bytes <= STACK_LIMIT;
  }

  boolean mayPop(int bytes) {
    return stackDepth - bytes >= -STACK_LIMIT;
  }
}

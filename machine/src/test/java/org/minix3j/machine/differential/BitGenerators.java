package org.minix3j.machine.differential;

import static org.minix3j.machine.differential.SequenceWriter.ECX;
import static org.minix3j.machine.differential.SequenceWriter.hex;
import static org.minix3j.machine.differential.SequenceWriter.register;

/**
 * Generators for shifts and rotates (by 1, by an immediate, by CL), double shifts, bit tests,
 * bit scans, SETcc, CMOVcc, MOVZX/MOVSX and LEA, with their SDM flag effects: a count that
 * masks to zero changes no flag; OF is defined only for one-bit counts; AF is undefined after
 * a shift. Shift counts are always known here (immediates, or CL loaded just before), so the
 * defined flags are known exactly.
 *
 * <p>Entry point: {@link #generate}; false when the family cannot be generated with the
 * registers the enclosing construct reserves.
 */
final class BitGenerators {
  private BitGenerators() {}

  static boolean generate(Family family, SequenceWriter writer) {
    return switch (family) {
      case SHIFT_ROTATE -> shift(writer, false);
      case ROTATE_THROUGH_CARRY -> shift(writer, true);
      case DOUBLE_SHIFT -> doubleShift(writer);
      case BIT_TEST -> bitTest(writer);
      case BIT_SCAN -> bitScan(writer);
      case SET_CONDITION -> setCondition(writer);
      case CONDITIONAL_MOVE -> conditionalMove(writer);
      case EXTEND_MOVE -> extend(writer);
      case LEA -> lea(writer);
      default -> throw new IllegalArgumentException("not a bit family: " + family);
    };
  }

  private static int count(SequenceWriter writer, int limit) {
    return switch (writer.random.nextInt(4)) {
      case 0 -> 1;
      case 1 -> 0;
      default -> writer.random.nextInt(limit + 1);
    };
  }

  /** Emits "COUNT" as 1, an immediate or CL (loaded first); returns the operand text. */
  private static String countOperand(SequenceWriter writer, int count, boolean allowOne) {
    int form = writer.random.nextInt(3);
    if (form == 2 && writer.free(ECX)) {
      writer.emit("mov cl, " + count);
      return "cl";
    }
    if (form == 0 && count == 1 && allowOne) {
      return "1";
    }
    return String.valueOf(count);
  }

  private static boolean shift(SequenceWriter writer, boolean throughCarry) {
    int size = writer.randomSize();
    String[] operations =
        throughCarry ? new String[] {"rcl", "rcr"}
            : new String[] {"shl", "sal", "shr", "sar", "rol", "ror"};
    String operation = operations[writer.random.nextInt(operations.length)];
    int count = count(writer, 31);
    String target;
    if (writer.random.nextBoolean()) {
      target = writer.memory(size / 8, ECX);
    } else {
      int index = size == 8 ? writer.writableByteRegister() : writer.writableRegister();
      target = register(size, index);
    }
    String countText = countOperand(writer, count, true);
    if (throughCarry) {
      writer.readFlags(Flags.CARRY);
    }
    writer.emit(operation + " " + target + ", " + countText);
    int masked = count & 31;
    if (masked != 0) {
      int overflow = masked == 1 ? Flags.OVERFLOW : 0;
      int undefinedOverflow = masked == 1 ? 0 : Flags.OVERFLOW;
      if (operation.startsWith("ro") || throughCarry) {
        writer.writeFlags(Flags.CARRY | overflow, undefinedOverflow);
      } else {
        int carry = masked < size ? Flags.CARRY : 0;
        int undefinedCarry = masked < size ? 0 : Flags.CARRY;
        writer.writeFlags(
            Flags.SIGN | Flags.ZERO | Flags.PARITY | carry | overflow,
            Flags.ADJUST | undefinedCarry | undefinedOverflow);
      }
    }
    writer.use(throughCarry ? Family.ROTATE_THROUGH_CARRY : Family.SHIFT_ROTATE);
    if (size == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static boolean doubleShift(SequenceWriter writer) {
    int size = writer.random.nextBoolean() ? 16 : 32;
    String operation = writer.random.nextBoolean() ? "shld" : "shrd";
    int count = count(writer, size == 16 ? 16 : 31);
    String target =
        writer.random.nextBoolean() ? writer.memory(size / 8, ECX)
            : register(size, writer.writableRegister());
    String source = writer.source(size);
    String countText = countOperand(writer, count, false);
    writer.emit(operation + " " + target + ", " + source + ", " + countText);
    if (count != 0) {
      int overflow = count == 1 ? Flags.OVERFLOW : 0;
      writer.writeFlags(
          Flags.CARRY | Flags.SIGN | Flags.ZERO | Flags.PARITY | overflow,
          Flags.ADJUST | (count == 1 ? 0 : Flags.OVERFLOW));
    }
    writer.use(Family.DOUBLE_SHIFT);
    if (size == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static boolean bitTest(SequenceWriter writer) {
    int size = writer.random.nextBoolean() ? 16 : 32;
    String operation = new String[] {"bt", "bts", "btr", "btc"}[writer.random.nextInt(4)];
    boolean writes = !operation.equals("bt");
    int form = writer.random.nextInt(4);
    String lock = "";
    String text;
    if (form == 0) {
      String target = writes ? writer.destination(size) : writer.source(size);
      text = operation + " " + target + ", " + writer.source(size);
    } else if (form == 1) {
      String target = writes ? writer.destination(size) : writer.source(size);
      text = operation + " " + target + ", " + writer.random.nextInt(256);
    } else if (form == 2) {
      if (writes && writer.random.nextBoolean()) {
        lock = "lock ";
        writer.use(Family.LOCK);
      }
      text = operation + " " + writer.memory(size / 8) + ", " + writer.random.nextInt(256);
    } else {
      // Register bit offset with a memory base: the offset is signed and may reach 64 bytes
      // either side of the operand, so keep the base in the middle of the data area.
      int offsetRegister = writer.writableRegister();
      int bitOffset = writer.random.nextInt(1024) - 512;
      int base = 64 + writer.random.nextInt(64);
      writer.emit("mov " + register(32, offsetRegister) + ", " + bitOffset);
      if (writes && writer.random.nextBoolean()) {
        lock = "lock ";
        writer.use(Family.LOCK);
      }
      text = operation + " " + SequenceWriter.pointer(size) + "[data+" + base + "], "
          + register(size, offsetRegister);
    }
    writer.emit(lock + text);
    writer.writeFlags(Flags.CARRY, Flags.OVERFLOW | Flags.SIGN | Flags.ADJUST | Flags.PARITY);
    writer.use(Family.BIT_TEST);
    if (size == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static boolean bitScan(SequenceWriter writer) {
    int size = writer.random.nextBoolean() ? 16 : 32;
    String operation = writer.random.nextBoolean() ? "bsf" : "bsr";
    long bit = 1L << writer.random.nextInt(size);
    String source;
    if (writer.random.nextBoolean()) {
      source = writer.memory(size / 8);
    } else {
      source = register(size, writer.writableRegister());
    }
    // A zero source leaves the destination undefined: make the source non-zero first.
    writer.emit("or " + source + ", " + hex(bit));
    writer.emit(operation + " " + writer.destination(size) + ", " + source);
    writer.writeFlags(Flags.ZERO, Flags.STATUS & ~Flags.ZERO);
    writer.use(Family.BIT_SCAN);
    if (size == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static boolean setCondition(SequenceWriter writer) {
    Conditions condition = Conditions.random(writer.random);
    String target = writer.random.nextBoolean() ? writer.destination(8) : writer.memory(1);
    writer.readFlags(condition.reads);
    writer.emit("set" + condition.suffix() + " " + target);
    writer.use(Family.SET_CONDITION);
    return true;
  }

  private static boolean conditionalMove(SequenceWriter writer) {
    Conditions condition = Conditions.random(writer.random);
    int size = writer.random.nextBoolean() ? 16 : 32;
    String source = writer.random.nextBoolean() ? writer.source(size) : writer.memory(size / 8);
    writer.readFlags(condition.reads);
    writer.emit("cmov" + condition.suffix() + " " + writer.destination(size) + ", " + source);
    writer.use(Family.CONDITIONAL_MOVE);
    if (size == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static boolean extend(SequenceWriter writer) {
    String operation = writer.random.nextBoolean() ? "movzx" : "movsx";
    int sourceSize = writer.random.nextBoolean() ? 8 : 16;
    int targetSize = sourceSize == 16 || writer.random.nextBoolean() ? 32 : 16;
    String source =
        writer.random.nextBoolean() ? writer.source(sourceSize) : writer.memory(sourceSize / 8);
    writer.emit(operation + " " + writer.destination(targetSize) + ", " + source);
    writer.use(Family.EXTEND_MOVE);
    if (targetSize == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static boolean lea(SequenceWriter writer) {
    int size = writer.random.nextInt(4) == 0 ? 16 : 32;
    String base = SequenceWriter.REGISTERS_32[writer.random.nextInt(8)];
    int indexNumber;
    do {
      indexNumber = writer.random.nextInt(8);
    } while (indexNumber == SequenceWriter.ESP);
    String index = SequenceWriter.REGISTERS_32[indexNumber];
    int scale = 1 << writer.random.nextInt(4);
    long displacement =
        switch (writer.random.nextInt(3)) {
          case 0 -> 0;
          case 1 -> (byte) writer.random.nextInt(256);
          default -> writer.random.nextInt();
        };
    String address =
        switch (writer.random.nextInt(5)) {
          case 0 -> "[" + base + "]";
          case 1 -> "[" + base + signed(displacement) + "]";
          case 2 -> "[" + base + "+" + index + "*" + scale + signed(displacement) + "]";
          case 3 -> "[" + index + "*" + scale + signed(displacement) + "]";
          default -> "[" + hex(displacement & 0xFFFFFFFFL) + "]";
        };
    writer.emit("lea " + writer.destination(size) + ", " + address);
    writer.use(Family.LEA);
    if (size == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static String signed(long value) {
    return value < 0 ? "-" + hex(-value) : "+" + hex(value);
  }
}

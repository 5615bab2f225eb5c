package org.minix3j.machine.differential;

import static org.minix3j.machine.differential.SequenceWriter.EAX;
import static org.minix3j.machine.differential.SequenceWriter.EDX;
import static org.minix3j.machine.differential.SequenceWriter.hex;
import static org.minix3j.machine.differential.SequenceWriter.register;

/**
 * Generators for the data-processing families: ALU operations in every operand form and size,
 * INC/DEC/NEG/NOT, MOV, prefixes, LOCK, multiply, divide (never #DE: operands are chosen so
 * that the quotient fits), and the flag effect of each as the SDM defines it (defined,
 * undefined and read flags), recorded in the {@link SequenceWriter}.
 *
 * <p>Entry point: {@link #generate}, which returns false when the family cannot be generated
 * with the registers the enclosing construct reserves.
 */
final class ArithmeticGenerators {
  private static final String[] ALU = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp",
      "test"};

  private ArithmeticGenerators() {}

  static boolean generate(Family family, SequenceWriter writer) {
    return switch (family) {
      case ALU -> alu(writer, writer.randomSize(), false, "");
      case ALU_IMMEDIATE -> alu(writer, writer.randomSize(), true, "");
      case OPERAND_SIZE_16 -> sixteenBit(writer);
      case INC_DEC_NEG_NOT -> unary(writer, writer.randomSize(), "");
      case MOV -> move(writer, writer.randomSize());
      case SEGMENT_PREFIX -> segmentPrefix(writer);
      case LOCK -> locked(writer);
      case MULTIPLY -> multiply(writer);
      case DIVIDE -> divide(writer);
      default -> throw new IllegalArgumentException("not an arithmetic family: " + family);
    };
  }

  private static void sizeUsed(SequenceWriter writer, int size) {
    if (size == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
  }

  /** Records the flag effect of an ALU operation. */
  private static void aluFlags(SequenceWriter writer, String operation) {
    switch (operation) {
      case "and", "or", "xor", "test" ->
          writer.writeFlags(Flags.STATUS & ~Flags.ADJUST, Flags.ADJUST);
      default -> writer.writeFlags(Flags.STATUS, 0);
    }
  }

  static boolean alu(SequenceWriter writer, int size, boolean immediate, String prefix) {
    String operation = ALU[writer.random.nextInt(ALU.length)];
    if (operation.equals("adc") || operation.equals("sbb")) {
      writer.readFlags(Flags.CARRY);
    }
    boolean writes = !operation.equals("cmp") && !operation.equals("test");
    int form = writer.random.nextInt(immediate ? 2 : 4);
    String text;
    if (immediate) {
      long value = writer.immediate(size);
      if (size > 8 && writer.random.nextBoolean()) {
        value = (byte) writer.random.nextInt(256) & (size == 32 ? 0xFFFFFFFFL : 0xFFFFL);
      }
      String target =
          form == 0 ? (writes ? writer.destination(size) : writer.source(size))
              : writer.memory(size / 8);
      text = operation + " " + target + ", " + hex(value);
    } else if (form == 0 || (operation.equals("test") && form == 2)) {
      String load = writer.random.nextBoolean() && !operation.equals("test") ? "{load} " : "";
      String target = writes ? writer.destination(size) : writer.source(size);
      text = load + operation + " " + target + ", " + writer.source(size);
    } else if (form == 1) {
      String memory = writer.memory(size / 8);
      text = operation + " " + memory + ", " + writer.source(size);
    } else {
      String memory = writer.memory(size / 8);
      String target = writes ? writer.destination(size) : writer.source(size);
      text = operation + " " + target + ", " + memory;
    }
    writer.emit(prefix + text);
    aluFlags(writer, operation);
    writer.use(immediate ? Family.ALU_IMMEDIATE : Family.ALU);
    sizeUsed(writer, size);
    return true;
  }

  private static boolean sixteenBit(SequenceWriter writer) {
    boolean done =
        switch (writer.random.nextInt(4)) {
          case 0 -> alu(writer, 16, false, "");
          case 1 -> alu(writer, 16, true, "");
          case 2 -> unary(writer, 16, "");
          default -> move(writer, 16);
        };
    writer.use(Family.OPERAND_SIZE_16);
    return done;
  }

  static boolean unary(SequenceWriter writer, int size, String prefix) {
    String operation = new String[] {"inc", "dec", "neg", "not"}[writer.random.nextInt(4)];
    String target =
        writer.random.nextBoolean() ? writer.destination(size) : writer.memory(size / 8);
    writer.emit(prefix + operation + " " + target);
    switch (operation) {
      case "inc", "dec" -> writer.writeFlags(Flags.STATUS & ~Flags.CARRY, 0);
      case "neg" -> writer.writeFlags(Flags.STATUS, 0);
      default -> { }
    }
    writer.use(Family.INC_DEC_NEG_NOT);
    sizeUsed(writer, size);
    return true;
  }

  private static boolean move(SequenceWriter writer, int size) {
    switch (writer.random.nextInt(5)) {
      case 0 -> writer.emit("mov " + writer.destination(size) + ", " + writer.source(size));
      case 1 -> writer.emit("mov " + writer.destination(size) + ", " + hex(writer.immediate(size)));
      case 2 -> {
        String memory = writer.memory(size / 8);
        writer.emit("mov " + memory + ", " + hex(writer.immediate(size)));
      }
      case 3 -> {
        String memory = writer.memory(size / 8);
        writer.emit("mov " + memory + ", " + writer.source(size));
      }
      default -> {
        String memory = writer.memory(size / 8);
        writer.emit("mov " + writer.destination(size) + ", " + memory);
      }
    }
    writer.use(Family.MOV);
    sizeUsed(writer, size);
    return true;
  }

  private static boolean segmentPrefix(SequenceWriter writer) {
    int size = writer.randomSize();
    String memory = writer.memory(size / 8);
    // ES, CS, SS, DS override prefixes; CS only for reads (a code segment is not writable).
    int segment = writer.random.nextInt(4);
    String prefix = ".byte " + hex(0x26 + 8 * segment) + "\n";
    if (segment == 1 || writer.random.nextBoolean()) {
      writer.emit(prefix + "mov " + writer.destination(size) + ", " + memory);
    } else {
      String operation = ALU[writer.random.nextInt(ALU.length - 2)];
      writer.readFlags(Flags.CARRY);
      writer.emit(prefix + operation + " " + memory + ", " + writer.source(size));
      aluFlags(writer, operation);
    }
    writer.use(Family.SEGMENT_PREFIX);
    sizeUsed(writer, size);
    return true;
  }

  private static boolean locked(SequenceWriter writer) {
    int size = writer.randomSize();
    String memory = writer.memory(size / 8);
    switch (writer.random.nextInt(3)) {
      case 0 -> {
        String operation = ALU[writer.random.nextInt(ALU.length - 2)];
        if (operation.equals("cmp")) {
          operation = "sub";
        }
        writer.readFlags(Flags.CARRY);
        String source =
            writer.random.nextBoolean() ? writer.source(size) : hex(writer.immediate(size));
        writer.emit("lock " + operation + " " + memory + ", " + source);
        aluFlags(writer, operation);
      }
      case 1 -> {
        String operation = new String[] {"inc", "dec", "neg", "not"}[writer.random.nextInt(4)];
        writer.emit("lock " + operation + " " + memory);
        switch (operation) {
          case "inc", "dec" -> writer.writeFlags(Flags.STATUS & ~Flags.CARRY, 0);
          case "neg" -> writer.writeFlags(Flags.STATUS, 0);
          default -> { }
        }
      }
      default -> {
        String operation = writer.random.nextBoolean() ? "xadd" : "xchg";
        writer.emit("lock " + operation + " " + memory + ", " + writer.destination(size));
        if (operation.equals("xadd")) {
          writer.writeFlags(Flags.STATUS, 0);
        }
      }
    }
    writer.use(Family.LOCK);
    sizeUsed(writer, size);
    return true;
  }

  private static boolean multiply(SequenceWriter writer) {
    int size = writer.randomSize();
    int form = writer.random.nextInt(4);
    if (form == 0 || size == 8) {
      if (!writer.free(EAX, EDX)) {
        return false;
      }
      String operation = writer.random.nextBoolean() ? "mul" : "imul";
      String source =
          writer.random.nextBoolean() ? writer.source(size) : writer.memory(size / 8, EAX, EDX);
      writer.emit(operation + " " + source);
    } else if (form == 1 || form == 2) {
      String source =
          writer.random.nextBoolean() ? writer.source(size) : writer.memory(size / 8);
      writer.emit("imul " + writer.destination(size) + ", " + source);
    } else {
      String source =
          writer.random.nextBoolean() ? writer.source(size) : writer.memory(size / 8);
      long value =
          writer.random.nextBoolean()
              ? (byte) writer.random.nextInt(256) & (size == 32 ? 0xFFFFFFFFL : 0xFFFFL)
              : writer.immediate(size);
      writer.emit("imul " + writer.destination(size) + ", " + source + ", " + hex(value));
    }
    writer.writeFlags(Flags.CARRY | Flags.OVERFLOW, Flags.SIGN | Flags.ZERO | Flags.ADJUST
        | Flags.PARITY);
    writer.use(Family.MULTIPLY);
    sizeUsed(writer, size);
    return true;
  }

  private static boolean divide(SequenceWriter writer) {
    if (!writer.free(EAX, EDX)) {
      return false;
    }
    int size = writer.randomSize();
    boolean signed = writer.random.nextBoolean();
    long modulus = 1L << size;
    long divisor;
    long quotient;
    if (signed) {
      do {
        divisor = (writer.random.nextLong() % (modulus / 2));
      } while (divisor == 0);
      if (writer.random.nextInt(4) == 0) {
        divisor = writer.random.nextInt(7) - 3L;
        if (divisor == 0) {
          divisor = -1;
        }
      }
      quotient = writer.random.nextLong() % (modulus / 2);
    } else {
      do {
        divisor = writer.random.nextLong() & (modulus - 1);
      } while (divisor == 0);
      if (writer.random.nextInt(4) == 0) {
        divisor = 1L + writer.random.nextInt(9);
      }
      quotient = writer.random.nextLong() & (modulus - 1);
    }
    long product = quotient * divisor;
    long remainderMagnitude = Math.abs(divisor) > 1
        ? Math.floorMod(writer.random.nextLong(), Math.abs(divisor)) : 0;
    long remainder = signed && product < 0 ? -remainderMagnitude : remainderMagnitude;
    if (!signed) {
      // Unsigned products may reach 2^64 for 32-bit operands; keep them below it.
      if (size == 32 && Long.compareUnsigned(product, product + remainder) > 0) {
        remainder = 0;
      }
    }
    long dividend = product + remainder;
    String source;
    if (writer.random.nextBoolean()) {
      source = writer.memory(size / 8, EAX, EDX);
      writer.emit("mov " + source + ", " + hex(divisor & (modulus - 1)));
    } else {
      int index;
      do {
        index = size == 8 ? writer.writableByteRegister() : writer.writableRegister();
      } while (size == 8 ? (index & 3) == EAX : index == EAX || index == EDX);
      source = register(size, index);
      writer.emit("mov " + source + ", " + hex(divisor & (modulus - 1)));
    }
    if (size == 8) {
      writer.emit("mov ax, " + hex(dividend & 0xFFFF));
    } else if (size == 16) {
      writer.emit("mov ax, " + hex(dividend & 0xFFFF));
      writer.emit("mov dx, " + hex((dividend >> 16) & 0xFFFF));
    } else {
      writer.emit("mov eax, " + hex(dividend & 0xFFFFFFFFL));
      writer.emit("mov edx, " + hex((dividend >>> 32) & 0xFFFFFFFFL));
    }
    writer.emit((signed ? "idiv " : "div ") + source);
    writer.writeFlags(0, Flags.STATUS);
    writer.use(Family.DIVIDE);
    sizeUsed(writer, size);
    return true;
  }
}

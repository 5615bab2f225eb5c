package org.minix3j.machine.differential;

import static org.minix3j.machine.differential.SequenceWriter.EBP;
import static org.minix3j.machine.differential.SequenceWriter.ECX;
import static org.minix3j.machine.differential.SequenceWriter.hex;

/**
 * Generators for control flow and the stack: forward Jcc (short and near encodings) and
 * JMP, counted loops (LOOP, LOOPE/LOOPNE, DEC/JNZ), JECXZ, CALL (direct, through a register,
 * through memory) with RET and RET imm16, ENTER/LEAVE, PUSH/POP in every operand form,
 * PUSHA/POPA and PUSHF/POPF.
 *
 * <p>Invariants: a loop body never writes its counter (it is reserved while the body is
 * generated) and runs with all flags defined at its head, so every iteration sees the same
 * defined flags; where two paths join, the flags undefined on either path count as undefined;
 * stack-shape instructions are generated only outside constructs, so RET and LEAVE always
 * find what CALL and ENTER left.
 *
 * <p>Entry point: {@link #generate}; false when the family cannot be generated here.
 */
final class ControlGenerators {
  private ControlGenerators() {}

  /** Generates one item of the given family; {@code body} generates nested items. */
  static boolean generate(Family family, SequenceWriter writer, SequenceGenerator body) {
    boolean outermost = writer.nesting == 0;
    return switch (family) {
      case CONDITIONAL_JUMP -> writer.nesting < 2 && conditionalJump(writer, body);
      case LOOP -> writer.nesting < 2 && writer.free(ECX) && loop(writer, body, "loop");
      case LOOP_CONDITION ->
          writer.nesting < 2 && writer.free(ECX)
              && loop(writer, body, writer.random.nextBoolean() ? "loope" : "loopne");
      case JUMP_IF_ECX_ZERO -> writer.nesting < 2 && jumpIfEcxZero(writer, body);
      case CALL_RETURN -> outermost && call(writer, body, 0);
      case RETURN_IMMEDIATE -> outermost && call(writer, body, 4 * (1 + writer.random.nextInt(3)));
      case ENTER_LEAVE -> outermost && writer.free(EBP) && enterLeave(writer, body);
      case PUSH_POP -> outermost && pushPop(writer);
      case PUSH_POP_ALL -> outermost && pushPopAll(writer);
      case PUSH_POP_FLAGS -> outermost && pushPopFlags(writer);
      default -> throw new IllegalArgumentException("not a control family: " + family);
    };
  }

  /** Generates 1-3 nested items inside a construct (one level deeper). */
  private static void nested(SequenceWriter writer, SequenceGenerator body) {
    writer.nesting++;
    int items = 1 + writer.random.nextInt(3);
    for (int item = 0; item < items; item++) {
      body.item(writer);
    }
    writer.nesting--;
  }

  private static boolean conditionalJump(SequenceWriter writer, SequenceGenerator body) {
    String label = writer.newLabel();
    int form = writer.random.nextInt(6);
    if (form == 0) {
      // JMP over dead code, which may even be invalid instructions.
      writer.emit("jmp " + label);
      writer.emit(".byte 0x0f, 0x0b, 0xff, 0xff");
      writer.emit(label + ":");
      writer.use(Family.CONDITIONAL_JUMP);
      return true;
    }
    if (form == 1 && writer.free(ECX)) {
      // A DEC/JNZ counted loop with a backward jump.
      int counter = ECX;
      writer.emit("mov " + SequenceWriter.REGISTERS_32[counter] + ", " + (1 + writer.random.nextInt(3)));
      writer.readFlags(Flags.STATUS);
      writer.emit(label + ":");
      writer.reserve(counter);
      nested(writer, body);
      writer.release(counter);
      writer.readFlags(Flags.STATUS);
      writer.emit("dec " + SequenceWriter.REGISTERS_32[counter]);
      writer.emit("jnz " + label);
      writer.writeFlags(Flags.STATUS & ~Flags.CARRY, 0);
      writer.use(Family.CONDITIONAL_JUMP);
      return true;
    }
    Conditions condition = Conditions.random(writer.random);
    writer.readFlags(condition.reads);
    if (writer.random.nextInt(3) == 0) {
      // The near form (0F 8x rel32), which the assembler would not choose for a short jump.
      writer.emit(".byte 0x0f, " + hex(0x80 + condition.number()));
      writer.emit(".long " + label + " - . - 4");
    } else {
      writer.emit("j" + condition.suffix() + " " + label);
    }
    int before = writer.undefinedFlags();
    nested(writer, body);
    writer.setUndefinedFlags(before | writer.undefinedFlags());
    writer.emit(label + ":");
    writer.use(Family.CONDITIONAL_JUMP);
    return true;
  }

  private static boolean loop(SequenceWriter writer, SequenceGenerator body, String operation) {
    String label = writer.newLabel();
    writer.emit("mov ecx, " + (1 + writer.random.nextInt(4)));
    writer.readFlags(Flags.STATUS);
    writer.emit(label + ":");
    writer.reserve(ECX);
    nested(writer, body);
    writer.release(ECX);
    writer.readFlags(Flags.STATUS);
    writer.emit(operation + " " + label);
    writer.use(operation.equals("loop") ? Family.LOOP : Family.LOOP_CONDITION);
    return true;
  }

  private static boolean jumpIfEcxZero(SequenceWriter writer, SequenceGenerator body) {
    if (writer.free(ECX) && writer.random.nextBoolean()) {
      writer.emit("mov ecx, " + (writer.random.nextBoolean() ? "0" : "1"));
    }
    String label = writer.newLabel();
    writer.emit("jecxz " + label);
    int before = writer.undefinedFlags();
    nested(writer, body);
    writer.setUndefinedFlags(before | writer.undefinedFlags());
    writer.emit(label + ":");
    writer.use(Family.JUMP_IF_ECX_ZERO);
    return true;
  }

  private static boolean call(SequenceWriter writer, SequenceGenerator body, int popBytes) {
    String subroutine = writer.newLabel();
    String after = writer.newLabel();
    for (int pushed = 0; pushed < popBytes; pushed += 4) {
      writer.emit("push " + hex(writer.immediate(32)));
    }
    switch (writer.random.nextInt(3)) {
      case 0 -> writer.emit("call " + subroutine);
      case 1 -> {
        int target = writer.writableRegister();
        writer.emit("mov " + SequenceWriter.REGISTERS_32[target] + ", offset " + subroutine);
        writer.emit("call " + SequenceWriter.REGISTERS_32[target]);
      }
      default -> {
        String memory = writer.memory(4);
        writer.emit("mov " + memory + ", offset " + subroutine);
        writer.emit("call " + memory);
      }
    }
    writer.emit("jmp " + after);
    writer.emit(subroutine + ":");
    nested(writer, body);
    writer.emit(popBytes == 0 ? "ret" : "ret " + popBytes);
    writer.emit(after + ":");
    writer.use(popBytes == 0 ? Family.CALL_RETURN : Family.RETURN_IMMEDIATE);
    return true;
  }

  private static boolean enterLeave(SequenceWriter writer, SequenceGenerator body) {
    int level = writer.random.nextInt(2);
    writer.emit("enter " + 4 * writer.random.nextInt(16) + ", " + level);
    writer.reserve(EBP);
    nested(writer, body);
    writer.release(EBP);
    writer.emit("leave");
    writer.use(Family.ENTER_LEAVE);
    return true;
  }

  private static boolean pushPop(SequenceWriter writer) {
    boolean push = writer.random.nextBoolean();
    int size = writer.random.nextInt(4) == 0 ? 16 : 32;
    int bytes = size / 8;
    if (push ? !writer.mayPush(bytes) : !writer.mayPop(bytes)) {
      push = !push;
    }
    if (push) {
      switch (writer.random.nextInt(4)) {
        case 0 -> writer.emit("push " + writer.source(size));
        case 1 -> writer.emit((size == 16 ? "pushw " : "push ") + hex(writer.immediate(size)));
        case 2 -> writer.emit((size == 16 ? "pushw " : "push ")
            + hex((byte) writer.random.nextInt(256) & (size == 16 ? 0xFFFFL : 0xFFFFFFFFL)));
        default -> writer.emit("push " + writer.memory(bytes));
      }
      writer.pushed(bytes);
    } else {
      if (writer.random.nextBoolean()) {
        writer.emit("pop " + writer.destination(size));
      } else {
        writer.emit("pop " + writer.memory(bytes));
      }
      writer.pushed(-bytes);
    }
    writer.use(Family.PUSH_POP);
    if (size == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static boolean pushPopAll(SequenceWriter writer) {
    boolean wide = writer.random.nextInt(4) != 0;
    int bytes = wide ? 32 : 16;
    boolean push = writer.random.nextBoolean();
    if (push ? !writer.mayPush(bytes) : !writer.mayPop(bytes)) {
      push = !push;
    }
    writer.emit(push ? (wide ? "pushad" : "pushaw") : (wide ? "popad" : "popaw"));
    writer.pushed(push ? bytes : -bytes);
    writer.use(Family.PUSH_POP_ALL);
    if (!wide) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static boolean pushPopFlags(SequenceWriter writer) {
    boolean wide = writer.random.nextInt(4) != 0;
    if (writer.random.nextBoolean()) {
      writer.readFlags(Flags.STATUS);
      writer.emit(wide ? "pushfd" : "pushfw");
      writer.emit("pop " + writer.destination(wide ? 32 : 16));
    } else {
      long value = writer.random.nextInt() & Flags.COMPARED;
      writer.emit((wide ? "push " : "pushw ") + hex(value));
      writer.emit(wide ? "popfd" : "popfw");
      writer.writeFlags(Flags.COMPARED, 0);
    }
    writer.use(Family.PUSH_POP_FLAGS);
    if (!wide) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }
}

package org.minix3j.machine.differential;

import java.util.EnumSet;
import java.util.Random;

/**
 * Generates random instruction sequences over every {@link Family}: each sequence starts from
 * random registers, flags and data area, then runs 4-16 items, an item being one instruction
 * of a family (with the set-up its operands need) or a construct (loop, call, frame, forward
 * jump) holding further items.
 *
 * <p>Entry point: {@link #generate}. The same {@link Random} state gives the same sequence.
 */
final class SequenceGenerator {
  private static final Family[] FAMILIES = Family.values();

  /** Generates sequence number {@code index}. */
  GeneratedSequence generate(Random random, int index) {
    SequenceWriter writer = new SequenceWriter(random, "s" + index);
    int[] registers = new int[8];
    for (int register = 0; register < 8; register++) {
      registers[register] = (int) writer.immediate(32);
    }
    int flags = random.nextInt() & (Flags.STATUS | (random.nextInt(4) == 0 ? Flags.DIRECTION : 0));
    byte[] data = new byte[SequenceWriter.DATA_SIZE];
    random.nextBytes(data);
    int items = 4 + random.nextInt(13);
    for (int item = 0; item < items; item++) {
      item(writer);
    }
    return new GeneratedSequence(
        index, registers, flags, data, java.util.List.copyOf(writer.lines()),
        writer.undefinedFlags(), EnumSet.copyOf(writer.families().isEmpty()
            ? EnumSet.of(Family.NOP) : writer.families()));
  }

  /** Generates one item of a random family that fits the current context. */
  void item(SequenceWriter writer) {
    while (true) {
      Family family = FAMILIES[writer.random.nextInt(FAMILIES.length)];
      if (dispatch(family, writer)) {
        return;
      }
    }
  }

  private boolean dispatch(Family family, SequenceWriter writer) {
    return switch (family) {
      case ALU, ALU_IMMEDIATE, OPERAND_SIZE_16, INC_DEC_NEG_NOT, MOV, SEGMENT_PREFIX, LOCK,
          MULTIPLY, DIVIDE -> ArithmeticGenerators.generate(family, writer);
      case SHIFT_ROTATE, ROTATE_THROUGH_CARRY, DOUBLE_SHIFT, BIT_TEST, BIT_SCAN, SET_CONDITION,
          CONDITIONAL_MOVE, EXTEND_MOVE, LEA -> BitGenerators.generate(family, writer);
      case EXCHANGE, COMPARE_EXCHANGE, COMPARE_EXCHANGE_8B, EXCHANGE_ADD, BYTE_SWAP, CONVERT,
          FLAGS_AH, FLAG_CONTROL, NOP, STRING, REP_STRING ->
          MiscellaneousGenerators.generate(family, writer);
      case CONDITIONAL_JUMP, LOOP, LOOP_CONDITION, JUMP_IF_ECX_ZERO, CALL_RETURN,
          RETURN_IMMEDIATE, ENTER_LEAVE, PUSH_POP, PUSH_POP_ALL, PUSH_POP_FLAGS ->
          ControlGenerators.generate(family, writer, this);
    };
  }
}

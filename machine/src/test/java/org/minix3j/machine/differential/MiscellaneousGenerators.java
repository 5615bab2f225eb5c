package org.minix3j.machine.differential;

import static org.minix3j.machine.differential.SequenceWriter.EAX;
import static org.minix3j.machine.differential.SequenceWriter.EBX;
import static org.minix3j.machine.differential.SequenceWriter.ECX;
import static org.minix3j.machine.differential.SequenceWriter.EDI;
import static org.minix3j.machine.differential.SequenceWriter.EDX;
import static org.minix3j.machine.differential.SequenceWriter.ESI;

/**
 * Generators for exchanges (XCHG, CMPXCHG, CMPXCHG8B, XADD), BSWAP, the accumulator
 * conversions, LAHF/SAHF, the flag-control instructions, NOP forms and the string
 * instructions with and without REP prefixes. String operands start in the middle of the data
 * area with at most 8 elements, so they stay inside it in either direction.
 *
 * <p>Entry point: {@link #generate}; false when the family cannot be generated with the
 * registers the enclosing construct reserves.
 */
final class MiscellaneousGenerators {
  private static final String[] NOPS = {
    "nop",
    "xchg ax, ax",
    ".byte 0x0f, 0x1f, 0x00",
    ".byte 0x0f, 0x1f, 0x40, 0x00",
    ".byte 0x0f, 0x1f, 0x44, 0x00, 0x00",
    ".byte 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00",
    ".byte 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00",
    ".byte 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00",
    "pause",
  };

  private MiscellaneousGenerators() {}

  static boolean generate(Family family, SequenceWriter writer) {
    return switch (family) {
      case EXCHANGE -> exchange(writer);
      case COMPARE_EXCHANGE -> compareExchange(writer);
      case COMPARE_EXCHANGE_8B -> compareExchange8(writer);
      case EXCHANGE_ADD -> exchangeAdd(writer);
      case BYTE_SWAP -> {
        writer.emit("bswap " + writer.destination(32));
        writer.use(Family.BYTE_SWAP);
        yield true;
      }
      case CONVERT -> convert(writer);
      case FLAGS_AH -> flagsAh(writer);
      case FLAG_CONTROL -> flagControl(writer);
      case NOP -> {
        writer.emit(NOPS[writer.random.nextInt(NOPS.length)]);
        writer.use(Family.NOP);
        yield true;
      }
      case STRING -> string(writer, false);
      case REP_STRING -> string(writer, true);
      default -> throw new IllegalArgumentException("not a miscellaneous family: " + family);
    };
  }

  private static boolean exchange(SequenceWriter writer) {
    int size = writer.randomSize();
    switch (writer.random.nextInt(3)) {
      case 0 -> writer.emit("xchg " + writer.destination(size) + ", " + writer.destination(size));
      case 1 -> {
        if (size == 8 || !writer.free(EAX)) {
          return false;
        }
        writer.emit("xchg " + SequenceWriter.register(size, EAX) + ", "
            + writer.destination(size));
      }
      default -> {
        String memory = writer.memory(size / 8);
        writer.emit("xchg " + memory + ", " + writer.destination(size));
      }
    }
    writer.use(Family.EXCHANGE);
    if (size == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static boolean compareExchange(SequenceWriter writer) {
    if (!writer.free(EAX)) {
      return false;
    }
    int size = writer.randomSize();
    String target;
    String lock = "";
    if (writer.random.nextBoolean()) {
      target = writer.memory(size / 8, EAX);
      if (writer.random.nextBoolean()) {
        // Make the comparison succeed: load the accumulator from the destination.
        writer.emit("mov " + SequenceWriter.register(size, EAX) + ", " + target);
      }
      if (writer.random.nextBoolean()) {
        lock = "lock ";
        writer.use(Family.LOCK);
      }
    } else {
      target = writer.destination(size);
      if (writer.random.nextBoolean()) {
        writer.emit("mov " + SequenceWriter.register(size, EAX) + ", " + target);
      }
    }
    writer.emit(lock + "cmpxchg " + target + ", " + writer.source(size));
    writer.writeFlags(Flags.STATUS, 0);
    writer.use(Family.COMPARE_EXCHANGE);
    if (size == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static boolean compareExchange8(SequenceWriter writer) {
    if (!writer.free(EAX, EDX)) {
      return false;
    }
    String target = writer.memory(8, EAX, EDX, EBX, ECX);
    String address = target.substring(target.indexOf('['));
    if (writer.random.nextBoolean()) {
      writer.emit("mov eax, dword ptr " + address);
      writer.emit("mov edx, dword ptr " + address.replace("]", "+4]"));
    }
    String lock = "";
    if (writer.random.nextBoolean()) {
      lock = "lock ";
      writer.use(Family.LOCK);
    }
    writer.emit(lock + "cmpxchg8b " + target);
    writer.writeFlags(Flags.ZERO, 0);
    writer.use(Family.COMPARE_EXCHANGE_8B);
    return true;
  }

  private static boolean exchangeAdd(SequenceWriter writer) {
    int size = writer.randomSize();
    String target =
        writer.random.nextBoolean() ? writer.memory(size / 8) : writer.destination(size);
    writer.emit("xadd " + target + ", " + writer.destination(size));
    writer.writeFlags(Flags.STATUS, 0);
    writer.use(Family.EXCHANGE_ADD);
    if (size == 16) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    return true;
  }

  private static boolean convert(SequenceWriter writer) {
    int choice = writer.random.nextInt(4);
    if (!writer.free(EAX) || (choice >= 2 && !writer.free(EDX))) {
      return false;
    }
    writer.emit(new String[] {"cbw", "cwde", "cwd", "cdq"}[choice]);
    writer.use(Family.CONVERT);
    return true;
  }

  private static boolean flagsAh(SequenceWriter writer) {
    if (writer.random.nextBoolean()) {
      if (!writer.free(EAX)) {
        return false;
      }
      writer.readFlags(Flags.LOW_BYTE);
      writer.emit("lahf");
    } else {
      writer.emit("sahf");
      writer.writeFlags(Flags.LOW_BYTE, 0);
    }
    writer.use(Family.FLAGS_AH);
    return true;
  }

  private static boolean flagControl(SequenceWriter writer) {
    switch (writer.random.nextInt(5)) {
      case 0 -> {
        writer.emit("clc");
        writer.writeFlags(Flags.CARRY, 0);
      }
      case 1 -> {
        writer.emit("stc");
        writer.writeFlags(Flags.CARRY, 0);
      }
      case 2 -> {
        writer.readFlags(Flags.CARRY);
        writer.emit("cmc");
      }
      case 3 -> writer.emit("cld");
      default -> writer.emit("std");
    }
    writer.use(Family.FLAG_CONTROL);
    return true;
  }

  private static boolean string(SequenceWriter writer, boolean repeated) {
    if (!writer.free(ESI, EDI) || (repeated && !writer.free(ECX))) {
      return false;
    }
    String operation =
        new String[] {"movs", "stos", "lods", "cmps", "scas"}[writer.random.nextInt(5)];
    if (operation.equals("lods") && !writer.free(EAX)) {
      return false;
    }
    String suffix = new String[] {"b", "w", "d"}[writer.random.nextInt(3)];
    writer.emit("mov esi, offset data+" + (96 + writer.random.nextInt(64)));
    writer.emit("mov edi, offset data+" + (96 + writer.random.nextInt(64)));
    int count = writer.random.nextInt(9);
    String prefix = "";
    if (repeated) {
      writer.emit("mov ecx, " + count);
      boolean compares = operation.equals("cmps") || operation.equals("scas");
      prefix = compares ? (writer.random.nextBoolean() ? "repe " : "repne ")
          : (writer.random.nextInt(4) == 0 ? "repne " : "rep ");
    }
    writer.emit(prefix + operation + suffix);
    boolean setsFlags = operation.equals("cmps") || operation.equals("scas");
    if (setsFlags && (!repeated || count > 0)) {
      writer.writeFlags(Flags.STATUS, 0);
    }
    if (suffix.equals("w")) {
      writer.use(Family.OPERAND_SIZE_16);
    }
    writer.use(repeated ? Family.REP_STRING : Family.STRING);
    return true;
  }
}

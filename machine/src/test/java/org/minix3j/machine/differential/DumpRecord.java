package org.minix3j.machine.differential;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sequence's final state as the test program wrote it: the eight registers, EFLAGS, the
 * sequence number and the data area. Immutable: the arrays are copied in and out.
 *
 * <p>Entry points: {@link #parseAll} splits a program's output into records; {@link
 * #differences} lists how two records differ, comparing only the flags defined at the dump.
 */
final class DumpRecord {
  private final int[] registers;
  private final int eflags;
  private final int sequenceIndex;
  private final byte[] data;

  DumpRecord(int[] registers, int eflags, int sequenceIndex, byte[] data) {
    this.registers = registers.clone();
    this.eflags = eflags;
    this.sequenceIndex = sequenceIndex;
    this.data = data.clone();
  }

  /** One dumped register, by Intel index. */
  int register(int register) {
    return registers[register];
  }

  int eflags() {
    return eflags;
  }

  int sequenceIndex() {
    return sequenceIndex;
  }

  /** A copy of the dumped data area. */
  byte[] data() {
    return data.clone();
  }

  static List<DumpRecord> parseAll(byte[] output) {
    List<DumpRecord> records = new ArrayList<>();
    ByteBuffer buffer = ByteBuffer.wrap(output).order(ByteOrder.LITTLE_ENDIAN);
    for (int at = 0; at + ProgramWriter.RECORD_SIZE <= output.length;
        at += ProgramWriter.RECORD_SIZE) {
      int[] registers = new int[8];
      for (int register = 0; register < 8; register++) {
        registers[register] = buffer.getInt(at + 4 * register);
      }
      byte[] data = Arrays.copyOfRange(output, at + 64, at + ProgramWriter.RECORD_SIZE);
      records.add(new DumpRecord(registers, buffer.getInt(at + 32), buffer.getInt(at + 36), data));
    }
    return records;
  }

  /** What differs between {@code expected} and {@code actual}, or an empty list. */
  static List<String> differences(DumpRecord expected, DumpRecord actual, int undefinedFlags) {
    List<String> differences = new ArrayList<>();
    for (int register = 0; register < 8; register++) {
      if (expected.registers[register] != actual.registers[register]) {
        differences.add(SequenceWriter.REGISTERS_32[register] + " expected "
            + hex(expected.registers[register]) + " actual " + hex(actual.registers[register]));
      }
    }
    int compared = Flags.COMPARED & ~undefinedFlags;
    int flagDifference = (expected.eflags ^ actual.eflags) & compared;
    if (flagDifference != 0) {
      differences.add("eflags expected " + hex(expected.eflags) + " actual " + hex(actual.eflags)
          + " differ in " + Flags.names(flagDifference) + " (undefined here: "
          + Flags.names(undefinedFlags) + ")");
    }
    for (int offset = 0; offset < expected.data.length; offset++) {
      if (expected.data[offset] != actual.data[offset]) {
        differences.add("data+" + offset + " expected " + hex(expected.data[offset] & 0xFF)
            + " actual " + hex(actual.data[offset] & 0xFF));
        if (differences.size() > 12) {
          break;
        }
      }
    }
    return differences;
  }

  private static String hex(int value) {
    return "0x" + Integer.toHexString(value);
  }
}

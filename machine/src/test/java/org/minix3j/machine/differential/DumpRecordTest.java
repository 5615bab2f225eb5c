package org.minix3j.machine.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dumps are parsed at the program's record size, and compared with undefined flags masked. */
class DumpRecordTest {
  private static byte[] record(int eax, int eflags, int index, byte dataByte) {
    ByteBuffer buffer =
        ByteBuffer.allocate(ProgramWriter.RECORD_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    buffer.putInt(0, eax).putInt(32, eflags).putInt(36, index);
    buffer.put(64 + 5, dataByte);
    return buffer.array();
  }

  private static DumpRecord parse(byte[] bytes) {
    List<DumpRecord> records = DumpRecord.parseAll(bytes);
    assertEquals(1, records.size());
    return records.get(0);
  }

  @Test
  void parsesRegistersFlagsIndexAndData() {
    DumpRecord record = parse(record(0x1234, 0x246, 7, (byte) 9));
    assertEquals(0x1234, record.register(0));
    assertEquals(0x246, record.eflags());
    assertEquals(7, record.sequenceIndex());
    assertEquals(9, record.data()[5]);
  }

  @Test
  void undefinedFlagsAreNotCompared() {
    DumpRecord expected = parse(record(1, 0x202 | Flags.ADJUST, 0, (byte) 0));
    DumpRecord actual = parse(record(1, 0x202, 0, (byte) 0));
    assertEquals(List.of(), DumpRecord.differences(expected, actual, Flags.ADJUST));
    assertEquals(1, DumpRecord.differences(expected, actual, 0).size());
  }

  @Test
  void registerAndDataDifferencesAreReported() {
    DumpRecord expected = parse(record(1, 0x202, 0, (byte) 0));
    DumpRecord actual = parse(record(2, 0x202, 0, (byte) 3));
    List<String> differences = DumpRecord.differences(expected, actual, 0);
    assertEquals(2, differences.size());
    assertTrue(differences.get(0).startsWith("eax"), differences.get(0));
    assertTrue(differences.get(1).startsWith("data+5"), differences.get(1));
  }
}

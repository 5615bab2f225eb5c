package org.minix3j.machine.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A hand-made minimal static i386 executable for loader tests: the ELF header, a program
 * header table, and a few instructions that exit with status 42. The first program header
 * maps the whole file (R+X) at {@link #BASE}; a second one, if asked for, maps a writable
 * bss page {@link #BSS_OFFSET} bytes above it. Tests corrupt fields at the offsets named here.
 */
final class MinimalElf {
  static final int BASE = 0x0804_8000;
  static final int BSS_OFFSET = 0x2000;
  static final int HEADER_SIZE = 52;
  static final int PROGRAM_HEADER_SIZE = 32;
  /** mov eax, 1; mov ebx, 42; int 0x80 */
  static final byte[] CODE = {
    (byte) 0xb8, 1, 0, 0, 0, (byte) 0xbb, 42, 0, 0, 0, (byte) 0xcd, (byte) 0x80
  };

  private MinimalElf() {}

  /** Offset of program header {@code index}'s field at {@code fieldOffset}. */
  static int programHeaderField(int index, int fieldOffset) {
    return HEADER_SIZE + index * PROGRAM_HEADER_SIZE + fieldOffset;
  }

  static byte[] build(int programHeaders) {
    int codeOffset = HEADER_SIZE + programHeaders * PROGRAM_HEADER_SIZE;
    ByteBuffer file =
        ByteBuffer.allocate(codeOffset + CODE.length).order(ByteOrder.LITTLE_ENDIAN);
    file.put(new byte[] {0x7f, 'E', 'L', 'F', 1, 1, 1, 0});
    file.position(16);
    file.putShort((short) 2); // EXEC
    file.putShort((short) 3); // 386
    file.putInt(1); // version
    file.putInt(BASE + codeOffset); // entry
    file.putInt(HEADER_SIZE); // program header offset
    file.putInt(0); // section header offset
    file.putInt(0); // flags
    file.putShort((short) HEADER_SIZE);
    file.putShort((short) PROGRAM_HEADER_SIZE);
    file.putShort((short) programHeaders);
    file.putShort((short) 40);
    file.putShort((short) 0);
    file.putShort((short) 0);
    for (int index = 0; index < programHeaders; index++) {
      file.position(programHeaderField(index, 0));
      if (index == 0) {
        file.putInt(1).putInt(0).putInt(BASE).putInt(BASE)
            .putInt(codeOffset + CODE.length).putInt(codeOffset + CODE.length)
            .putInt(5).putInt(0x1000);
      } else {
        file.putInt(1).putInt(0).putInt(BASE + BSS_OFFSET * index).putInt(0)
            .putInt(0).putInt(0x1000).putInt(6).putInt(0x1000);
      }
    }
    file.position(codeOffset);
    file.put(CODE);
    return file.array();
  }

  static void putInt(byte[] file, int offset, int value) {
    ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
  }

  static void putShort(byte[] file, int offset, int value) {
    ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putShort(offset, (short) value);
  }
}

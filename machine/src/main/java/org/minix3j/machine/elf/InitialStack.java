package org.minix3j.machine.elf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a process's stack (writable, not executable) and lays out its initial contents as
 * Linux does for an i386 ELF at {@code _start}: from ESP upwards argc, the argv pointers and a
 * null, the envp pointers and a null, the auxiliary vector (AT_PAGESZ, AT_ENTRY, AT_NULL),
 * then the strings themselves near the top. ESP is 16-byte aligned.
 *
 * <p>Entry point: {@link #build}, which returns the initial ESP. Arguments that do not fit in
 * the stack are an {@link ElfFormatException}.
 */
public final class InitialStack {
  private static final int AUXILIARY_NULL = 0;
  private static final int AUXILIARY_PAGE_SIZE = 6;
  private static final int AUXILIARY_ENTRY = 9;

  private InitialStack() {}

  /**
   * Maps {@code [top - size, top)} and writes argc/argv/envp; returns the initial ESP.
   *
   * @param top the first address above the stack (page aligned)
   * @param size the stack size in bytes (a multiple of 4 KiB)
   */
  public static int build(
      AddressSpaceBuilder space,
      long top,
      int size,
      List<String> arguments,
      List<String> environment,
      long entryPoint)
      throws ElfFormatException {
    long bottom = top - size;
    for (long page = bottom; page < top; page += 4096) {
      space.map((int) page, true, false);
    }
    ByteArrayOutputStream strings = new ByteArrayOutputStream();
    List<Integer> argumentOffsets = new ArrayList<>();
    List<Integer> environmentOffsets = new ArrayList<>();
    for (String argument : arguments) {
      argumentOffsets.add(strings.size());
      strings.writeBytes(argument.getBytes(StandardCharsets.UTF_8));
      strings.write(0);
    }
    for (String variable : environment) {
      environmentOffsets.add(strings.size());
      strings.writeBytes(variable.getBytes(StandardCharsets.UTF_8));
      strings.write(0);
    }
    byte[] stringBytes = strings.toByteArray();
    long stringsStart = (top - 16 - stringBytes.length) & ~3L;
    int words = 1 + arguments.size() + 1 + environment.size() + 1 + 6;
    long stackPointer = (stringsStart - 4L * words) & ~15L;
    if (stackPointer < bottom + 4096) {
      throw new ElfFormatException(
          "the arguments and environment (" + stringBytes.length
              + " bytes) do not fit in the stack");
    }
    ByteBuffer table = ByteBuffer.allocate(4 * words).order(ByteOrder.LITTLE_ENDIAN);
    table.putInt(arguments.size());
    for (int offset : argumentOffsets) {
      table.putInt((int) (stringsStart + offset));
    }
    table.putInt(0);
    for (int offset : environmentOffsets) {
      table.putInt((int) (stringsStart + offset));
    }
    table.putInt(0);
    table.putInt(AUXILIARY_PAGE_SIZE).putInt(4096);
    table.putInt(AUXILIARY_ENTRY).putInt((int) entryPoint);
    table.putInt(AUXILIARY_NULL).putInt(0);
    space.write((int) stringsStart, stringBytes);
    space.write((int) stackPointer, table.array());
    return (int) stackPointer;
  }
}

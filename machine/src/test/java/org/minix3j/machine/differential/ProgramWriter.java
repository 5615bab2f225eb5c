package org.minix3j.machine.differential;

import java.util.List;

/**
 * Writes a batch of sequences as one i386 assembly program. For each sequence the program
 * copies the sequence's initial data into the data area, points ESP into the middle of the
 * stack area, loads the flags (PUSH/POPFD) and the registers, runs the sequence, then stores
 * the registers, EFLAGS and the sequence number in the dump area and writes the dump area and
 * the data area ({@link #RECORD_SIZE} bytes) to standard output with Linux's write (int
 * 0x80). After the last sequence it exits with status 0.
 *
 * <p>Layout: the dump area (64 bytes) is immediately followed by the data area, so one write
 * covers both; the stack area is 8 KiB with ESP starting in its middle.
 */
final class ProgramWriter {
  /** Bytes written per sequence: 64 bytes of registers and flags, then the data area. */
  static final int RECORD_SIZE = 64 + SequenceWriter.DATA_SIZE;

  private ProgramWriter() {}

  static String write(List<GeneratedSequence> sequences) {
    StringBuilder text = new StringBuilder(sequences.size() * 2048);
    text.append(".intel_syntax noprefix\n.text\n.globl _start\n_start:\n");
    for (GeneratedSequence sequence : sequences) {
      int index = sequence.index();
      text.append("# sequence ").append(index).append('\n');
      text.append("cld\nmov esi, offset init_").append(index).append('\n');
      text.append("mov edi, offset data\nmov ecx, ").append(SequenceWriter.DATA_SIZE / 4)
          .append("\nrep movsd\nmov esp, offset stack+4096\n");
      text.append("push ").append(SequenceWriter.hex(sequence.flags() & 0xFFFFFFFFL))
          .append("\npopfd\n");
      for (int register = 0; register < 8; register++) {
        if (register != SequenceWriter.ESP) {
          text.append("mov ").append(SequenceWriter.REGISTERS_32[register]).append(", ")
              .append(SequenceWriter.hex(sequence.register(register) & 0xFFFFFFFFL))
              .append('\n');
        }
      }
      for (String line : sequence.lines()) {
        text.append(line).append('\n');
      }
      for (int register = 0; register < 8; register++) {
        text.append("mov dword ptr [dump+").append(4 * register).append("], ")
            .append(SequenceWriter.REGISTERS_32[register]).append('\n');
      }
      // Clear the stack slot PUSHFD used: it may hold undefined flags a later POP would read.
      text.append("pushfd\npop dword ptr [dump+32]\nmov dword ptr [esp-4], 0\n");
      text.append("mov dword ptr [dump+36], ").append(index).append('\n');
      text.append("mov eax, 4\nmov ebx, 1\nmov ecx, offset dump\nmov edx, ")
          .append(RECORD_SIZE).append("\nint 0x80\n");
    }
    text.append("mov eax, 1\nxor ebx, ebx\nint 0x80\n");
    text.append(".data\n");
    for (GeneratedSequence sequence : sequences) {
      text.append("init_").append(sequence.index()).append(":\n");
      byte[] data = sequence.data();
      for (int at = 0; at < data.length; at += 32) {
        text.append(".byte ");
        for (int offset = at; offset < at + 32; offset++) {
          text.append(offset == at ? "" : ",").append(data[offset] & 0xFF);
        }
        text.append('\n');
      }
    }
    text.append(".bss\n.balign 4096\ndump: .skip 64\ndata: .skip ")
        .append(SequenceWriter.DATA_SIZE).append("\n.balign 16\nstack: .skip 8192\n");
    return text.toString();
  }
}

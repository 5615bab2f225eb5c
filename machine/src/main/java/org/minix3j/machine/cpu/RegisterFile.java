package org.minix3j.machine.cpu;

/**
 * Bottom layer of the CPU: the eight general registers, EIP and the segment registers.
 *
 * <p>Registers are kept by Intel index (EAX=0, ECX=1, EDX=2, EBX=3, ESP=4, EBP=5, ESI=6,
 * EDI=7). Byte registers use the Intel numbering too: 0-3 are AL, CL, DL, BL (low bytes of
 * registers 0-3) and 4-7 are AH, CH, DH, BH (bits 15..8 of registers 0-3).
 *
 * <p>{@code eip} is the address of the instruction being executed; it changes only when an
 * instruction completes, so a fault leaves it on the faulting instruction. Segments are flat:
 * each segment register has a selector (what MOV/PUSH show) and a base (default 0) added to
 * every effective address that uses it (the kernel may give FS/GS a base for thread storage).
 */
abstract class RegisterFile {
  static final int EAX = 0;
  static final int ECX = 1;
  static final int EDX = 2;
  static final int EBX = 3;
  static final int ESP = 4;
  static final int EBP = 5;
  static final int ESI = 6;
  static final int EDI = 7;

  static final int ES = 0;
  static final int CS = 1;
  static final int SS = 2;
  static final int DS = 3;
  static final int FS = 4;
  static final int GS = 5;

  final int[] registers = new int[8];
  final int[] segmentSelectors = {0x23, 0x1B, 0x23, 0x23, 0, 0};
  final int[] segmentBases = new int[6];
  int eip;

  final int register8(int index) {
    return index < 4 ? registers[index] & 0xFF : (registers[index - 4] >>> 8) & 0xFF;
  }

  final void setRegister8(int index, int value) {
    if (index < 4) {
      registers[index] = (registers[index] & 0xFFFFFF00) | (value & 0xFF);
    } else {
      int r = index - 4;
      registers[r] = (registers[r] & 0xFFFF00FF) | ((value & 0xFF) << 8);
    }
  }

  final int register16(int index) {
    return registers[index] & 0xFFFF;
  }

  final void setRegister16(int index, int value) {
    registers[index] = (registers[index] & 0xFFFF0000) | (value & 0xFFFF);
  }
}

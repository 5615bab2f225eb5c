package org.minix3j.machine.cpu;

import org.minix3j.machine.memory.Access;
import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Layer 4 of the CPU: prefixes, instruction-stream fetches, ModRM/SIB addressing and the
 * operand accessors built on it.
 *
 * <p>Per instruction: the instruction pointer ({@link #ip()}, kept as an index into the code
 * window of {@link LinearMemory}) starts at {@code eip} and advances with every byte fetched;
 * prefix bytes set {@code operandSize} (0x66), {@code addressSize16} (0x67), {@code
 * segmentOverride}, {@code repeatPrefix} (0xF2/0xF3) and {@code lockPrefix}. {@link
 * #decodeModrm()} reads ModRM, SIB and displacement and leaves {@code modrmReg}, {@code
 * modrmRm}, {@code modrmRegisterForm} and, for a memory form, {@code effectiveOffset} (what LEA
 * sees) and {@code effectiveAddress} (plus the segment base: the linear address).
 *
 * <p>Length limit: an instruction longer than 15 bytes is #GP(0). Only an instruction with
 * several prefixes can get there, so after the fourth prefix every further fetch goes through a
 * checked slow path; the fast path has no length test. A fetch that leaves the code page (or
 * starts outside it) re-translates with {@code Access.EXECUTE}, so a fetch crossing into an
 * unmapped or no-execute page faults with CR2 = the first byte on that page. When the longest
 * ModRM form (ModRM, SIB, disp32) fits before the end of the code page, {@link #decodeModrm()}
 * reads it straight from RAM with one check; otherwise it goes byte by byte through the fetches.
 */
abstract class InstructionDecoder extends LinearMemory {
  static final int MAX_INSTRUCTION_LENGTH = 15;
  static final int NO_SEGMENT_OVERRIDE = -1;
  /** Bytes of the longest 32-bit ModRM form: ModRM, SIB, disp32. */
  private static final int LONGEST_MODRM = 6;

  int operandSize = SIZE32;
  boolean addressSize16;
  int segmentOverride = NO_SEGMENT_OVERRIDE;
  int repeatPrefix;
  boolean lockPrefix;
  int prefixCount;
  boolean lengthChecked;

  int modrmReg;
  int modrmRm;
  boolean modrmRegisterForm;
  int effectiveOffset;
  int effectiveAddress;

  InstructionDecoder(PhysicalMemory physicalMemory, Mmu mmu) {
    super(physicalMemory, mmu);
  }

  final void resetPrefixes() {
    operandSize = SIZE32;
    addressSize16 = false;
    segmentOverride = NO_SEGMENT_OVERRIDE;
    repeatPrefix = 0;
    lockPrefix = false;
    prefixCount = 0;
    lengthChecked = false;
  }

  /** Counts a prefix byte; from the fifth on, fetches check the 15-byte limit. */
  final void countPrefix() {
    if (++prefixCount >= 4 && !lengthChecked) {
      lengthChecked = true;
      codeLimit = Integer.MIN_VALUE;
    }
  }

  /** The linear address of the next instruction byte. */
  final int ip() {
    return codeIndex + codeBias;
  }

  /** Moves the instruction pointer to {@code linear}, keeping the code window if it covers it. */
  final void setIp(int linear) {
    int index = linear - codeBias;
    codeIndex = index;
    boolean outside = index < codeStart || index >= codeEnd;
    codeLimit = outside || lengthChecked ? Integer.MIN_VALUE : codeEnd;
  }

  final int fetch8() {
    int index = codeIndex;
    if (index >= codeLimit) {
      return fetchSlow();
    }
    codeIndex = index + 1;
    return ram[index] & 0xFF;
  }

  private int fetchSlow() {
    int linear = codeIndex + codeBias;
    if (lengthChecked && linear - eip >= MAX_INSTRUCTION_LENGTH) {
      throw CpuFault.generalProtection(0);
    }
    int frame = translate(linear, Access.EXECUTE) & ~0xFFF;
    codeStart = frame;
    codeEnd = frame + PhysicalMemory.PAGE_SIZE;
    codeBias = (linear & ~0xFFF) - frame;
    int index = linear - codeBias;
    codeIndex = index + 1;
    codeLimit = lengthChecked ? Integer.MIN_VALUE : codeEnd;
    return ram[index] & 0xFF;
  }

  final int fetchSigned8() {
    return (byte) fetch8();
  }

  final int fetch16() {
    return fetch8() | fetch8() << 8;
  }

  final int fetch32() {
    int index = codeIndex;
    int limit = codeLimit;
    if (limit > 0 && index <= limit - 4) {
      codeIndex = index + 4;
      return (int) INT_LE.get(ram, index);
    }
    return fetch8() | fetch8() << 8 | fetch8() << 16 | fetch8() << 24;
  }

  /** An immediate of the current operand size (imm16 or imm32). */
  final int fetchImmediate() {
    return operandSize == SIZE16 ? fetch16() : fetch32();
  }

  final int fetchImmediate(int size) {
    return switch (size) {
      case SIZE8 -> fetch8();
      case SIZE16 -> fetch16();
      default -> fetch32();
    };
  }

  final int segmentBase(int defaultSegment) {
    return segmentBases[segmentOverride < 0 ? defaultSegment : segmentOverride];
  }

  /** Kept within the JIT's size limit for inlining at any call site: do not add to it. */
  final void decodeModrm() {
    int index = codeIndex;
    int limit = codeLimit;
    if (limit > 0 && index <= limit - LONGEST_MODRM) {
      decodeModrmInPage(index);
    } else {
      decodeModrmByteByByte();
    }
  }

  /**
   * The fast path of {@link #decodeModrm()}: the longest ModRM form (ModRM, SIB, disp32) lies
   * inside the code page, so with 32-bit addressing the bytes are read straight from RAM with no
   * per-byte checks. Reading bytes past the instruction's end is harmless (same page).
   */
  private void decodeModrmInPage(int index) {
    if (addressSize16) {
      decodeModrmByteByByte();
      return;
    }
    byte[] code = ram;
    int m = code[index] & 0xFF;
    int mod = m >>> 6;
    int rm = m & 7;
    modrmReg = (m >>> 3) & 7;
    modrmRm = rm;
    if (mod == 3) {
      modrmRegisterForm = true;
      codeIndex = index + 1;
      return;
    }
    modrmRegisterForm = false;
    int next = index + 1;
    int segment = DS;
    int offset;
    if (rm == 4) {
      int sib = code[next] & 0xFF;
      next++;
      int scaledIndex = (sib >>> 3) & 7;
      int base = sib & 7;
      offset = scaledIndex == 4 ? 0 : registers[scaledIndex] << (sib >>> 6);
      if (base == 5 && mod == 0) {
        offset += (int) INT_LE.get(code, next);
        next += 4;
      } else {
        offset += registers[base];
        if (base == ESP || base == EBP) {
          segment = SS;
        }
      }
    } else if (rm == 5 && mod == 0) {
      offset = (int) INT_LE.get(code, next);
      next += 4;
    } else {
      offset = registers[rm];
      if (rm == EBP) {
        segment = SS;
      }
    }
    if (mod == 1) {
      offset += code[next];
      next++;
    } else if (mod == 2) {
      offset += (int) INT_LE.get(code, next);
      next += 4;
    }
    codeIndex = next;
    effectiveOffset = offset;
    effectiveAddress = offset + segmentBase(segment);
  }

  private void decodeModrmByteByByte() {
    int m = fetch8();
    modrmReg = (m >>> 3) & 7;
    modrmRm = m & 7;
    int mod = m >>> 6;
    if (mod == 3) {
      modrmRegisterForm = true;
      return;
    }
    modrmRegisterForm = false;
    if (addressSize16) {
      decodeAddress16(mod, m & 7);
      return;
    }
    int rm = m & 7;
    int segment = DS;
    int offset;
    if (rm == 4) {
      int sib = fetch8();
      int index = (sib >>> 3) & 7;
      int base = sib & 7;
      offset = index == 4 ? 0 : registers[index] << (sib >>> 6);
      if (base == 5 && mod == 0) {
        offset += fetch32();
      } else {
        offset += registers[base];
        if (base == ESP || base == EBP) {
          segment = SS;
        }
      }
    } else if (rm == 5 && mod == 0) {
      offset = fetch32();
    } else {
      offset = registers[rm];
      if (rm == EBP) {
        segment = SS;
      }
    }
    if (mod == 1) {
      offset += fetchSigned8();
    } else if (mod == 2) {
      offset += fetch32();
    }
    effectiveOffset = offset;
    effectiveAddress = offset + segmentBase(segment);
  }

  private void decodeAddress16(int mod, int rm) {
    int segment = DS;
    int offset;
    switch (rm) {
      case 0 -> offset = registers[EBX] + registers[ESI];
      case 1 -> offset = registers[EBX] + registers[EDI];
      case 2 -> {
        offset = registers[EBP] + registers[ESI];
        segment = SS;
      }
      case 3 -> {
        offset = registers[EBP] + registers[EDI];
        segment = SS;
      }
      case 4 -> offset = registers[ESI];
      case 5 -> offset = registers[EDI];
      case 6 -> {
        if (mod == 0) {
          offset = fetch16();
        } else {
          offset = registers[EBP];
          segment = SS;
        }
      }
      default -> offset = registers[EBX];
    }
    if (mod == 1) {
      offset += fetchSigned8();
    } else if (mod == 2) {
      offset += fetch16();
    }
    offset &= 0xFFFF;
    effectiveOffset = offset;
    effectiveAddress = offset + segmentBase(segment);
  }

  /** Throws #UD unless the ModRM operand is in memory (LEA, CMPXCHG8B, BOUND, far pointers). */
  final void requireMemoryOperand() {
    if (modrmRegisterForm) {
      throw CpuFault.invalidOpcode();
    }
  }

  final int readRm8() {
    return modrmRegisterForm ? register8(modrmRm) : read8(effectiveAddress);
  }

  final void writeRm8(int value) {
    if (modrmRegisterForm) {
      setRegister8(modrmRm, value);
    } else {
      write8(effectiveAddress, value);
    }
  }

  final int readRm16() {
    return modrmRegisterForm ? registers[modrmRm] & 0xFFFF : read16(effectiveAddress);
  }

  final void writeRm16(int value) {
    if (modrmRegisterForm) {
      setRegister16(modrmRm, value);
    } else {
      write16(effectiveAddress, value);
    }
  }

  final int readRm32() {
    return modrmRegisterForm ? registers[modrmRm] : read32(effectiveAddress);
  }

  final void writeRm32(int value) {
    if (modrmRegisterForm) {
      registers[modrmRm] = value;
    } else {
      write32(effectiveAddress, value);
    }
  }

  /** Reads the ModRM r/m operand with size code {@code size}, zero-extended. */
  final int readRm(int size) {
    return switch (size) {
      case SIZE8 -> readRm8();
      case SIZE16 -> readRm16();
      default -> readRm32();
    };
  }

  final void writeRm(int size, int value) {
    switch (size) {
      case SIZE8 -> writeRm8(value);
      case SIZE16 -> writeRm16(value);
      default -> writeRm32(value);
    }
  }

  /** Reads general register {@code index} with size code {@code size}, zero-extended. */
  final int readRegister(int size, int index) {
    return switch (size) {
      case SIZE8 -> register8(index);
      case SIZE16 -> registers[index] & 0xFFFF;
      default -> registers[index];
    };
  }

  final void writeRegister(int size, int index, int value) {
    switch (size) {
      case SIZE8 -> setRegister8(index, value);
      case SIZE16 -> setRegister16(index, value);
      default -> registers[index] = value;
    }
  }
}

package org.minix3j.machine.cpu;

import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Layer 12 of the CPU: the 0F opcode page.
 *
 * <p>Implemented: Jcc rel16/32, SETcc, CMOVcc, BT/BTS/BTR/BTC (register and immediate),
 * BSF/BSR, SHLD/SHRD, IMUL Gv,Ev, MOVZX/MOVSX, XADD, CMPXCHG, CMPXCHG8B, BSWAP, CPUID, RDTSC,
 * PUSH/POP FS/GS, LSS/LFS/LGS, the hint NOPs 0F 18-1F (ModRM decoded, memory not touched), and
 * the ring-3 visible system instructions SLDT/STR/SMSW/SGDT/SIDT (store zeros or CR0's low word),
 * LAR/LSL/VERR/VERW (ZF=0: no descriptor tables). Privileged ones (LLDT, LTR, LGDT, LIDT, LMSW,
 * INVLPG, CLTS, INVD, WBINVD, MOV CRn/DRn, WRMSR, RDMSR, RDPMC, SYSENTER, SYSEXIT) are #GP(0).
 * Everything else (UD2, SYSCALL, x87/MMX/SSE, POPCNT, MOVBE, ...) is #UD: this i686 has none.
 */
abstract class TwoByteOpcodes extends SystemUnit {
  /** CR0's low word as SMSW shows it: PE, EM (no FPU), ET. */
  static final int MACHINE_STATUS_WORD = 0x0015;

  TwoByteOpcodes(PhysicalMemory physicalMemory, Mmu mmu) {
    super(physicalMemory, mmu);
  }

  final void executeTwoByte() {
    int opcode = fetch8();
    if (lockPrefix) {
      checkLockable(0x100 | opcode);
    }
    switch (opcode >>> 4) {
      case 0x4 -> {
        decodeModrm();
        int value = readRm(operandSize);
        if (condition(opcode & 0xF)) {
          writeRegister(operandSize, modrmReg, value);
        }
      }
      case 0x8 -> {
        int displacement = operandSize == SIZE16 ? (short) fetch16() : fetch32();
        conditionalJump(opcode & 0xF, displacement);
      }
      case 0x9 -> {
        decodeModrm();
        writeRm8(condition(opcode & 0xF) ? 1 : 0);
      }
      case 0xC -> {
        if (opcode >= 0xC8) {
          byteSwap(opcode & 7);
        } else {
          executeC0Row(opcode);
        }
      }
      default -> executeOther(opcode);
    }
  }

  private void executeC0Row(int opcode) {
    switch (opcode) {
      case 0xC0 -> exchangeAdd(SIZE8);
      case 0xC1 -> exchangeAdd(operandSize);
      case 0xC7 -> {
        decodeModrm();
        if (modrmReg != 1) {
          throw CpuFault.invalidOpcode();
        }
        compareExchange8Bytes();
      }
      default -> throw CpuFault.invalidOpcode();
    }
  }

  private void executeOther(int opcode) {
    switch (opcode) {
      case 0x00 -> group6();
      case 0x01 -> group7();
      case 0x02, 0x03 -> {
        decodeModrm();
        readRm16();
        setSomeArithmeticFlags(ZF, 0);
      }
      case 0x06, 0x08, 0x09, 0x20, 0x21, 0x22, 0x23, 0x30, 0x32, 0x33, 0x34, 0x35 ->
          throw CpuFault.generalProtection(0);
      case 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F -> decodeModrm();
      case 0x31 -> readTimeStampCounter();
      case 0xA0 -> push(segmentSelectors[FS]);
      case 0xA8 -> push(segmentSelectors[GS]);
      case 0xA1 -> popSegment(FS);
      case 0xA9 -> popSegment(GS);
      case 0xA2 -> cpuid();
      case 0xA3, 0xAB, 0xB3, 0xBB -> {
        decodeModrm();
        bitTest((opcode >>> 3) & 3, readRegister(operandSize, modrmReg), true);
      }
      case 0xA4, 0xAC -> {
        decodeModrm();
        doubleShift(opcode == 0xA4, fetch8());
      }
      case 0xA5, 0xAD -> {
        decodeModrm();
        doubleShift(opcode == 0xA5, registers[ECX]);
      }
      case 0xAF -> {
        decodeModrm();
        multiplySignedInto(readRegister(operandSize, modrmReg), signedRm());
      }
      case 0xB0 -> compareExchange(SIZE8);
      case 0xB1 -> compareExchange(operandSize);
      case 0xB2 -> loadFarPointer(SS);
      case 0xB4 -> loadFarPointer(FS);
      case 0xB5 -> loadFarPointer(GS);
      case 0xB6 -> moveExtend(SIZE8, false);
      case 0xB7 -> moveExtend(SIZE16, false);
      case 0xBE -> moveExtend(SIZE8, true);
      case 0xBF -> moveExtend(SIZE16, true);
      case 0xBA -> {
        decodeModrm();
        int immediate = fetch8();
        if (modrmReg < 4) {
          throw CpuFault.invalidOpcode();
        }
        bitTest(modrmReg - 4, immediate, false);
      }
      case 0xBC, 0xBD -> {
        decodeModrm();
        bitScan(opcode == 0xBC);
      }
      default -> throw CpuFault.invalidOpcode();
    }
  }

  /** The ModRM operand sign-extended from the operand size. */
  final int signedRm() {
    return operandSize == SIZE16 ? (short) readRm16() : readRm32();
  }

  final void popSegment(int segment) {
    int selector = peek();
    loadSegment(segment, selector);
    registers[ESP] += stackSlot();
  }

  /** 0F 00: SLDT, STR (store 0), LLDT, LTR (#GP), VERR, VERW (ZF=0). */
  private void group6() {
    decodeModrm();
    switch (modrmReg) {
      case 0, 1 -> storeSystemWord(0);
      case 2, 3 -> throw CpuFault.generalProtection(0);
      case 4, 5 -> {
        readRm16();
        setSomeArithmeticFlags(ZF, 0);
      }
      default -> throw CpuFault.invalidOpcode();
    }
  }

  /** 0F 01: SGDT, SIDT (store zeros), SMSW; LGDT, LIDT, LMSW, INVLPG are #GP(0). */
  private void group7() {
    decodeModrm();
    switch (modrmReg) {
      case 0, 1 -> {
        requireMemoryOperand();
        probeWrite(effectiveAddress, 6);
        write16(effectiveAddress, 0);
        write32(effectiveAddress + 2, 0);
      }
      case 4 -> storeSystemWord(MACHINE_STATUS_WORD);
      case 2, 3, 6 -> throw CpuFault.generalProtection(0);
      case 7 -> {
        requireMemoryOperand();
        throw CpuFault.generalProtection(0);
      }
      default -> throw CpuFault.invalidOpcode();
    }
  }

  /** SLDT/STR/SMSW: a register destination takes the operand size, memory gets 16 bits. */
  private void storeSystemWord(int value) {
    if (modrmRegisterForm) {
      writeRegister(operandSize, modrmRm, value);
    } else {
      write16(effectiveAddress, value);
    }
  }

  /**
   * LOCK is allowed only on ADD, ADC, AND, BTC, BTR, BTS, CMPXCHG, CMPXCHG8B, DEC, INC, NEG,
   * NOT, OR, SBB, SUB, XOR, XADD and XCHG with a memory destination; anything else is #UD. The
   * instruction's ModRM byte is peeked (without consuming it) to check the memory form.
   * {@code opcode} is 0x100 | byte for the 0F page.
   */
  final void checkLockable(int opcode) {
    boolean lockable =
        switch (opcode) {
          case 0x00, 0x01, 0x08, 0x09, 0x10, 0x11, 0x18, 0x19, 0x20, 0x21, 0x28, 0x29, 0x30, 0x31,
              0x80, 0x81, 0x82, 0x83, 0x86, 0x87 -> opcode < 0x80 || (peekModrm() >>> 3 & 7) != 7
                  || opcode >= 0x86;
          case 0xF6, 0xF7 -> {
            int reg = peekModrm() >>> 3 & 7;
            yield reg == 2 || reg == 3;
          }
          case 0xFE, 0xFF -> (peekModrm() >>> 3 & 7) <= 1;
          case 0x1AB, 0x1B3, 0x1BB, 0x1B0, 0x1B1, 0x1C0, 0x1C1 -> true;
          case 0x1BA -> (peekModrm() >>> 3 & 7) >= 5;
          case 0x1C7 -> (peekModrm() >>> 3 & 7) == 1;
          default -> false;
        };
    if (!lockable || peekModrm() >= 0xC0) {
      throw CpuFault.invalidOpcode();
    }
  }

  private int peekModrm() {
    int saved = ip();
    int value = fetch8();
    setIp(saved);
    return value;
  }
}

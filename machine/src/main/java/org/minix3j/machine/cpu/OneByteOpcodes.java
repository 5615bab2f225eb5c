package org.minix3j.machine.cpu;

import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Layer 13 of the CPU: the one-byte opcode map and the prefixes.
 *
 * <p>{@link #execute(int)} is one switch on the opcode byte; each case calls the unit that
 * implements the family. A prefix records itself and dispatches the next byte (the 15-byte limit
 * bounds the chain). LOCK is checked against the lockable instructions before the prefixed
 * instruction runs. Far transfers (CALLF/JMPF/RETF) succeed only to the current code selector
 * (flat model, no descriptor tables), otherwise #GP(selector); IRET, BOUND and the I/O and
 * interrupt-flag instructions are not available in ring 3 here (IRET, IN, OUT, INS, OUTS, CLI,
 * STI, HLT: #GP(0); BOUND: #UD). x87 escapes D8-DF are #UD: there is no FPU.
 */
abstract class OneByteOpcodes extends TwoByteOpcodes {
  OneByteOpcodes(PhysicalMemory physicalMemory, Mmu mmu) {
    super(physicalMemory, mmu);
  }

  final void execute(int opcode) {
    switch (opcode) {
      case 0x00, 0x08, 0x10, 0x18, 0x20, 0x28, 0x30, 0x38 -> aluRmRegister(opcode >>> 3, SIZE8);
      case 0x01, 0x09, 0x11, 0x19, 0x21, 0x29, 0x31, 0x39 ->
          aluRmRegister(opcode >>> 3, operandSize);
      case 0x02, 0x0A, 0x12, 0x1A, 0x22, 0x2A, 0x32, 0x3A -> aluRegisterRm(opcode >>> 3, SIZE8);
      case 0x03, 0x0B, 0x13, 0x1B, 0x23, 0x2B, 0x33, 0x3B ->
          aluRegisterRm(opcode >>> 3, operandSize);
      case 0x04, 0x0C, 0x14, 0x1C, 0x24, 0x2C, 0x34, 0x3C ->
          aluAccumulator(opcode >>> 3, SIZE8, fetch8());
      case 0x05, 0x0D, 0x15, 0x1D, 0x25, 0x2D, 0x35, 0x3D ->
          aluAccumulator(opcode >>> 3, operandSize, fetchImmediate());
      case 0x06 -> push(segmentSelectors[ES]);
      case 0x07 -> popSegment(ES);
      case 0x0E -> push(segmentSelectors[CS]);
      case 0x16 -> push(segmentSelectors[SS]);
      case 0x17 -> popSegment(SS);
      case 0x1E -> push(segmentSelectors[DS]);
      case 0x1F -> popSegment(DS);
      case 0x0F -> executeTwoByte();
      case 0x26 -> segmentPrefix(ES);
      case 0x2E -> segmentPrefix(CS);
      case 0x36 -> segmentPrefix(SS);
      case 0x3E -> segmentPrefix(DS);
      case 0x64 -> segmentPrefix(FS);
      case 0x65 -> segmentPrefix(GS);
      case 0x66 -> {
        operandSize = SIZE16;
        afterPrefix();
      }
      case 0x67 -> {
        addressSize16 = true;
        afterPrefix();
      }
      case 0xF0 -> {
        lockPrefix = true;
        afterPrefix();
      }
      case 0xF2, 0xF3 -> {
        repeatPrefix = opcode;
        afterPrefix();
      }
      case 0x27 -> decimalAdjust(false);
      case 0x2F -> decimalAdjust(true);
      case 0x37 -> asciiAdjust(false);
      case 0x3F -> asciiAdjust(true);
      case 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47 -> incrementRegister(opcode & 7, false);
      case 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F -> incrementRegister(opcode & 7, true);
      case 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57 -> pushRegister(opcode & 7);
      case 0x58, 0x59, 0x5A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F -> popRegister(opcode & 7);
      case 0x60 -> pushAll();
      case 0x61 -> popAll();
      case 0x63 -> adjustRequestedPrivilege();
      case 0x68 -> push(fetchImmediate());
      case 0x69 -> multiplyImmediate(false);
      case 0x6A -> push(fetchSigned8());
      case 0x6B -> multiplyImmediate(true);
      case 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x7B, 0x7C, 0x7D,
          0x7E, 0x7F -> conditionalJump(opcode & 0xF, fetchSigned8());
      case 0x80, 0x81, 0x82, 0x83 -> group1(opcode);
      case 0x84 -> testRmRegister(SIZE8);
      case 0x85 -> testRmRegister(operandSize);
      case 0x86 -> exchange(SIZE8);
      case 0x87 -> exchange(operandSize);
      case 0x88 -> moveToRm8();
      case 0x89 -> moveToRm();
      case 0x8A -> moveFromRm8();
      case 0x8B -> moveFromRm();
      case 0x8C -> moveFromSegment();
      case 0x8D -> loadEffectiveAddress();
      case 0x8E -> moveToSegment();
      case 0x8F -> popRm();
      case 0x90, 0x9B -> {}
      case 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97 -> exchangeAccumulator(opcode & 7);
      case 0x98 -> convertAccumulator();
      case 0x99 -> convertToDouble();
      case 0x9A -> farTransfer(true);
      case 0x9C -> pushFlags();
      case 0x9D -> popFlags();
      case 0x9E -> storeAhIntoFlags();
      case 0x9F -> loadFlagsIntoAh();
      case 0xA0, 0xA1, 0xA2, 0xA3 -> moveOffset(opcode);
      case 0xA4 -> stringInstruction(MOVS, SIZE8);
      case 0xA5 -> stringInstruction(MOVS, operandSize);
      case 0xA6 -> stringInstruction(CMPS, SIZE8);
      case 0xA7 -> stringInstruction(CMPS, operandSize);
      case 0xA8 -> test(SIZE8, registers[EAX], fetch8());
      case 0xA9 -> test(operandSize, registers[EAX], fetchImmediate());
      case 0xAA -> stringInstruction(STOS, SIZE8);
      case 0xAB -> stringInstruction(STOS, operandSize);
      case 0xAC -> stringInstruction(LODS, SIZE8);
      case 0xAD -> stringInstruction(LODS, operandSize);
      case 0xAE -> stringInstruction(SCAS, SIZE8);
      case 0xAF -> stringInstruction(SCAS, operandSize);
      case 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7 -> setRegister8(opcode & 7, fetch8());
      case 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF ->
          writeRegister(operandSize, opcode & 7, fetchImmediate());
      case 0xC0, 0xC1 -> {
        decodeModrm();
        group2(opcode == 0xC0 ? SIZE8 : operandSize, fetch8());
      }
      case 0xC2 -> returnNear(fetch16());
      case 0xC3 -> returnNear(0);
      case 0xC4 -> loadFarPointer(ES);
      case 0xC5 -> loadFarPointer(DS);
      case 0xC6, 0xC7 -> moveImmediateToRm(opcode == 0xC6 ? SIZE8 : operandSize);
      case 0xC8 -> {
        int frameSize = fetch16();
        enter(frameSize, fetch8());
      }
      case 0xC9 -> leave();
      case 0xCA -> farReturn(fetch16());
      case 0xCB -> farReturn(0);
      case 0xCC -> softwareInterrupt(3);
      case 0xCD -> softwareInterrupt(fetch8());
      case 0xCE -> {
        if (condition(0)) {
          softwareInterrupt(4);
        }
      }
      case 0xD0, 0xD1, 0xD2, 0xD3 -> {
        decodeModrm();
        group2((opcode & 1) == 0 ? SIZE8 : operandSize, opcode < 0xD2 ? 1 : registers[ECX]);
      }
      case 0xD4 -> asciiAdjustMultiply(fetch8());
      case 0xD5 -> asciiAdjustDivide(fetch8());
      case 0xD6 -> setAlFromCarry();
      case 0xD7 -> translateByte();
      case 0xE0, 0xE1, 0xE2, 0xE3 -> loop(opcode, fetchSigned8());
      case 0xE8 -> callRelative(operandSize == SIZE16 ? (short) fetch16() : fetch32());
      case 0xE9 -> jumpRelative(operandSize == SIZE16 ? (short) fetch16() : fetch32());
      case 0xEA -> farTransfer(false);
      case 0xEB -> jumpRelative(fetchSigned8());
      case 0xF1 -> softwareInterrupt(1);
      case 0xF5 -> setSomeArithmeticFlags(CF, carryFlag() ^ CF);
      case 0xF6 -> group3(SIZE8);
      case 0xF7 -> group3(operandSize);
      case 0xF8 -> setSomeArithmeticFlags(CF, 0);
      case 0xF9 -> setSomeArithmeticFlags(CF, CF);
      case 0xFC -> controlFlags &= ~DF;
      case 0xFD -> controlFlags |= DF;
      case 0xFE -> group4();
      case 0xFF -> group5();
      case 0x6C, 0x6D, 0x6E, 0x6F, 0xCF, 0xE4, 0xE5, 0xE6, 0xE7, 0xEC, 0xED, 0xEE, 0xEF, 0xF4,
          0xFA, 0xFB -> throw CpuFault.generalProtection(0);
      default -> throw CpuFault.invalidOpcode();
    }
  }

  private void segmentPrefix(int segment) {
    segmentOverride = segment;
    afterPrefix();
  }

  /**
   * Fetches and executes what follows a prefix; the prefixes end with the instruction (a fault
   * on the way resets them in the run loop), so the loop itself never checks for them.
   */
  private void afterPrefix() {
    countPrefix();
    int opcode = fetch8();
    if (lockPrefix && opcode != 0x0F && !isPrefix(opcode)) {
      checkLockable(opcode);
    }
    execute(opcode);
    resetPrefixes();
  }

  private static boolean isPrefix(int opcode) {
    return switch (opcode) {
      case 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x66, 0x67, 0xF0, 0xF2, 0xF3 -> true;
      default -> false;
    };
  }

  /**
   * INT n, INT3, INT1, INTO: the instruction retires and the run ends with a software-interrupt
   * trap. Not an exception: the run loop sees {@code budgetRemaining} at zero and {@code
   * interruptVector} set (a trap taken once per system call must not pay for unwinding).
   */
  private void softwareInterrupt(int vector) {
    eip = ip();
    interruptVector = vector;
    budgetAtInterrupt = budgetRemaining;
    budgetRemaining = 0;
  }

  private void pushRegister(int index) {
    if (operandSize == SIZE32) {
      push32(registers[index]);
    } else {
      push(registers[index]);
    }
  }

  private void popRegister(int index) {
    int value = pop();
    writeRegister(operandSize, index, value);
  }

  private void moveToRm8() {
    decodeModrm();
    writeRm8(register8(modrmReg));
  }

  final void moveToRm() {
    decodeModrm();
    if (operandSize == SIZE32) {
      // Not writeRm32: the JIT inlines a write only where memory forms are common.
      int value = registers[modrmReg];
      if (modrmRegisterForm) {
        registers[modrmRm] = value;
      } else {
        write32(effectiveAddress, value);
      }
    } else {
      writeRm16(registers[modrmReg]);
    }
  }

  private void moveFromRm8() {
    decodeModrm();
    setRegister8(modrmReg, readRm8());
  }

  final void moveFromRm() {
    decodeModrm();
    if (operandSize == SIZE32) {
      // Not readRm32: the JIT inlines a read only where memory forms are common.
      registers[modrmReg] =
          modrmRegisterForm ? registers[modrmRm] : read32(effectiveAddress);
    } else {
      setRegister16(modrmReg, readRm16());
    }
  }

  private void moveImmediateToRm(int size) {
    decodeModrm();
    int immediate = fetchImmediate(size);
    if (modrmReg != 0) {
      throw CpuFault.invalidOpcode();
    }
    writeRm(size, immediate);
  }

  private void loadEffectiveAddress() {
    decodeModrm();
    requireMemoryOperand();
    writeRegister(operandSize, modrmReg, effectiveOffset);
  }

  private void moveFromSegment() {
    decodeModrm();
    if (modrmReg > GS) {
      throw CpuFault.invalidOpcode();
    }
    int selector = segmentSelectors[modrmReg];
    if (modrmRegisterForm) {
      writeRegister(operandSize, modrmRm, selector);
    } else {
      write16(effectiveAddress, selector);
    }
  }

  private void moveToSegment() {
    decodeModrm();
    if (modrmReg > GS) {
      throw CpuFault.invalidOpcode();
    }
    loadSegment(modrmReg, readRm16());
  }

  private void exchangeAccumulator(int index) {
    int size = operandSize;
    int value = readRegister(size, index);
    writeRegister(size, index, readRegister(size, EAX));
    writeRegister(size, EAX, value);
  }

  private void moveOffset(int opcode) {
    int offset = addressSize16 ? fetch16() : fetch32();
    int address = offset + segmentBase(DS);
    int size = (opcode & 1) == 0 ? SIZE8 : operandSize;
    if (opcode < 0xA2) {
      writeRegister(size, EAX, readSized(size, address));
    } else {
      writeSized(size, address, readRegister(size, EAX));
    }
  }

  private void multiplyImmediate(boolean byteImmediate) {
    decodeModrm();
    int immediate;
    if (byteImmediate) {
      immediate = fetchSigned8();
    } else {
      immediate = operandSize == SIZE16 ? (short) fetch16() : fetch32();
    }
    multiplySignedInto(signedRm(), immediate);
  }

  /** 63: ARPL Ew, Gw. */
  private void adjustRequestedPrivilege() {
    decodeModrm();
    int destination = readRm16();
    int source = register16(modrmReg);
    if ((destination & 3) < (source & 3)) {
      writeRm16((destination & ~3) | (source & 3));
      setSomeArithmeticFlags(ZF, ZF);
    } else {
      setSomeArithmeticFlags(ZF, 0);
    }
  }

  /** 9A CALLF / EA JMPF ptr16:16/32: only to the current code selector. */
  private void farTransfer(boolean call) {
    int offset = fetchImmediate();
    int selector = fetch16();
    if (selector != segmentSelectors[CS]) {
      throw CpuFault.generalProtection(selector & 0xFFFC);
    }
    if (call) {
      int slot = stackSlot();
      int stackPointer = registers[ESP] - 2 * slot;
      probeWrite(stackPointer + segmentBases[SS], 2 * slot);
      push(selector);
      push(ip());
    }
    jumpTo(offset);
  }

  /** CA/CB RETF: only to the current code selector. */
  private void farReturn(int release) {
    int slot = stackSlot();
    int address = registers[ESP] + segmentBases[SS];
    int offset = slot == 2 ? read16(address) : read32(address);
    int selector = read16(address + slot);
    if (selector != segmentSelectors[CS]) {
      throw CpuFault.generalProtection(selector & 0xFFFC);
    }
    registers[ESP] += 2 * slot + release;
    jumpTo(offset);
  }

  /** F6/F7: TEST, NOT, NEG, MUL, IMUL, DIV, IDIV. */
  private void group3(int size) {
    decodeModrm();
    switch (modrmReg) {
      case 0, 1 -> {
        int immediate = fetchImmediate(size);
        test(size, readRm(size), immediate);
      }
      case 2 -> notRm(size);
      case 3 -> negateRm(size);
      case 4 -> multiplyUnsigned(size);
      case 5 -> multiplySigned(size);
      case 6 -> divideUnsigned(size);
      default -> divideSigned(size);
    }
  }

  /** FE: INC/DEC Eb. */
  private void group4() {
    decodeModrm();
    if (modrmReg > 1) {
      throw CpuFault.invalidOpcode();
    }
    incrementRm(SIZE8, modrmReg == 1);
  }

  /** FF: INC, DEC, CALL, CALLF, JMP, JMPF, PUSH. */
  private void group5() {
    decodeModrm();
    int size = operandSize;
    switch (modrmReg) {
      case 0 -> incrementRm(size, false);
      case 1 -> incrementRm(size, true);
      case 2 -> callTo(readRm(size));
      case 4 -> jumpTo(readRm(size));
      case 6 -> push(readRm(size));
      case 3, 5 -> {
        requireMemoryOperand();
        int offset = readSized(size, effectiveAddress);
        int selector = read16(effectiveAddress + (size == SIZE16 ? 2 : 4));
        if (selector != segmentSelectors[CS]) {
          throw CpuFault.generalProtection(selector & 0xFFFC);
        }
        if (modrmReg == 3) {
          int slot = stackSlot();
          probeWrite(registers[ESP] - 2 * slot + segmentBases[SS], 2 * slot);
          push(selector);
        }
        if (modrmReg == 3) {
          push(ip());
        }
        jumpTo(offset);
      }
      default -> throw CpuFault.invalidOpcode();
    }
  }
}

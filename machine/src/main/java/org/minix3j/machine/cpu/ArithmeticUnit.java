package org.minix3j.machine.cpu;

import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Layer 5 of the CPU: the eight ALU operations (ADD, OR, ADC, SBB, AND, SUB, XOR, CMP) in all
 * their encodings, INC, DEC, NEG, NOT and TEST.
 *
 * <p>Every read-modify-write instruction computes the result, writes it, and only then records
 * the flags: a write that faults leaves the flags as they were, as hardware does. Operation
 * numbers follow the opcode map: ALU operation n is opcodes 8n..8n+5 and group-1 /n.
 */
abstract class ArithmeticUnit extends InstructionDecoder {
  static final int ALU_ADD = 0;
  static final int ALU_OR = 1;
  static final int ALU_ADC = 2;
  static final int ALU_SBB = 3;
  static final int ALU_AND = 4;
  static final int ALU_SUB = 5;
  static final int ALU_XOR = 6;
  static final int ALU_CMP = 7;

  ArithmeticUnit(PhysicalMemory physicalMemory, Mmu mmu) {
    super(physicalMemory, mmu);
  }

  final int aluCompute(int operation, int a, int b) {
    return switch (operation) {
      case ALU_ADD -> a + b;
      case ALU_OR -> a | b;
      case ALU_ADC -> a + b + carryFlag();
      case ALU_SBB -> a - b - carryFlag();
      case ALU_AND -> a & b;
      case ALU_XOR -> a ^ b;
      default -> a - b;
    };
  }

  /** Records the flags of ALU operation {@code operation}; call after the result is stored. */
  final void aluFlags(int operation, int size, int a, int b, int result) {
    switch (operation) {
      case ALU_ADD -> recordSized(ADD, size, a, b, result);
      case ALU_ADC -> recordFlagsWithCarry(ADC, size, a, b, result, carryFlag());
      case ALU_SBB -> recordFlagsWithCarry(SBB, size, a, b, result, carryFlag());
      case ALU_SUB, ALU_CMP -> recordSized(SUB, size, a, b, result);
      default -> recordSized(LOGIC, size, a, b, result);
    }
  }

  private void recordSized(int kind, int size, int a, int b, int result) {
    if (size == SIZE32) {
      recordFlags32(kind, a, b, result);
    } else {
      recordFlags(kind, size, a, b, result);
    }
  }

  /**
   * The 32-bit fast path with a register destination (no write can fault): one switch computes,
   * stores and records the flags.
   */
  final void alu32ToRegister(int operation, int destination, int b) {
    int a = registers[destination];
    switch (operation) {
      case ALU_ADD -> {
        int result = a + b;
        registers[destination] = result;
        recordFlags32(ADD, a, b, result);
      }
      case ALU_OR -> {
        int result = a | b;
        registers[destination] = result;
        recordFlags32(LOGIC, a, b, result);
      }
      case ALU_AND -> {
        int result = a & b;
        registers[destination] = result;
        recordFlags32(LOGIC, a, b, result);
      }
      case ALU_SUB -> {
        int result = a - b;
        registers[destination] = result;
        recordFlags32(SUB, a, b, result);
      }
      case ALU_XOR -> {
        int result = a ^ b;
        registers[destination] = result;
        recordFlags32(LOGIC, a, b, result);
      }
      case ALU_CMP -> recordFlags32(SUB, a, b, a - b);
      default -> {
        int carry = carryFlag();
        int result = operation == ALU_ADC ? a + b + carry : a - b - carry;
        registers[destination] = result;
        recordFlagsWithCarry(operation == ALU_ADC ? ADC : SBB, SIZE32, a, b, result, carry);
      }
    }
  }

  /** Opcodes 8n+0 and 8n+1: Eb,Gb / Ev,Gv. */
  final void aluRmRegister(int operation, int size) {
    decodeModrm();
    if (size == SIZE32 && modrmRegisterForm) {
      alu32ToRegister(operation, modrmRm, registers[modrmReg]);
      return;
    }
    int a = readRm(size);
    int b = readRegister(size, modrmReg);
    int result = aluCompute(operation, a, b);
    if (operation != ALU_CMP) {
      writeRm(size, result);
    }
    aluFlags(operation, size, a, b, result);
  }

  /** Opcodes 8n+2 and 8n+3: Gb,Eb / Gv,Ev. */
  final void aluRegisterRm(int operation, int size) {
    decodeModrm();
    if (size == SIZE32) {
      alu32ToRegister(operation, modrmReg, readRm32());
      return;
    }
    int a = readRegister(size, modrmReg);
    int b = readRm(size);
    int result = aluCompute(operation, a, b);
    if (operation != ALU_CMP) {
      writeRegister(size, modrmReg, result);
    }
    aluFlags(operation, size, a, b, result);
  }

  /** Opcodes 8n+4 and 8n+5: AL,Ib / eAX,Iz. */
  final void aluAccumulator(int operation, int size, int immediate) {
    if (size == SIZE32) {
      alu32ToRegister(operation, EAX, immediate);
      return;
    }
    int a = readRegister(size, EAX);
    int result = aluCompute(operation, a, immediate);
    if (operation != ALU_CMP) {
      writeRegister(size, EAX, result);
    }
    aluFlags(operation, size, a, immediate, result);
  }

  /** Group 1: 80 (Eb,Ib), 81 (Ev,Iz), 82 (alias of 80), 83 (Ev, sign-extended Ib). */
  final void group1(int opcode) {
    decodeModrm();
    int size;
    int immediate;
    switch (opcode) {
      case 0x81 -> {
        size = operandSize;
        immediate = fetchImmediate();
      }
      case 0x83 -> {
        size = operandSize;
        immediate = fetchSigned8();
      }
      default -> {
        size = SIZE8;
        immediate = fetch8();
      }
    }
    int operation = modrmReg;
    if (size == SIZE32 && modrmRegisterForm) {
      alu32ToRegister(operation, modrmRm, immediate);
      return;
    }
    int a = readRm(size);
    int result = aluCompute(operation, a, immediate);
    if (operation != ALU_CMP) {
      writeRm(size, result);
    }
    aluFlags(operation, size, a, immediate, result);
  }

  /** INC or DEC of the ModRM operand (CF is preserved). */
  final void incrementRm(int size, boolean decrement) {
    int a = readRm(size);
    int result = decrement ? a - 1 : a + 1;
    writeRm(size, result);
    recordFlagsWithCarry(decrement ? DEC : INC, size, a, 1, result, carryFlag());
  }

  /** 40-4F: INC/DEC of a register with the current operand size. */
  final void incrementRegister(int index, boolean decrement) {
    int size = operandSize;
    int a = readRegister(size, index);
    int result = decrement ? a - 1 : a + 1;
    writeRegister(size, index, result);
    recordFlagsWithCarry(decrement ? DEC : INC, size, a, 1, result, carryFlag());
  }

  final void negateRm(int size) {
    int a = readRm(size);
    int result = -a;
    writeRm(size, result);
    recordFlags(SUB, size, 0, a, result);
  }

  final void notRm(int size) {
    writeRm(size, ~readRm(size));
  }

  final void test(int size, int a, int b) {
    recordFlags(LOGIC, size, a, b, a & b);
  }

  /** 84/85: TEST Eb,Gb / Ev,Gv. */
  final void testRmRegister(int size) {
    decodeModrm();
    test(size, readRm(size), readRegister(size, modrmReg));
  }
}

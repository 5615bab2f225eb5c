package org.minix3j.machine.cpu;

import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Layer 10 of the CPU: the stack (PUSH, POP, PUSHA, POPA, PUSHF, POPF, ENTER, LEAVE) and
 * control transfer (JMP, Jcc, CALL, RET, LOOP/LOOPcc, JECXZ).
 *
 * <p>The stack is SS:ESP with a 32-bit stack pointer; 0x66 makes pushes and pops 16 bits wide.
 * Every instruction writes or reads memory first and changes ESP, EBP and EIP last, so a fault
 * leaves them untouched. A control transfer sets the instruction pointer, which becomes EIP
 * when the instruction completes; with 0x66 the target is truncated to 16 bits, as the SDM says.
 */
abstract class StackControlUnit extends StringUnit {
  StackControlUnit(PhysicalMemory physicalMemory, Mmu mmu) {
    super(physicalMemory, mmu);
  }

  final void push32(int value) {
    int stackPointer = registers[ESP] - 4;
    write32(stackPointer + segmentBases[SS], value);
    registers[ESP] = stackPointer;
  }

  /** Pushes with the current operand size. */
  final void push(int value) {
    if (operandSize == SIZE16) {
      int stackPointer = registers[ESP] - 2;
      write16(stackPointer + segmentBases[SS], value);
      registers[ESP] = stackPointer;
    } else {
      push32(value);
    }
  }

  /** Reads the value on top of the stack with the current operand size; ESP unchanged. */
  final int peek() {
    int address = registers[ESP] + segmentBases[SS];
    return operandSize == SIZE16 ? read16(address) : read32(address);
  }

  final int stackSlot() {
    return operandSize == SIZE16 ? 2 : 4;
  }

  /** POP with the current operand size. */
  final int pop() {
    int value = peek();
    registers[ESP] += stackSlot();
    return value;
  }

  final void jumpTo(int target) {
    setIp(operandSize == SIZE16 ? target & 0xFFFF : target);
  }

  final void jumpRelative(int displacement) {
    jumpTo(ip() + displacement);
  }

  final void conditionalJump(int cc, int displacement) {
    if (condition(cc)) {
      jumpTo(ip() + displacement);
    }
  }

  final void callRelative(int displacement) {
    int target = ip() + displacement;
    push(ip());
    jumpTo(target);
  }

  final void callTo(int target) {
    push(ip());
    jumpTo(target);
  }

  final void returnNear(int release) {
    int target = peek();
    registers[ESP] += stackSlot() + release;
    jumpTo(target);
  }

  /** 8F /0: POP Ev; an ESP-based address is computed after ESP is incremented (SDM). */
  final void popRm() {
    int oldStackPointer = registers[ESP];
    int value = peek();
    registers[ESP] = oldStackPointer + stackSlot();
    try {
      decodeModrm();
      if (modrmReg != 0) {
        throw CpuFault.invalidOpcode();
      }
      writeRm(operandSize, value);
    } catch (CpuFault fault) {
      registers[ESP] = oldStackPointer;
      throw fault;
    }
  }

  /** 60: PUSHA/PUSHAD. */
  final void pushAll() {
    int slot = stackSlot();
    int stackPointer = registers[ESP];
    int base = segmentBases[SS];
    probeWrite(stackPointer - 8 * slot + base, 8 * slot);
    for (int index = 0; index < 8; index++) {
      int address = stackPointer - (index + 1) * slot + base;
      int value = index == ESP ? stackPointer : registers[index];
      if (slot == 2) {
        write16(address, value);
      } else {
        write32(address, value);
      }
    }
    registers[ESP] = stackPointer - 8 * slot;
  }

  /** 61: POPA/POPAD (the saved ESP is skipped). */
  final void popAll() {
    int slot = stackSlot();
    int stackPointer = registers[ESP];
    int base = segmentBases[SS];
    int[] values = popAllScratch;
    for (int index = 7; index >= 0; index--) {
      int address = stackPointer + (7 - index) * slot + base;
      values[index] = slot == 2 ? read16(address) : read32(address);
    }
    for (int index = 0; index < 8; index++) {
      if (index != ESP) {
        writeRegister(operandSize, index, values[index]);
      }
    }
    registers[ESP] = stackPointer + 8 * slot;
  }

  private final int[] popAllScratch = new int[8];

  /** 9C: PUSHF/PUSHFD. */
  final void pushFlags() {
    push(readEflags());
  }

  /** 9D: POPF/POPFD; only the user-writable flags change. */
  final void popFlags() {
    int value = pop();
    if (operandSize == SIZE16) {
      writeEflags((readEflags() & 0xFFFF0000) | (value & 0xFFFF));
    } else {
      writeEflags(value);
    }
  }

  /** C8: ENTER imm16, imm8. */
  final void enter(int frameSize, int nestingLevel) {
    int level = nestingLevel & 0x1F;
    int slot = stackSlot();
    int base = segmentBases[SS];
    int stackPointer = registers[ESP];
    int framePointer = registers[EBP];
    stackPointer -= slot;
    writeStack(stackPointer + base, framePointer, slot);
    int frameTemporary = stackPointer;
    if (level > 0) {
      for (int i = 1; i < level; i++) {
        framePointer -= slot;
        int saved = slot == 2 ? read16(framePointer + base) : read32(framePointer + base);
        stackPointer -= slot;
        writeStack(stackPointer + base, saved, slot);
      }
      stackPointer -= slot;
      writeStack(stackPointer + base, frameTemporary, slot);
    }
    stackPointer -= frameSize;
    if (slot == 2) {
      setRegister16(EBP, frameTemporary);
    } else {
      registers[EBP] = frameTemporary;
    }
    registers[ESP] = stackPointer;
  }

  private void writeStack(int address, int value, int slot) {
    if (slot == 2) {
      write16(address, value);
    } else {
      write32(address, value);
    }
  }

  /** C9: LEAVE. */
  final void leave() {
    int framePointer = registers[EBP];
    int address = framePointer + segmentBases[SS];
    int value = operandSize == SIZE16 ? read16(address) : read32(address);
    registers[ESP] = framePointer + stackSlot();
    writeRegister(operandSize, EBP, value);
  }

  /** E0-E3: LOOPNE, LOOPE, LOOP, JECXZ. */
  final void loop(int opcode, int displacement) {
    int countMask = addressSize16 ? 0xFFFF : -1;
    if (opcode == 0xE3) {
      if ((registers[ECX] & countMask) == 0) {
        jumpRelative(displacement);
      }
      return;
    }
    int count = (registers[ECX] - 1) & countMask;
    registers[ECX] = (registers[ECX] & ~countMask) | count;
    boolean taken =
        switch (opcode) {
          case 0xE0 -> count != 0 && !condition(4);
          case 0xE1 -> count != 0 && condition(4);
          default -> count != 0;
        };
    if (taken) {
      jumpRelative(displacement);
    }
  }
}

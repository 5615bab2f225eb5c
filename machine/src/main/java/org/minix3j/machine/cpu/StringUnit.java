package org.minix3j.machine.cpu;

import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Layer 9 of the CPU: MOVS, CMPS, STOS, LODS, SCAS, alone or with REP/REPE/REPNE.
 *
 * <p>Sources are DS:ESI (a segment override applies), destinations ES:EDI (no override). With
 * the 0x67 prefix SI, DI and CX are used instead. An element reads, then writes, then advances
 * the index registers, so a fault inside an element leaves the registers at the start of that
 * element and EIP on the instruction: it restarts where it stopped, as on hardware.
 *
 * <p>Repeats: each element counts as one retired instruction, and the repeat loop stops when
 * the run's budget is used up, with EIP still on the instruction and the registers consistent;
 * the next run continues. {@code budgetRemaining} is the run loop's counter.
 */
abstract class StringUnit extends BitUnit {
  static final int MOVS = 0;
  static final int CMPS = 1;
  static final int STOS = 2;
  static final int LODS = 3;
  static final int SCAS = 4;

  long budgetRemaining;
  /** The vector of the software interrupt that ended the run, or {@link #NO_INTERRUPT}. */
  int interruptVector = NO_INTERRUPT;
  /** What {@code budgetRemaining} was when that interrupt ended the run. */
  long budgetAtInterrupt;

  static final int NO_INTERRUPT = -1;

  StringUnit(PhysicalMemory physicalMemory, Mmu mmu) {
    super(physicalMemory, mmu);
  }

  /** Executes string instruction {@code kind} with element size {@code size}. */
  final void stringInstruction(int kind, int size) {
    if (repeatPrefix == 0) {
      stringElement(kind, size);
      return;
    }
    int countMask = addressSize16 ? 0xFFFF : -1;
    boolean conditional = kind == CMPS || kind == SCAS;
    boolean repeatWhileEqual = repeatPrefix == 0xF3;
    while (true) {
      int count = registers[ECX];
      if ((count & countMask) == 0) {
        return;
      }
      stringElement(kind, size);
      count--;
      registers[ECX] = (registers[ECX] & ~countMask) | (count & countMask);
      if ((count & countMask) == 0) {
        return;
      }
      if (conditional && condition(4) != repeatWhileEqual) {
        return;
      }
      if (budgetRemaining <= 0) {
        setIp(eip);
        return;
      }
      budgetRemaining--;
    }
  }

  private void stringElement(int kind, int size) {
    int indexMask = addressSize16 ? 0xFFFF : -1;
    int step = directionDown() ? -(1 << size) : 1 << size;
    int source = registers[ESI];
    int destination = registers[EDI];
    int sourceAddress = (source & indexMask) + segmentBase(DS);
    int destinationAddress = (destination & indexMask) + segmentBases[ES];
    switch (kind) {
      case MOVS -> {
        writeSized(size, destinationAddress, readSized(size, sourceAddress));
        registers[ESI] = advance(source, step, indexMask);
        registers[EDI] = advance(destination, step, indexMask);
      }
      case CMPS -> {
        int a = readSized(size, sourceAddress);
        int b = readSized(size, destinationAddress);
        registers[ESI] = advance(source, step, indexMask);
        registers[EDI] = advance(destination, step, indexMask);
        aluFlags(ALU_CMP, size, a, b, a - b);
      }
      case STOS -> {
        writeSized(size, destinationAddress, readRegister(size, EAX));
        registers[EDI] = advance(destination, step, indexMask);
      }
      case LODS -> {
        writeRegister(size, EAX, readSized(size, sourceAddress));
        registers[ESI] = advance(source, step, indexMask);
      }
      default -> {
        int a = readRegister(size, EAX);
        int b = readSized(size, destinationAddress);
        registers[EDI] = advance(destination, step, indexMask);
        aluFlags(ALU_CMP, size, a, b, a - b);
      }
    }
  }

  private static int advance(int register, int step, int indexMask) {
    return (register & ~indexMask) | ((register + step) & indexMask);
  }
}

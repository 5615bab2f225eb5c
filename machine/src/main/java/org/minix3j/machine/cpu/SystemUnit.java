package org.minix3j.machine.cpu;

import java.util.function.LongSupplier;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Layer 11 of the CPU: CPUID, RDTSC, segment-register moves, decimal adjust (DAA, DAS, AAA,
 * AAS, AAM, AAD), and the small accumulator/flag instructions (CBW/CWDE, CWD/CDQ, LAHF, SAHF,
 * SALC, XLAT).
 *
 * <p>CPUID describes an i686 without floating point: vendor "minix3j i686", family 6 model 3
 * stepping 3, feature bits TSC, CX8 and CMOV only. Leaf 0 reports leaf 1 as the highest; any
 * other leaf returns leaf 1's data (the SDM's rule for leaves above the maximum).
 *
 * <p>Segments are flat and there are no descriptor tables: loading a segment register (MOV,
 * POP, LDS/LES/LFS/LGS/LSS) succeeds only with the selector it already holds (or a null
 * selector for DS, ES, FS, GS, which sets a base of 0), and is #GP(selector) otherwise; CS is
 * never loadable.
 *
 * <p>Decimal adjust: the SDM leaves OF undefined after all six and leaves some of SF, ZF, PF,
 * AF, CF undefined after AAM/AAD/AAA/AAS; this CPU computes SF, ZF, PF from the result, and
 * clears OF and the carries where they are undefined (see {@link UndefinedFlags}).
 */
abstract class SystemUnit extends StackControlUnit {
  /** CPUID leaf 0 vendor string, as EBX, EDX, ECX. */
  static final String VENDOR = "minix3j i686";

  static final int FEATURE_TSC = 1 << 4;
  static final int FEATURE_CX8 = 1 << 8;
  static final int FEATURE_CMOV = 1 << 15;
  static final int SIGNATURE = 6 << 8 | 3 << 4 | 3;

  /** RDTSC's source; null means the retired-instruction count. */
  @Nullable LongSupplier timeStampSource;

  long instructionsRetired;

  /** The budget the current run started with. */
  long runBudget;

  /** True while {@code run} executes. */
  boolean running;

  /** Retired instructions including those of the current run before the executing one. */
  final long retiredSoFar() {
    return instructionsRetired + (runBudget - budgetRemaining) - 1;
  }

  SystemUnit(PhysicalMemory physicalMemory, Mmu mmu) {
    super(physicalMemory, mmu);
  }

  private static int vendorWord(int index) {
    int word = 0;
    for (int i = 0; i < 4; i++) {
      word |= (VENDOR.charAt(index * 4 + i) & 0xFF) << (8 * i);
    }
    return word;
  }

  final void cpuid() {
    if (registers[EAX] == 0) {
      registers[EAX] = 1;
      registers[EBX] = vendorWord(0);
      registers[EDX] = vendorWord(1);
      registers[ECX] = vendorWord(2);
    } else {
      registers[EAX] = SIGNATURE;
      registers[EBX] = 0;
      registers[ECX] = 0;
      registers[EDX] = FEATURE_TSC | FEATURE_CX8 | FEATURE_CMOV;
    }
  }

  final void readTimeStampCounter() {
    LongSupplier source = timeStampSource;
    long value = source == null ? retiredSoFar() : source.getAsLong();
    registers[EAX] = (int) value;
    registers[EDX] = (int) (value >>> 32);
  }

  /** Checks a segment-register load (see the class comment); returns normally if allowed. */
  final void loadSegment(int segment, int selector) {
    int value = selector & 0xFFFF;
    if (segment == CS) {
      throw CpuFault.invalidOpcode();
    }
    if (value == segmentSelectors[segment]) {
      return;
    }
    if ((value & 0xFFFC) == 0 && segment != SS) {
      segmentSelectors[segment] = value;
      segmentBases[segment] = 0;
      return;
    }
    throw CpuFault.generalProtection(value & 0xFFFC);
  }

  /** C4/C5/0F B2/B4/B5: load a far pointer (offset, then selector) into a register and segment. */
  final void loadFarPointer(int segment) {
    decodeModrm();
    requireMemoryOperand();
    int address = effectiveAddress;
    int offset = operandSize == SIZE16 ? read16(address) : read32(address);
    int selector = read16(address + (operandSize == SIZE16 ? 2 : 4));
    loadSegment(segment, selector);
    writeRegister(operandSize, modrmReg, offset);
  }

  /** 98: CBW / CWDE. */
  final void convertAccumulator() {
    if (operandSize == SIZE16) {
      setRegister16(EAX, (byte) registers[EAX]);
    } else {
      registers[EAX] = (short) registers[EAX];
    }
  }

  /** 99: CWD / CDQ. */
  final void convertToDouble() {
    if (operandSize == SIZE16) {
      setRegister16(EDX, (short) registers[EAX] >> 15);
    } else {
      registers[EDX] = registers[EAX] >> 31;
    }
  }

  /** 9F: LAHF. */
  final void loadFlagsIntoAh() {
    setRegister8(4, (arithmeticFlags() & (SF | ZF | AF | PF | CF)) | ALWAYS_ONE);
  }

  /** 9E: SAHF. */
  final void storeAhIntoFlags() {
    setSomeArithmeticFlags(SF | ZF | AF | PF | CF, register8(4));
  }

  /** D6: SALC (undocumented, executed by Intel processors and QEMU): AL = CF ? 0xFF : 0. */
  final void setAlFromCarry() {
    setRegister8(EAX, carryFlag() != 0 ? 0xFF : 0);
  }

  /** D7: XLAT: AL = [DS:EBX + AL]. */
  final void translateByte() {
    int offset = registers[EBX] + (registers[EAX] & 0xFF);
    if (addressSize16) {
      offset &= 0xFFFF;
    }
    setRegister8(EAX, read8(offset + segmentBase(DS)));
  }

  /** 27 DAA (subtract = false) and 2F DAS, as the SDM's pseudocode. */
  final void decimalAdjust(boolean subtract) {
    int flags = arithmeticFlags();
    int oldAl = registers[EAX] & 0xFF;
    boolean oldCarry = (flags & CF) != 0;
    int al = oldAl;
    boolean carry = false;
    boolean auxiliary = false;
    if ((al & 0x0F) > 9 || (flags & AF) != 0) {
      carry = oldCarry || (subtract ? al < 6 : al > 0xF9);
      al = (subtract ? al - 6 : al + 6) & 0xFF;
      auxiliary = true;
    }
    if (oldAl > 0x99 || oldCarry) {
      al = (subtract ? al - 0x60 : al + 0x60) & 0xFF;
      carry = true;
    }
    setRegister8(EAX, al);
    setArithmeticFlags(
        (carry ? CF : 0) | (auxiliary ? AF : 0) | zeroSignParity(SIZE8, al));
  }

  /** 37 AAA (subtract = false) and 3F AAS. */
  final void asciiAdjust(boolean subtract) {
    int flags = arithmeticFlags();
    int ax = registers[EAX] & 0xFFFF;
    boolean adjust = (ax & 0x0F) > 9 || (flags & AF) != 0;
    if (adjust) {
      ax = subtract ? ax - 6 - 0x100 : ax + 0x106;
    }
    ax = (ax & 0xFF00) | (ax & 0x0F);
    setRegister16(EAX, ax);
    setArithmeticFlags((adjust ? CF | AF : 0) | zeroSignParity(SIZE8, ax));
  }

  /** D4 ib: AAM; a zero base is #DE. */
  final void asciiAdjustMultiply(int base) {
    if (base == 0) {
      throw CpuFault.divideError();
    }
    int al = registers[EAX] & 0xFF;
    int result = al % base;
    setRegister16(EAX, (al / base) << 8 | result);
    setArithmeticFlags(zeroSignParity(SIZE8, result));
  }

  /** D5 ib: AAD. */
  final void asciiAdjustDivide(int base) {
    int al = ((registers[EAX] & 0xFF) + ((registers[EAX] >>> 8) & 0xFF) * base) & 0xFF;
    setRegister16(EAX, al);
    setArithmeticFlags(zeroSignParity(SIZE8, al));
  }
}

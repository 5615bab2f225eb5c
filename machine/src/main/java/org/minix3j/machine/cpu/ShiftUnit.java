package org.minix3j.machine.cpu;

import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Layer 6 of the CPU: group 2 (ROL, ROR, RCL, RCR, SHL/SAL, SHR, SAR) and SHLD/SHRD.
 *
 * <p>The count is masked to five bits; a masked count of zero changes neither the operand nor
 * any flag (nor writes memory). Defined flags follow the SDM; for the ones it leaves undefined
 * (OF when the count is not 1, AF after shifts, CF when the count reaches the operand size)
 * this CPU computes OF from the last bit shifted out and the result's sign for every count,
 * clears AF, and takes CF from the same wide computation (see {@link UndefinedFlags}). RCL/RCR
 * rotate through CF over size+1 bits, so 8- and 16-bit counts are taken modulo 9 and 17; a
 * count that is a multiple of that changes nothing.
 */
abstract class ShiftUnit extends ArithmeticUnit {
  static final int ROL = 0;
  static final int ROR = 1;
  static final int RCL = 2;
  static final int RCR = 3;
  static final int SHL = 4;
  static final int SHR = 5;
  static final int SAL = 6;
  static final int SAR = 7;

  ShiftUnit(PhysicalMemory physicalMemory, Mmu mmu) {
    super(physicalMemory, mmu);
  }

  /** Group 2 on the decoded ModRM operand; {@code rawCount} is the unmasked count. */
  final void group2(int size, int rawCount) {
    int count = rawCount & 0x1F;
    int operation = modrmReg;
    int value = readRm(size);
    if (count == 0) {
      return;
    }
    int bits = 8 << size;
    int mask = MASK[size];
    int sign = SIGN[size];
    switch (operation) {
      case ROL, ROR -> {
        int rotate = count & (bits - 1);
        int result =
            operation == ROL
                ? (value << rotate | value >>> (bits - rotate)) & mask
                : (value >>> rotate | value << (bits - rotate)) & mask;
        if (rotate == 0) {
          result = value;
        }
        writeRm(size, result);
        int carry;
        int overflow;
        if (operation == ROL) {
          carry = result & 1;
          overflow = ((result & sign) != 0 ? 1 : 0) ^ carry;
        } else {
          carry = (result & sign) != 0 ? 1 : 0;
          overflow = carry ^ ((result & (sign >>> 1)) != 0 ? 1 : 0);
        }
        setSomeArithmeticFlags(CF | OF, (carry != 0 ? CF : 0) | (overflow != 0 ? OF : 0));
      }
      case RCL, RCR -> rotateThroughCarry(operation, size, value, count);
      default -> shift(operation, size, value, count);
    }
  }

  private void rotateThroughCarry(int operation, int size, int value, int maskedCount) {
    int bits = 8 << size;
    int count = size == SIZE32 ? maskedCount : maskedCount % (bits + 1);
    if (count == 0) {
      return;
    }
    long width = bits + 1L;
    long all = (1L << width) - 1;
    long wide = (long) carryFlag() << bits | (value & 0xFFFFFFFFL);
    long rotated =
        operation == RCL
            ? (wide << count | wide >>> (width - count)) & all
            : (wide >>> count | wide << (width - count)) & all;
    int result = (int) rotated & MASK[size];
    writeRm(size, result);
    int carry = (int) (rotated >>> bits) & 1;
    int top = (result & SIGN[size]) != 0 ? 1 : 0;
    int overflow =
        operation == RCL ? top ^ carry : top ^ ((result & (SIGN[size] >>> 1)) != 0 ? 1 : 0);
    setSomeArithmeticFlags(CF | OF, (carry != 0 ? CF : 0) | (overflow != 0 ? OF : 0));
  }

  private void shift(int operation, int size, int value, int count) {
    int mask = MASK[size];
    int sign = SIGN[size];
    int lastStep;
    int result;
    int carry;
    if (operation == SHL || operation == SAL) {
      lastStep = (int) (((value & 0xFFFFFFFFL) << (count - 1)) & mask);
      result = (lastStep << 1) & mask;
      carry = (lastStep & sign) != 0 ? 1 : 0;
    } else if (operation == SHR) {
      lastStep = value >>> (count - 1);
      result = lastStep >>> 1;
      carry = lastStep & 1;
    } else {
      int signed = size == SIZE32 ? value : (value << (32 - (8 << size))) >> (32 - (8 << size));
      lastStep = signed >> (count - 1);
      result = (lastStep >> 1) & mask;
      carry = lastStep & 1;
      lastStep &= mask;
    }
    writeRm(size, result);
    int overflow = ((lastStep ^ result) & sign) != 0 ? OF : 0;
    setArithmeticFlags((carry != 0 ? CF : 0) | overflow | zeroSignParity(size, result));
  }

  /** SHLD (left) or SHRD on the decoded ModRM operand, with the ModRM register as source. */
  final void doubleShift(boolean left, int rawCount) {
    int size = operandSize;
    int count = rawCount & 0x1F;
    int destination = readRm(size);
    int source = readRegister(size, modrmReg);
    if (count == 0) {
      return;
    }
    int result;
    int carry;
    if (size == SIZE32) {
      if (left) {
        result = destination << count | source >>> (32 - count);
        carry = (destination >>> (32 - count)) & 1;
      } else {
        result = destination >>> count | source << (32 - count);
        carry = (destination >>> (count - 1)) & 1;
      }
    } else {
      // 16-bit: the SDM leaves counts above 16 undefined; this CPU shifts dest:src:dest.
      long window = (long) destination << 32 | (long) source << 16 | destination;
      if (left) {
        result = (int) (window << count >>> 32) & 0xFFFF;
        carry = (int) (window >>> (48 - count)) & 1;
      } else {
        long shifted = (window >>> count);
        result = (int) shifted & 0xFFFF;
        carry = (int) (window >>> (count - 1)) & 1;
      }
    }
    writeRm(size, result);
    int sign = SIGN[size];
    int overflow = ((destination ^ result) & sign) != 0 ? OF : 0;
    setArithmeticFlags((carry != 0 ? CF : 0) | overflow | zeroSignParity(size, result));
  }
}

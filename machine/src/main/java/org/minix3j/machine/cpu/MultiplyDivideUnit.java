package org.minix3j.machine.cpu;

import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Layer 7 of the CPU: MUL, IMUL (one, two and three operands), DIV and IDIV.
 *
 * <p>Flags: CF and OF are set as the SDM defines them (the product does not fit the low half /
 * the destination). SF, ZF, AF and PF are undefined after a multiply: this CPU sets SF, ZF and PF
 * from the low half of the product (the destination of the two- and three-operand forms) and
 * clears AF. DIV and IDIV leave every flag unchanged (all undefined). A zero divisor or a
 * quotient that does not fit raises #DE before any register changes.
 */
abstract class MultiplyDivideUnit extends ShiftUnit {
  MultiplyDivideUnit(PhysicalMemory physicalMemory, Mmu mmu) {
    super(physicalMemory, mmu);
  }

  private void multiplyFlags(int size, int low, boolean overflow) {
    setArithmeticFlags((overflow ? CF | OF : 0) | (zeroSignParity(size, low) & (ZF | SF | PF)));
  }

  /** F6/F7 /4: unsigned multiply of the accumulator by the ModRM operand. */
  final void multiplyUnsigned(int size) {
    int source = readRm(size);
    switch (size) {
      case SIZE8 -> {
        int product = (registers[EAX] & 0xFF) * source;
        setRegister16(EAX, product);
        multiplyFlags(SIZE8, product, (product & 0xFF00) != 0);
      }
      case SIZE16 -> {
        int product = (registers[EAX] & 0xFFFF) * source;
        setRegister16(EAX, product);
        setRegister16(EDX, product >>> 16);
        multiplyFlags(SIZE16, product, (product >>> 16) != 0);
      }
      default -> {
        long product = (registers[EAX] & 0xFFFFFFFFL) * (source & 0xFFFFFFFFL);
        registers[EAX] = (int) product;
        registers[EDX] = (int) (product >>> 32);
        multiplyFlags(SIZE32, (int) product, (product >>> 32) != 0);
      }
    }
  }

  /** F6/F7 /5: signed multiply of the accumulator by the ModRM operand. */
  final void multiplySigned(int size) {
    int source = readRm(size);
    switch (size) {
      case SIZE8 -> {
        int product = (byte) registers[EAX] * (byte) source;
        setRegister16(EAX, product);
        multiplyFlags(SIZE8, product, product != (byte) product);
      }
      case SIZE16 -> {
        int product = (short) registers[EAX] * (short) source;
        setRegister16(EAX, product);
        setRegister16(EDX, product >>> 16);
        multiplyFlags(SIZE16, product, product != (short) product);
      }
      default -> {
        long product = (long) registers[EAX] * source;
        registers[EAX] = (int) product;
        registers[EDX] = (int) (product >>> 32);
        multiplyFlags(SIZE32, (int) product, product != (int) product);
      }
    }
  }

  /**
   * Two- and three-operand IMUL: register {@code modrmReg} = {@code a} * {@code b}, truncated to
   * the operand size.
   */
  final void multiplySignedInto(int a, int b) {
    if (operandSize == SIZE16) {
      int product = (short) a * (short) b;
      setRegister16(modrmReg, product);
      multiplyFlags(SIZE16, product, product != (short) product);
    } else {
      long product = (long) a * b;
      registers[modrmReg] = (int) product;
      multiplyFlags(SIZE32, (int) product, product != (int) product);
    }
  }

  /** F6/F7 /6: unsigned divide of (E)DX:(E)AX or AX by the ModRM operand. */
  final void divideUnsigned(int size) {
    int divisor = readRm(size);
    if (divisor == 0) {
      throw CpuFault.divideError();
    }
    switch (size) {
      case SIZE8 -> {
        int dividend = registers[EAX] & 0xFFFF;
        int quotient = dividend / divisor;
        if (quotient > 0xFF) {
          throw CpuFault.divideError();
        }
        setRegister16(EAX, (dividend % divisor) << 8 | quotient);
      }
      case SIZE16 -> {
        int dividend = (registers[EDX] & 0xFFFF) << 16 | (registers[EAX] & 0xFFFF);
        int quotient = Integer.divideUnsigned(dividend, divisor);
        if (Integer.compareUnsigned(quotient, 0xFFFF) > 0) {
          throw CpuFault.divideError();
        }
        setRegister16(EAX, quotient);
        setRegister16(EDX, Integer.remainderUnsigned(dividend, divisor));
      }
      default -> {
        long dividend = (long) registers[EDX] << 32 | (registers[EAX] & 0xFFFFFFFFL);
        long wideDivisor = divisor & 0xFFFFFFFFL;
        long quotient = Long.divideUnsigned(dividend, wideDivisor);
        if ((quotient >>> 32) != 0) {
          throw CpuFault.divideError();
        }
        registers[EAX] = (int) quotient;
        registers[EDX] = (int) Long.remainderUnsigned(dividend, wideDivisor);
      }
    }
  }

  /** F6/F7 /7: signed divide; the remainder takes the dividend's sign. */
  final void divideSigned(int size) {
    int divisorBits = readRm(size);
    if (divisorBits == 0) {
      throw CpuFault.divideError();
    }
    switch (size) {
      case SIZE8 -> {
        int dividend = (short) registers[EAX];
        int divisor = (byte) divisorBits;
        int quotient = dividend / divisor;
        if (quotient != (byte) quotient) {
          throw CpuFault.divideError();
        }
        setRegister16(EAX, ((dividend % divisor) & 0xFF) << 8 | (quotient & 0xFF));
      }
      case SIZE16 -> {
        int dividend = registers[EDX] << 16 | (registers[EAX] & 0xFFFF);
        int divisor = (short) divisorBits;
        int quotient = dividend / divisor;
        if (quotient != (short) quotient) {
          throw CpuFault.divideError();
        }
        setRegister16(EAX, quotient);
        setRegister16(EDX, dividend % divisor);
      }
      default -> {
        long dividend = (long) registers[EDX] << 32 | (registers[EAX] & 0xFFFFFFFFL);
        long quotient = dividend / divisorBits;
        if (quotient != (int) quotient) {
          throw CpuFault.divideError();
        }
        registers[EAX] = (int) quotient;
        registers[EDX] = (int) (dividend % divisorBits);
      }
    }
  }
}

package org.minix3j.machine.cpu;

import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Layer 8 of the CPU: BT/BTS/BTR/BTC, BSF/BSR, BSWAP, SETcc, CMOVcc, MOVZX/MOVSX, XCHG, XADD,
 * CMPXCHG and CMPXCHG8B.
 *
 * <p>Bit tests with a register offset on a memory operand address the bit string as the SDM
 * says: the signed offset selects the word/dword at effectiveAddress + (offset >> 4 or 5) *
 * size. Only CF changes; the undefined OF, SF, AF, PF and the unaffected ZF keep their values.
 * BSF/BSR: a zero source sets ZF and leaves the destination unchanged (the SDM says "undefined";
 * this is what Intel processors do); otherwise ZF is cleared; the other flags keep their values.
 * Exchanges and compare-exchanges write memory before they change registers, and
 * CMPXCHG/CMPXCHG8B always write their memory operand (the old value when the compare fails),
 * as the SDM describes.
 */
abstract class BitUnit extends MultiplyDivideUnit {
  BitUnit(PhysicalMemory physicalMemory, Mmu mmu) {
    super(physicalMemory, mmu);
  }

  /**
   * BT (operation 0), BTS (1), BTR (2), BTC (3) on the decoded ModRM operand. {@code
   * registerOffset} tells whether the offset came from a register (it may then reach beyond the
   * operand in memory) or an immediate (masked to the operand width).
   */
  final void bitTest(int operation, int offset, boolean registerOffset) {
    int size = operandSize;
    int bits = size == SIZE16 ? 16 : 32;
    int bit = offset & (bits - 1);
    int address = effectiveAddress;
    if (!modrmRegisterForm && registerOffset) {
      int signedOffset = size == SIZE16 ? (short) offset : offset;
      address += (signedOffset >> (size == SIZE16 ? 4 : 5)) * (bits / 8);
    }
    int value =
        modrmRegisterForm ? readRegister(size, modrmRm) : readSized(size, address);
    int carry = (value >>> bit) & 1;
    if (operation != 0) {
      int result =
          switch (operation) {
            case 1 -> value | (1 << bit);
            case 2 -> value & ~(1 << bit);
            default -> value ^ (1 << bit);
          };
      if (modrmRegisterForm) {
        writeRegister(size, modrmRm, result);
      } else {
        writeSized(size, address, result);
      }
    }
    setSomeArithmeticFlags(CF, carry);
  }

  /** BSF (forward) or BSR into register {@code modrmReg}. */
  final void bitScan(boolean forward) {
    int size = operandSize;
    int source = readRm(size);
    if (source == 0) {
      setSomeArithmeticFlags(ZF, ZF);
      return;
    }
    int index =
        forward
            ? Integer.numberOfTrailingZeros(source)
            : 31 - Integer.numberOfLeadingZeros(source);
    writeRegister(size, modrmReg, index);
    setSomeArithmeticFlags(ZF, 0);
  }

  /** BSWAP: 32-bit reverses bytes; with 0x66 (undefined in the SDM) the low word becomes 0. */
  final void byteSwap(int index) {
    if (operandSize == SIZE16) {
      setRegister16(index, 0);
    } else {
      registers[index] = Integer.reverseBytes(registers[index]);
    }
  }

  /** MOVZX/MOVSX Gv, Eb/Ew. */
  final void moveExtend(int sourceSize, boolean signExtend) {
    decodeModrm();
    int value = readRm(sourceSize);
    if (signExtend) {
      value = sourceSize == SIZE8 ? (byte) value : (short) value;
    }
    writeRegister(operandSize, modrmReg, value);
  }

  /** XCHG Eb/Ev, Gb/Gv: memory is written before the register changes. */
  final void exchange(int size) {
    decodeModrm();
    int memoryValue = readRm(size);
    int registerValue = readRegister(size, modrmReg);
    writeRm(size, registerValue);
    writeRegister(size, modrmReg, memoryValue);
  }

  /** XADD Eb/Ev, Gb/Gv. */
  final void exchangeAdd(int size) {
    decodeModrm();
    int destination = readRm(size);
    int source = readRegister(size, modrmReg);
    int sum = destination + source;
    if (modrmRegisterForm) {
      writeRegister(size, modrmReg, destination);
      writeRm(size, sum);
    } else {
      writeRm(size, sum);
      writeRegister(size, modrmReg, destination);
    }
    aluFlags(ALU_ADD, size, destination, source, sum);
  }

  /** CMPXCHG Eb/Ev, Gb/Gv. */
  final void compareExchange(int size) {
    decodeModrm();
    int destination = readRm(size);
    int accumulator = readRegister(size, EAX);
    if (accumulator == destination) {
      writeRm(size, readRegister(size, modrmReg));
    } else {
      writeRm(size, destination);
      writeRegister(size, EAX, destination);
    }
    aluFlags(ALU_CMP, size, accumulator, destination, accumulator - destination);
  }

  /** CMPXCHG8B m64 (ModRM already decoded). */
  final void compareExchange8Bytes() {
    requireMemoryOperand();
    int address = effectiveAddress;
    int low = read32(address);
    int high = read32(address + 4);
    boolean equal = low == registers[EAX] && high == registers[EDX];
    probeWrite(address, 8);
    if (equal) {
      write32(address, registers[EBX]);
      write32(address + 4, registers[ECX]);
    } else {
      write32(address, low);
      write32(address + 4, high);
      registers[EAX] = low;
      registers[EDX] = high;
    }
    setSomeArithmeticFlags(ZF, equal ? ZF : 0);
  }
}

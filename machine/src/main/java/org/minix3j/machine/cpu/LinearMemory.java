package org.minix3j.machine.cpu;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.minix3j.machine.memory.Access;
import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PageFaultException;
import org.minix3j.machine.memory.PhysicalMemory;
import org.minix3j.machine.memory.PhysicalMemoryException;

/**
 * Layer 3 of the CPU: reads, writes and instruction fetches by linear address.
 *
 * <p>Fast path: small direct-mapped caches (one for reads, one for writes) from linear page
 * number to physical frame, filled from {@link Mmu#translate} and checked with one compare, and
 * a one-page fetch window for the code page. An access that crosses a page boundary goes byte by
 * byte through the slow path; a multi-byte write first translates both pages, so a fault leaves
 * memory untouched. These caches are a subset of what the MMU's TLB held, and are dropped
 * whenever {@link Mmu#generation()} changes (checked at the start of every run).
 *
 * <p>Faults: a page fault becomes {@link CpuFault} #PF with CR2; a translation to memory outside
 * RAM becomes #GP(0) with the linear address (a bus error).
 */
abstract class LinearMemory extends LazyFlags {
  static final VarHandle SHORT_LE =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private static final int CACHE_SIZE = 64;
  private static final int INVALID = -1;

  final PhysicalMemory physicalMemory;
  final Mmu mmu;
  final byte[] ram;
  private final int[] readPage = new int[CACHE_SIZE];
  private final int[] readFrame = new int[CACHE_SIZE];
  private final int[] writePage = new int[CACHE_SIZE];
  private final int[] writeFrame = new int[CACHE_SIZE];
  /**
   * The code window: the physical frame of the current code page is ram[codeStart, codeEnd);
   * the next instruction byte is ram[codeIndex], at linear address codeIndex + codeBias. A fetch
   * takes the fast path while codeIndex < codeLimit; codeLimit is Integer.MIN_VALUE when the
   * window is invalid (or every fetch must be checked), so the next fetch re-translates.
   */
  int codeIndex;

  int codeLimit = Integer.MIN_VALUE;
  int codeStart;
  int codeEnd;
  int codeBias;
  private long cachedGeneration;

  LinearMemory(PhysicalMemory physicalMemory, Mmu mmu) {
    this.physicalMemory = physicalMemory;
    this.mmu = mmu;
    this.ram = physicalMemory.backingArray();
    Arrays.fill(readPage, INVALID);
    Arrays.fill(writePage, INVALID);
    this.cachedGeneration = mmu.generation();
  }

  final void dropTranslations() {
    Arrays.fill(readPage, INVALID);
    Arrays.fill(writePage, INVALID);
    codeStart = 0;
    codeEnd = 0;
    codeLimit = Integer.MIN_VALUE;
    cachedGeneration = mmu.generation();
  }

  final void checkTranslations() {
    if (cachedGeneration != mmu.generation()) {
      dropTranslations();
    }
  }

  final int translate(int linear, Access access) {
    try {
      return mmu.translate(linear, access);
    } catch (PageFaultException fault) {
      throw CpuFault.pageFault(fault.linearAddress(), fault.errorCode());
    } catch (PhysicalMemoryException busError) {
      throw CpuFault.busError(linear);
    }
  }

  private int readFrameOf(int linear) {
    int page = linear >>> 12;
    int slot = page & (CACHE_SIZE - 1);
    if (readPage[slot] == page) {
      return readFrame[slot];
    }
    int frame = translate(linear, Access.READ) & ~0xFFF;
    readPage[slot] = page;
    readFrame[slot] = frame;
    return frame;
  }

  private int writeFrameOf(int linear) {
    int page = linear >>> 12;
    int slot = page & (CACHE_SIZE - 1);
    if (writePage[slot] == page) {
      return writeFrame[slot];
    }
    int frame = translate(linear, Access.WRITE) & ~0xFFF;
    writePage[slot] = page;
    writeFrame[slot] = frame;
    readPage[slot] = page;
    readFrame[slot] = frame;
    return frame;
  }

  final int read8(int linear) {
    return ram[readFrameOf(linear) | (linear & 0xFFF)] & 0xFF;
  }

  final int read16(int linear) {
    if ((linear & 0xFFF) == 0xFFF) {
      return read8(linear) | read8(linear + 1) << 8;
    }
    return (short) SHORT_LE.get(ram, readFrameOf(linear) | (linear & 0xFFF)) & 0xFFFF;
  }

  final int read32(int linear) {
    if ((linear & 0xFFF) > 0xFFC) {
      return read8(linear)
          | read8(linear + 1) << 8
          | read8(linear + 2) << 16
          | read8(linear + 3) << 24;
    }
    return (int) INT_LE.get(ram, readFrameOf(linear) | (linear & 0xFFF));
  }

  final void write8(int linear, int value) {
    ram[writeFrameOf(linear) | (linear & 0xFFF)] = (byte) value;
  }

  final void write16(int linear, int value) {
    if ((linear & 0xFFF) == 0xFFF) {
      writeSplit(linear, value, 2);
      return;
    }
    SHORT_LE.set(ram, writeFrameOf(linear) | (linear & 0xFFF), (short) value);
  }

  final void write32(int linear, int value) {
    if ((linear & 0xFFF) > 0xFFC) {
      writeSplit(linear, value, 4);
      return;
    }
    INT_LE.set(ram, writeFrameOf(linear) | (linear & 0xFFF), value);
  }

  /** A write that crosses into the next page: both pages are checked before any byte lands. */
  private void writeSplit(int linear, int value, int length) {
    probeWrite(linear, length);
    for (int i = 0; i < length; i++) {
      write8(linear + i, value >>> (8 * i));
    }
  }

  /**
   * Checks that a write of {@code length} (at most 4096) bytes at {@code linear} would not
   * fault; a fault on the second page reports that page's first byte as CR2, as hardware does.
   */
  final void probeWrite(int linear, int length) {
    writeFrameOf(linear);
    int last = linear + length - 1;
    if ((last ^ linear) >>> 12 != 0) {
      writeFrameOf(last & ~0xFFF);
    }
  }

  /** Reads with the size code of {@link LazyFlags} (SIZE8, SIZE16, SIZE32). */
  final int readSized(int size, int linear) {
    return switch (size) {
      case SIZE8 -> read8(linear);
      case SIZE16 -> read16(linear);
      default -> read32(linear);
    };
  }

  final void writeSized(int size, int linear, int value) {
    switch (size) {
      case SIZE8 -> write8(linear, value);
      case SIZE16 -> write16(linear, value);
      default -> write32(linear, value);
    }
  }
}

package org.minix3j.machine.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The machine's RAM: a flat, little-endian byte array addressed by physical address.
 *
 * <p>Entry points: {@link #read8}, {@link #read16}, {@link #read32}, the matching writes, and
 * {@link #readBytes}/{@link #writeBytes} for bulk copies (the Java kernel copies messages and
 * grants this way). Addresses are Java {@code int}s read as unsigned 32-bit values.
 *
 * <p>Invariants: the size is a positive multiple of 4 KiB, fixed at construction; every access
 * lies wholly inside {@code [0, size)} or throws {@link PhysicalMemoryException} and changes
 * nothing. The CPU's fast path reads the backing array directly ({@link #backingArray()}) after
 * the MMU has checked that the whole page frame is inside RAM.
 */
public final class PhysicalMemory {
  /** Size of a page frame in bytes. */
  public static final int PAGE_SIZE = 4096;

  private static final VarHandle SHORT_LE =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private final byte[] bytes;

  /**
   * Creates zero-filled RAM.
   *
   * @param size bytes of RAM: a positive multiple of {@link #PAGE_SIZE}
   * @throws IllegalArgumentException if the size is not a positive multiple of 4 KiB
   */
  public PhysicalMemory(int size) {
    if (size <= 0 || size % PAGE_SIZE != 0) {
      throw new IllegalArgumentException(
          "physical memory size must be a positive multiple of 4096 bytes, got " + size);
    }
    this.bytes = new byte[size];
  }

  /** Bytes of RAM. */
  public int size() {
    return bytes.length;
  }

  /** Number of 4 KiB page frames. */
  public int frameCount() {
    return bytes.length / PAGE_SIZE;
  }

  /** True if {@code [address, address + length)} lies inside RAM (address read unsigned). */
  public boolean contains(int address, int length) {
    long start = Integer.toUnsignedLong(address);
    return length >= 0 && start + length <= bytes.length;
  }

  /**
   * The array behind RAM, for the CPU's translated fast path only: callers must have checked
   * bounds (the MMU guarantees the page frame is inside RAM).
   */
  public byte[] backingArray() {
    return bytes;
  }

  /** Reads one byte (zero-extended). */
  public int read8(int address) {
    check(address, 1);
    return bytes[address] & 0xFF;
  }

  /** Reads a little-endian 16-bit value (zero-extended). */
  public int read16(int address) {
    check(address, 2);
    return (short) SHORT_LE.get(bytes, address) & 0xFFFF;
  }

  /** Reads a little-endian 32-bit value. */
  public int read32(int address) {
    check(address, 4);
    return (int) INT_LE.get(bytes, address);
  }

  /** Writes the low byte of {@code value}. */
  public void write8(int address, int value) {
    check(address, 1);
    bytes[address] = (byte) value;
  }

  /** Writes the low 16 bits of {@code value}, little-endian. */
  public void write16(int address, int value) {
    check(address, 2);
    SHORT_LE.set(bytes, address, (short) value);
  }

  /** Writes {@code value}, little-endian. */
  public void write32(int address, int value) {
    check(address, 4);
    INT_LE.set(bytes, address, value);
  }

  /** Copies {@code length} bytes of RAM starting at {@code address} into the buffer. */
  public void readBytes(int address, byte[] buffer, int offset, int length) {
    checkBuffer(buffer, offset, length);
    check(address, length);
    System.arraycopy(bytes, address, buffer, offset, length);
  }

  /** Copies {@code length} bytes from the buffer into RAM starting at {@code address}. */
  public void writeBytes(int address, byte[] buffer, int offset, int length) {
    checkBuffer(buffer, offset, length);
    check(address, length);
    System.arraycopy(buffer, offset, bytes, address, length);
  }

  private void check(int address, int length) {
    if (!contains(address, length)) {
      throw new PhysicalMemoryException(
          String.format(
              "physical access of %d byte(s) at 0x%08x is outside RAM (size 0x%08x)",
              length, address, bytes.length));
    }
  }

  private static void checkBuffer(byte[] buffer, int offset, int length) {
    if (offset < 0 || length < 0 || (long) offset + length > buffer.length) {
      throw new PhysicalMemoryException(
          String.format(
              "buffer range offset %d length %d does not fit a buffer of %d bytes",
              offset, length, buffer.length));
    }
  }
}

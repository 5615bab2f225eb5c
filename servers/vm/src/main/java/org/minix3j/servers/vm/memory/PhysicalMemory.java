package org.minix3j.servers.vm.memory;

import org.minix3j.abi.Errno;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.posix.UserLayout;

/**
 * VM's view of physical memory: whole frames and page tables moved with SYS_PHYSCOPY
 * ({@link SystemCalls#physRead}, {@link SystemCalls#physWrite}) inside VM's memory range. The
 * kernel flushes the TLB on every physWrite, so a page table written here is in force at once.
 * A copy the kernel refuses throws {@link VmFailure} ({@link Errno#EFAULT}).
 */
public final class PhysicalMemory {
  private static final int PAGE = UserLayout.PAGE_SIZE;

  private final SystemCalls sys;
  private final byte[] zeroPage = new byte[PAGE];
  private final byte[] pageBuffer = new byte[PAGE];

  public PhysicalMemory(SystemCalls sys) {
    this.sys = sys;
  }

  /** Fills the frame at {@code frame} with zeros. */
  public void zero(long frame) {
    write(frame, zeroPage, 0, PAGE);
  }

  /** Copies the whole frame {@code from} to the frame {@code to}. */
  public void copyFrame(long from, long to) {
    read(from, pageBuffer, 0, PAGE);
    write(to, pageBuffer, 0, PAGE);
  }

  /** Writes {@code entries} (1024 page-table or directory entries) to the frame at {@code frame}. */
  public void writeTable(long frame, int[] entries) {
    for (int i = 0; i < entries.length; i++) {
      int value = entries[i];
      pageBuffer[i * 4] = (byte) value;
      pageBuffer[i * 4 + 1] = (byte) (value >>> 8);
      pageBuffer[i * 4 + 2] = (byte) (value >>> 16);
      pageBuffer[i * 4 + 3] = (byte) (value >>> 24);
    }
    write(frame, pageBuffer, 0, entries.length * 4);
  }

  /** Writes {@code length} bytes of {@code from} to physical memory at {@code address}. */
  public void write(long address, byte[] from, int offset, int length) {
    int result = sys.physWrite(address, from, offset, length);
    if (result != Errno.OK_VALUE) {
      throw new VmFailure(Errno.EFAULT, "physWrite 0x" + Long.toHexString(address) + ": " + result);
    }
  }

  /** Reads {@code length} bytes of physical memory at {@code address} into {@code into}. */
  public void read(long address, byte[] into, int offset, int length) {
    int result = sys.physRead(address, into, offset, length);
    if (result != Errno.OK_VALUE) {
      throw new VmFailure(Errno.EFAULT, "physRead 0x" + Long.toHexString(address) + ": " + result);
    }
  }
}

package org.minix3j.kernel.memory;

import java.util.Arrays;
import org.minix3j.abi.Errno;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * The kernel's reads and writes of user virtual memory, given the physical address of the
 * process's page directory (see {@link AddressSpaces}); the tables are walked by a {@link
 * PageWalker}, never by the CPU's MMU.
 *
 * <p>Entry points: {@link #copyIn} (user to Java buffer), {@link #copyOut} (Java buffer to
 * user), {@link #copyBetween} (user to user, possibly two address spaces), {@link #fill}, and
 * the probes {@link #checkReadable} and {@link #checkWritable}. Each returns {@link
 * Errno#OK_VALUE} or a negative error: {@link Errno#EINVAL} for a negative length, {@link
 * Errno#EFAULT} for a range that wraps past 4 GiB, touches a page that is not present, not
 * user-accessible or (for writes) not writable, or whose tables or frames lie outside RAM, and
 * {@link Errno#EFAULT} too for a Java buffer range that does not fit its array.
 *
 * <p>Invariant: every page of both ranges is checked before the first byte moves, so a refused
 * copy changes nothing, not even an accessed bit. The copy then sets the accessed and dirty
 * bits page by page as the hardware would. The one way a copy can stop half-way (with EFAULT)
 * is if the bytes it writes are the process's own page tables and they unmap a later page.
 * User-to-user copies go page chunk by page chunk, each chunk like {@code memmove}; overlapping
 * ranges that span several chunks are copied front to back. Allocates nothing.
 */
public final class UserMemory {
  private static final long ADDRESS_SPACE_END = 1L << 32;
  private static final int PAGE_SIZE = PhysicalMemory.PAGE_SIZE;
  private static final int PAGE_OFFSET_MASK = PAGE_SIZE - 1;

  private final PageWalker walker;
  private final PhysicalMemory memory;

  public UserMemory(PhysicalMemory memory) {
    this.memory = memory;
    this.walker = new PageWalker(memory);
  }

  public PhysicalMemory memory() {
    return memory;
  }

  /**
   * Whether {@code [address, address + length)} is a possible user range: {@link Errno#EINVAL}
   * for a negative length, {@link Errno#EFAULT} if it runs past 4 GiB, else OK.
   */
  public static int checkRange(int address, long length) {
    if (length < 0) {
      return Errno.EINVAL.wireValue();
    }
    if (Integer.toUnsignedLong(address) + length > ADDRESS_SPACE_END) {
      return Errno.EFAULT.wireValue();
    }
    return Errno.OK_VALUE;
  }

  /** Whether a Java buffer range fits its array: OK or {@link Errno#EINVAL}/{@link Errno#EFAULT}. */
  public static int checkBuffer(byte[] buffer, int offset, int length) {
    if (length < 0) {
      return Errno.EINVAL.wireValue();
    }
    if (offset < 0 || (long) offset + length > buffer.length) {
      return Errno.EFAULT.wireValue();
    }
    return Errno.OK_VALUE;
  }

  /** Whether every byte of the range could be read now (changes nothing). */
  public int checkReadable(int pageDirectory, int address, int length) {
    return check(pageDirectory, address, length, false);
  }

  /** Whether every byte of the range could be written now, e.g. a receive buffer (changes nothing). */
  public int checkWritable(int pageDirectory, int address, int length) {
    return check(pageDirectory, address, length, true);
  }

  /** Copies {@code length} bytes of user memory at {@code address} into {@code to}. */
  public int copyIn(int pageDirectory, int address, byte[] to, int toOffset, int length) {
    return copy(pageDirectory, address, to, toOffset, length, false);
  }

  /** Copies {@code length} bytes of {@code from} into user memory at {@code address}. */
  public int copyOut(byte[] from, int fromOffset, int pageDirectory, int address, int length) {
    return copy(pageDirectory, address, from, fromOffset, length, true);
  }

  /**
   * Copies between user memory at {@code address} and {@code buffer} from {@code offset}
   * ({@code toUser}: into user memory). Everything is checked first, so a refused copy moves no
   * byte; then each page's part goes in one block.
   */
  private int copy(
      int pageDirectory, int address, byte[] buffer, int offset, int length, boolean toUser) {
    int result = checkBuffer(buffer, offset, length);
    if (result == Errno.OK_VALUE) {
      result = check(pageDirectory, address, length, toUser);
    }
    if (result != Errno.OK_VALUE) {
      return result;
    }
    long start = Integer.toUnsignedLong(address);
    for (int done = 0; done < length; ) {
      int linear = (int) (start + done);
      int chunk = Math.min(length - done, PAGE_SIZE - (linear & PAGE_OFFSET_MASK));
      int physical = walker.translate(pageDirectory, linear, toUser, true);
      if (physical == PageWalker.FAULT) {
        return Errno.EFAULT.wireValue();
      }
      if (toUser) {
        memory.writeBytes(physical, buffer, offset + done, chunk);
      } else {
        memory.readBytes(physical, buffer, offset + done, chunk);
      }
      done += chunk;
    }
    return Errno.OK_VALUE;
  }

  /** Copies {@code length} bytes from one user range to another (same or different address spaces). */
  public int copyBetween(
      int sourceDirectory, int sourceAddress, int destinationDirectory, int destinationAddress, int length) {
    int result = checkReadable(sourceDirectory, sourceAddress, length);
    if (result == Errno.OK_VALUE) {
      result = checkWritable(destinationDirectory, destinationAddress, length);
    }
    if (result != Errno.OK_VALUE) {
      return result;
    }
    byte[] ram = memory.backingArray();
    long source = Integer.toUnsignedLong(sourceAddress);
    long destination = Integer.toUnsignedLong(destinationAddress);
    for (int done = 0; done < length; ) {
      int from = (int) (source + done);
      int to = (int) (destination + done);
      int chunk =
          Math.min(
              length - done,
              Math.min(PAGE_SIZE - (from & PAGE_OFFSET_MASK), PAGE_SIZE - (to & PAGE_OFFSET_MASK)));
      int physicalFrom = walker.translate(sourceDirectory, from, false, true);
      int physicalTo = walker.translate(destinationDirectory, to, true, true);
      if (physicalFrom == PageWalker.FAULT || physicalTo == PageWalker.FAULT) {
        return Errno.EFAULT.wireValue();
      }
      // Both chunks lie inside frames the walker found wholly inside RAM.
      System.arraycopy(ram, physicalFrom, ram, physicalTo, chunk);
      done += chunk;
    }
    return Errno.OK_VALUE;
  }

  /** Sets {@code length} bytes of user memory at {@code address} to the low byte of {@code value}. */
  public int fill(int pageDirectory, int address, int value, int length) {
    int result = checkWritable(pageDirectory, address, length);
    if (result != Errno.OK_VALUE) {
      return result;
    }
    byte[] ram = memory.backingArray();
    long start = Integer.toUnsignedLong(address);
    for (int done = 0; done < length; ) {
      int linear = (int) (start + done);
      int chunk = Math.min(length - done, PAGE_SIZE - (linear & PAGE_OFFSET_MASK));
      int physical = walker.translate(pageDirectory, linear, true, true);
      if (physical == PageWalker.FAULT) {
        return Errno.EFAULT.wireValue();
      }
      Arrays.fill(ram, physical, physical + chunk, (byte) value);
      done += chunk;
    }
    return Errno.OK_VALUE;
  }

  private int check(int pageDirectory, int address, int length, boolean write) {
    int result = checkRange(address, length);
    if (result != Errno.OK_VALUE) {
      return result;
    }
    long start = Integer.toUnsignedLong(address);
    long end = start + length;
    for (long page = start & ~(long) PAGE_OFFSET_MASK; page < end; page += PAGE_SIZE) {
      if (walker.translate(pageDirectory, (int) page, write, false) == PageWalker.FAULT) {
        return Errno.EFAULT.wireValue();
      }
    }
    return Errno.OK_VALUE;
  }
}

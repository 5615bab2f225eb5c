package org.minix3j.servers.vm.memory;

import org.minix3j.abi.posix.UserLayout;

/**
 * The physical frame pool: one bit per 4 KiB frame of VM's memory range. {@link #allocate}
 * always hands out the lowest free frame, so the same requests give the same frames.
 *
 * <p>Invariant: {@link #freeFrames()} is the number of clear bits. Freeing a frame that is not
 * allocated, or one outside the pool, is a bug in VM and throws {@link IllegalStateException}.
 */
public final class FrameAllocator {
  /** What {@link #allocate} returns when every frame is in use. */
  public static final long NO_FRAME = -1;

  private static final int PAGE = UserLayout.PAGE_SIZE;

  private final long base;
  private final int frames;
  private final long[] used;
  private int free;
  private int lowestCandidate;

  /** A pool of {@code length} bytes from {@code base}, both page-aligned. */
  public FrameAllocator(long base, long length) {
    if (base < 0 || length <= 0 || base % PAGE != 0 || length % PAGE != 0) {
      throw new IllegalArgumentException("frame pool not page-aligned: " + base + "+" + length);
    }
    if (length / PAGE > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("frame pool too large: " + length);
    }
    this.base = base;
    this.frames = (int) (length / PAGE);
    this.used = new long[(frames + 63) / 64];
    this.free = frames;
  }

  /** The physical address of the lowest free frame, now allocated, or {@link #NO_FRAME}. */
  public long allocate() {
    if (free == 0) {
      return NO_FRAME;
    }
    for (int word = lowestCandidate / 64; word < used.length; word++) {
      long bits = used[word];
      if (bits != -1L) {
        int index = word * 64 + Long.numberOfTrailingZeros(~bits);
        if (index >= frames) {
          break;
        }
        used[word] = bits | (1L << (index % 64));
        free--;
        lowestCandidate = index + 1;
        return base + (long) index * PAGE;
      }
    }
    throw new IllegalStateException("free count " + free + " but no clear bit");
  }

  /** Returns the frame at {@code address} to the pool. */
  public void free(long address) {
    int index = indexOf(address);
    long bit = 1L << (index % 64);
    if ((used[index / 64] & bit) == 0) {
      throw new IllegalStateException("frame freed twice: 0x" + Long.toHexString(address));
    }
    used[index / 64] &= ~bit;
    free++;
    lowestCandidate = Math.min(lowestCandidate, index);
  }

  /** Whether the frame at {@code address} is allocated. */
  public boolean isAllocated(long address) {
    int index = indexOf(address);
    return (used[index / 64] & (1L << (index % 64))) != 0;
  }

  /** Whether {@code address} is the start of a frame of this pool. */
  public boolean inPool(long address) {
    return address >= base && address < base + (long) frames * PAGE && (address - base) % PAGE == 0;
  }

  public int freeFrames() {
    return free;
  }

  public int totalFrames() {
    return frames;
  }

  private int indexOf(long address) {
    if (!inPool(address)) {
      throw new IllegalStateException("not a frame of the pool: 0x" + Long.toHexString(address));
    }
    return (int) ((address - base) / PAGE);
  }
}

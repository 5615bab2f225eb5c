package org.minix3j.kernel.proc;

/**
 * A set of slots, one bit each, sized once with the process table so that changing it never
 * allocates: the pending notifications of a process (spec/Ipc.tla's {@code pending}, one bit
 * per source slot), the processes hooked to an IRQ line.
 */
public final class SlotBitmap {
  private final long[] words;

  /** Bits for sources 0..slots-1. */
  public SlotBitmap(int slots) {
    words = new long[(slots + Long.SIZE - 1) / Long.SIZE];
  }

  public void set(int source) {
    words[source >>> 6] |= 1L << source;
  }

  public void clear(int source) {
    words[source >>> 6] &= ~(1L << source);
  }

  public boolean isSet(int source) {
    return (words[source >>> 6] & (1L << source)) != 0;
  }

  public boolean isEmpty() {
    for (long word : words) {
      if (word != 0) {
        return false;
      }
    }
    return true;
  }

  public void clearAll() {
    java.util.Arrays.fill(words, 0L);
  }

  /** The lowest source with a pending bit, or -1. */
  public int lowest() {
    for (int i = 0; i < words.length; i++) {
      if (words[i] != 0) {
        return i * Long.SIZE + Long.numberOfTrailingZeros(words[i]);
      }
    }
    return -1;
  }

  /** The lowest source at or above {@code from} with a pending bit, or -1. */
  public int next(int from) {
    int index = from >>> 6;
    if (index >= words.length) {
      return -1;
    }
    long word = words[index] & (-1L << from);
    while (true) {
      if (word != 0) {
        return index * Long.SIZE + Long.numberOfTrailingZeros(word);
      }
      if (++index == words.length) {
        return -1;
      }
      word = words[index];
    }
  }
}

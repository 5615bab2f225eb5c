package org.minix3j.boot;

import org.minix3j.abi.MemoryRange;

/**
 * How the boot image divides physical memory: the first MiB unused, the boot area (init's
 * bootstrap and its page tables), VM's frame pool, and the RAM disk at the top, holding the
 * root file system image rounded up to whole MiB.
 *
 * @param memoryBytes the machine's memory
 * @param bootArea where init's bootstrap lives; never given to VM
 * @param pool VM's frames (its SYS_PHYSCOPY range)
 * @param ramdisk the memory driver's RAM disk (its SYS_PHYSCOPY range)
 */
public record MemoryMap(int memoryBytes, MemoryRange bootArea, MemoryRange pool, MemoryRange ramdisk) {
  /** Bytes in a MiB. */
  public static final int MIB = 1 << 20;

  /** Start of the boot area. */
  public static final int BOOT_AREA_BASE = MIB;

  /** Bytes of the boot area. */
  public static final int BOOT_AREA_BYTES = MIB;

  /** The least pool VM must get, or the layout is refused. */
  public static final int MINIMUM_POOL_BYTES = 4 * MIB;

  /**
   * The layout of a machine of {@code memoryBytes} whose RAM disk holds {@code imageBytes}.
   *
   * @throws IllegalArgumentException if the image leaves VM less than {@link #MINIMUM_POOL_BYTES}
   */
  public static MemoryMap of(int memoryBytes, long imageBytes) {
    if (memoryBytes % MIB != 0 || memoryBytes <= 0) {
      throw new IllegalArgumentException("memory must be a whole number of MiB: " + memoryBytes);
    }
    long ramdiskBytes = Math.max(MIB, (imageBytes + MIB - 1) / MIB * MIB);
    long poolBase = (long) BOOT_AREA_BASE + BOOT_AREA_BYTES;
    long ramdiskBase = memoryBytes - ramdiskBytes;
    if (ramdiskBase - poolBase < MINIMUM_POOL_BYTES) {
      throw new IllegalArgumentException(String.format(
          "a root image of %d bytes does not fit in %d MiB of memory (VM needs at least %d MiB)",
          imageBytes, memoryBytes / MIB, MINIMUM_POOL_BYTES / MIB));
    }
    return new MemoryMap(
        memoryBytes,
        new MemoryRange(BOOT_AREA_BASE, BOOT_AREA_BYTES),
        new MemoryRange(poolBase, ramdiskBase - poolBase),
        new MemoryRange(ramdiskBase, ramdiskBytes));
  }
}

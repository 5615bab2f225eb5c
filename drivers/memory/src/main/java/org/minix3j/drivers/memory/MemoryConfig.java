package org.minix3j.drivers.memory;

import org.minix3j.abi.protocol.BlockDevice;

/**
 * The memory driver's boot parameters: where the RAM disk lies in physical memory (its
 * privilege must grant exactly that range for SYS_PHYSCOPY).
 *
 * @param ramdiskBase physical address of the RAM disk's first byte
 * @param ramdiskSize its size in bytes, a whole number of sectors
 */
public record MemoryConfig(long ramdiskBase, long ramdiskSize) {
  public MemoryConfig {
    if (ramdiskBase < 0 || ramdiskSize < 0 || ramdiskSize % BlockDevice.SECTOR_SIZE != 0
        || ramdiskBase + ramdiskSize > 1L << 32) {
      throw new IllegalArgumentException(
          "bad RAM disk base=" + ramdiskBase + " size=" + ramdiskSize);
    }
  }
}

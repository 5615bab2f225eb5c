package org.minix3j.servers.mfs;

import org.minix3j.abi.SystemSlots;

/**
 * MFS's boot parameters.
 *
 * @param cacheBlocks buffer-cache slots (each as big as the volume's block, at most 4 KiB); at
 *     least 16
 * @param syncSeconds how often dirty data blocks are written back (SYS_SETALARM); 0 never
 * @param vfsEndpoint the only endpoint whose requests are served
 * @param dsEndpoint DS, asked for the boot time
 * @param mutant a known bug switched on for conformance, {@link MfsMutant#NONE} otherwise
 */
public record MfsConfig(int cacheBlocks, int syncSeconds, int vfsEndpoint, int dsEndpoint,
    MfsMutant mutant) {
  /** The smallest cache that never evicts a block an operation still uses. */
  public static final int MIN_CACHE_BLOCKS = 16;

  /** MFS as it should be, with no mutant. */
  public MfsConfig(int cacheBlocks, int syncSeconds, int vfsEndpoint, int dsEndpoint) {
    this(cacheBlocks, syncSeconds, vfsEndpoint, dsEndpoint, MfsMutant.NONE);
  }

  public MfsConfig {
    if (cacheBlocks < MIN_CACHE_BLOCKS) {
      throw new IllegalArgumentException("cache of " + cacheBlocks + " blocks: at least 16");
    }
    if (syncSeconds < 0) {
      throw new IllegalArgumentException("sync period " + syncSeconds);
    }
  }

  /** 256 blocks of cache, a sync every 5 seconds, the boot endpoints of VFS and DS. */
  public static MfsConfig defaults() {
    return new MfsConfig(256, 5, SystemSlots.VFS, SystemSlots.DS);
  }
}

package org.minix3j.servers.vm;

import org.minix3j.abi.posix.UserLayout;

/**
 * VM's boot parameters: the physical frame pool it owns, {@code poolLength} bytes from {@code
 * poolBase}, both page-aligned. The same range is VM's SYS_PHYSCOPY memory range; VM touches
 * no physical memory outside it.
 */
public record VmConfiguration(long poolBase, long poolLength) {
  public VmConfiguration {
    long page = UserLayout.PAGE_SIZE;
    if (poolBase < 0 || poolLength < page || poolBase % page != 0 || poolLength % page != 0
        || poolBase + poolLength > 1L << 32) {
      throw new IllegalArgumentException(
          "frame pool must be page-aligned inside 4 GiB: base=" + poolBase + " length=" + poolLength);
    }
  }

  /** Frames in the pool. */
  public int frames() {
    return (int) (poolLength / UserLayout.PAGE_SIZE);
  }
}

package org.minix3j.boot;

import org.minix3j.abi.SystemProcess;

/**
 * What the boot image does to each fresh instance of a service before the kernel runs it: by
 * default nothing. Fault injection and the recovery benchmarks wrap the instances of their
 * targets, at boot and at every restart, so that a fault happens inside the service as the
 * kernel sees it (an exception, a return, a loop, a refused call) while the service's own code
 * stays as it is.
 */
@FunctionalInterface
public interface ServiceWrap {
  /** Leaves every service as it is. */
  ServiceWrap NONE = (label, instance) -> instance;

  /** The process to run for {@code instance}, a fresh copy of the service {@code label}. */
  SystemProcess wrap(String label, SystemProcess instance);
}

package org.minix3j.servers.vm.memory;

import org.minix3j.abi.Errno;

/**
 * A request cannot be completed: out of frames ({@link Errno#ENOMEM}) or a physical copy the
 * kernel refused. Thrown from deep inside building an address space and caught by the handler
 * of the request, which releases everything the request had allocated and replies the error.
 */
public final class VmFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Errno errno;

  public VmFailure(Errno errno, String message) {
    super(message);
    this.errno = errno;
  }

  /** The error the request gets. */
  public Errno errno() {
    return errno;
  }
}

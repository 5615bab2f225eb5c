package org.minix3j.servers.vfs;

import org.minix3j.abi.Errno;

/**
 * A call failed with an error number. Handlers throw it from any depth (path walking, copies,
 * file-server requests); the call table turns it into the error reply. Carries no stack trace:
 * it is an ordinary result, not a bug.
 */
final class FsError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Errno errno;

  FsError(Errno errno) {
    super(errno.name(), null, false, false);
    this.errno = errno;
  }

  Errno errno() {
    return errno;
  }

  /** The error for a negative wire value; unknown values become EIO. */
  static FsError ofWire(int value) {
    Errno errno = Errno.fromValue(value);
    return new FsError(errno == null || value >= 0 ? Errno.EIO : errno);
  }
}

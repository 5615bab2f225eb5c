package org.minix3j.servers.mfs;

import org.minix3j.abi.Errno;

/**
 * A request cannot be carried out; {@link #errno} is what VFS gets back. Thrown from anywhere in
 * the server and turned into the reply by the main loop, so a corrupt structure found deep in a
 * lookup ends the request with {@code EIO} before anything is written.
 */
final class FsError extends Exception {
  private static final long serialVersionUID = 1L;

  final Errno errno;

  FsError(Errno errno, String why) {
    super(errno.name() + ": " + why, null, false, false);
    this.errno = errno;
  }

  /** The volume is inconsistent: {@code why} says where. */
  static FsError corrupt(String why) {
    return new FsError(Errno.EIO, why);
  }

  static FsError of(Errno errno) {
    return new FsError(errno, errno.description());
  }
}

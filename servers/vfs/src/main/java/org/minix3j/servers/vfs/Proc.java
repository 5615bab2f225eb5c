package org.minix3j.servers.vfs;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.posix.Limits;

/**
 * VFS's view of one user process (MINIX's fproc): descriptors with their close-on-exec flags,
 * working and root directories (each a vnode reference), umask, ids, session and controlling
 * terminal, and the call it is suspended in, if any.
 */
final class Proc {
  /** No controlling terminal. */
  static final int NO_TTY = -1;

  final int endpoint;
  int pid;
  final @Nullable Filp[] descriptors = new @Nullable Filp[Limits.OPEN_MAX];
  final boolean[] closeOnExec = new boolean[Limits.OPEN_MAX];
  Vnode cwd;
  Vnode root;
  int umask = 022;
  int realUid;
  int effectiveUid;
  int realGid;
  int effectiveGid;
  boolean sessionLeader;
  int processGroup;
  int controllingTty = NO_TTY;
  @Nullable Suspension suspended;

  Proc(int endpoint, int pid, Vnode cwd, Vnode root) {
    this.endpoint = endpoint;
    this.pid = pid;
    this.cwd = cwd;
    this.root = root;
  }

  /** The open file of descriptor {@code fd}, or EBADF. */
  Filp filp(int fd) {
    Filp filp = fd >= 0 && fd < descriptors.length ? descriptors[fd] : null;
    if (filp == null) {
      throw new FsError(org.minix3j.abi.Errno.EBADF);
    }
    return filp;
  }

  /** The lowest free descriptor at or above {@code from}, or EMFILE. */
  int freeDescriptor(int from) {
    for (int fd = Math.max(from, 0); fd < descriptors.length; fd++) {
      if (descriptors[fd] == null) {
        return fd;
      }
    }
    throw new FsError(org.minix3j.abi.Errno.EMFILE);
  }
}

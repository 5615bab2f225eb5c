package org.minix3j.servers.vfs;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.posix.FileFlags;

/**
 * One entry of the system open-file table: what open(2) or pipe(2) made. Descriptors that dup,
 * fork or inheritance share it, so they share the position and the status flags; {@code count}
 * says how many descriptors refer to it. Exactly one of {@code vnode} and {@code pipe} is set
 * except for a FIFO, which has both.
 */
final class Filp {
  /** What the open file is, decided at open. */
  enum Kind {
    REGULAR,
    DIRECTORY,
    PIPE,
    CHAR_DEVICE,
    BLOCK_DEVICE
  }

  final Kind kind;
  final @Nullable Vnode vnode;
  final @Nullable Pipe pipe;

  /**
   * For {@link Kind#CHAR_DEVICE}: the device actually opened (/dev/tty resolved); for {@link
   * Kind#BLOCK_DEVICE}: the device.
   */
  final int device;

  int flags;
  int position;
  int count = 1;

  /**
   * For {@link Kind#CHAR_DEVICE}: the driver said at OPEN that its writes survive its death
   * (CharDevice.REISSUABLE): VFS sends a write it held again to its next instance.
   */
  boolean reissuable;

  Filp(Kind kind, @Nullable Vnode vnode, @Nullable Pipe pipe, int device, int flags) {
    this.kind = kind;
    this.vnode = vnode;
    this.pipe = pipe;
    this.device = device;
    this.flags = flags;
  }

  boolean readable() {
    int mode = flags & FileFlags.O_ACCMODE;
    return mode == FileFlags.O_RDONLY || mode == FileFlags.O_RDWR;
  }

  boolean writable() {
    int mode = flags & FileFlags.O_ACCMODE;
    return mode == FileFlags.O_WRONLY || mode == FileFlags.O_RDWR;
  }

  boolean nonBlocking() {
    return (flags & FileFlags.O_NONBLOCK) != 0;
  }
}

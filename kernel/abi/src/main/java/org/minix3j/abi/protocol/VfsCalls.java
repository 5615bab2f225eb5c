package org.minix3j.abi.protocol;

/**
 * The calls user programs make to VFS (SENDREC to {@link org.minix3j.abi.SystemSlots#VFS}). A
 * "path" is two words, pointer then length with the NUL (see the package comment). Sizes and
 * offsets are 32-bit ({@code off_t} is 32 bits).
 */
@CHeader(file = "minix/vfs.h", prefix = "VFS_")
public final class VfsCalls {
  /** in: w0 fd, w1 buffer, w2 count. result: bytes read (0 at end of file). */
  public static final int READ = 64;

  /** in: w0 fd, w1 buffer, w2 count. result: bytes written. */
  public static final int WRITE = 65;

  /** in: w0-w1 path, w2 flags (O_*), w3 mode for O_CREAT. result: the new fd (lowest free). */
  public static final int OPEN = 66;

  /** in: w0 fd. */
  public static final int CLOSE = 67;

  /** in: w0 fd, w1 offset, w2 whence. result: the new offset. */
  public static final int LSEEK = 68;

  /** in: w0 fd. result: the new fd. */
  public static final int DUP = 69;

  /** in: w0 fd, w1 fd2. result: fd2. */
  public static final int DUP2 = 70;

  /** out: w0 the read end, w1 the write end. */
  public static final int PIPE = 71;

  /** in: w0 fd, w1 command (F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL), w2 argument. */
  public static final int FCNTL = 72;

  /** in: w0-w1 path, w2 pointer to a {@link org.minix3j.abi.posix.StatLayout} buffer. */
  public static final int STAT = 73;

  /** in: w0 fd, w1 stat buffer. */
  public static final int FSTAT = 74;

  /** in: w0-w1 path, w2 stat buffer; a symbolic link itself is described. */
  public static final int LSTAT = 75;

  /** in: w0-w1 path. */
  public static final int CHDIR = 76;

  /** in: w0 fd of a directory. */
  public static final int FCHDIR = 77;

  /** in: w0 buffer, w1 size. result: the length written, with the NUL (ERANGE if too small). */
  public static final int GETCWD = 78;

  /** in: w0-w1 path, w2 mode. */
  public static final int MKDIR = 79;

  /** in: w0-w1 path. */
  public static final int RMDIR = 80;

  /** in: w0-w1 path. */
  public static final int UNLINK = 81;

  /** in: w0-w1 existing path, w2-w3 new path. */
  public static final int LINK = 82;

  /** in: w0-w1 the link's contents (target), w2-w3 the new link's path. */
  public static final int SYMLINK = 83;

  /** in: w0-w1 path, w2 buffer, w3 size. result: bytes placed (no NUL added). */
  public static final int READLINK = 84;

  /** in: w0-w1 old path, w2-w3 new path. */
  public static final int RENAME = 85;

  /** in: w0-w1 path, w2 mode. */
  public static final int CHMOD = 86;

  /** in: w0 fd, w1 mode. */
  public static final int FCHMOD = 87;

  /** in: w0-w1 path, w2 uid (-1 keeps), w3 gid (-1 keeps). */
  public static final int CHOWN = 88;

  /** in: w0 the new mask. result: the old mask. */
  public static final int UMASK = 89;

  /** in: w0-w1 path, w2 mode (R_OK, W_OK, X_OK or F_OK), checked with the real ids. */
  public static final int ACCESS = 90;

  /** in: w0-w1 path, w2 1 if times are given (else now), w3 access time, w4 modification time. */
  public static final int UTIME = 91;

  /** in: w0-w1 path, w2 length. */
  public static final int TRUNCATE = 92;

  /** in: w0 fd, w1 length. */
  public static final int FTRUNCATE = 93;

  /** Writes every dirty buffer of every file system. */
  public static final int SYNC = 94;

  /**
   * in: w0 fd, w1 request (TCGETS, TCSETS, TIOCGPGRP, ...), w2 pointer to the argument (its size
   * follows from the request). Not a device: ENOTTY.
   */
  public static final int IOCTL = 95;

  /**
   * in: w0 nfds (at most 32), w1 read set, w2 write set, w3 exception set (bitmaps, bit n is fd
   * n), w4 timeout in milliseconds (-1 waits for ever, 0 polls). result: the number of ready
   * descriptors; out: w0-w2 the sets of those ready.
   */
  public static final int SELECT = 96;

  /**
   * in: w0 fd of a directory, w1 buffer, w2 size. result: bytes of {@link
   * org.minix3j.abi.posix.DirentLayout} records placed (0 at the end).
   */
  public static final int GETDENTS = 97;

  /** in: w0-w1 path, w2 mode (with the file type), w3 device number. Root only, but FIFOs. */
  public static final int MKNOD = 98;

  /** in: w0 fd. */
  public static final int FSYNC = 99;

  /**
   * in: w0-w1 path of any file on the file system, w2 pointer to a {@link
   * org.minix3j.abi.posix.StatfsLayout} buffer.
   */
  public static final int STATFS = 100;

  /** in: w0 fd, w1 pointer to a buffer, w2 size. result: the length with the NUL (ttyname). */
  public static final int TTYNAME = 101;

  private VfsCalls() {}
}

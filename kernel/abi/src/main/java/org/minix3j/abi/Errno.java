package org.minix3j.abi;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Error numbers, shared by the kernel, the servers, the drivers and the C library.
 *
 * <p>The POSIX numbers 1-40 follow the classic UNIX numbering that MINIX uses. The IPC errors
 * (100 and up) are MINIX's kernel-call and IPC results. On the wire, and in EAX after a trap,
 * an error is the negative of its number; zero is success ({@link #OK_VALUE}).
 */
public enum Errno {
  EPERM(1, "operation not permitted"),
  ENOENT(2, "no such file or directory"),
  ESRCH(3, "no such process"),
  EINTR(4, "interrupted call"),
  EIO(5, "input/output error"),
  ENXIO(6, "no such device or address"),
  E2BIG(7, "argument list too long"),
  ENOEXEC(8, "exec format error"),
  EBADF(9, "bad file descriptor"),
  ECHILD(10, "no child process"),
  EAGAIN(11, "resource temporarily unavailable"),
  ENOMEM(12, "not enough space"),
  EACCES(13, "permission denied"),
  EFAULT(14, "bad address"),
  ENOTBLK(15, "block device required"),
  EBUSY(16, "resource busy"),
  EEXIST(17, "file exists"),
  EXDEV(18, "improper link"),
  ENODEV(19, "no such device"),
  ENOTDIR(20, "not a directory"),
  EISDIR(21, "is a directory"),
  EINVAL(22, "invalid argument"),
  ENFILE(23, "too many open files in system"),
  EMFILE(24, "too many open files"),
  ENOTTY(25, "inappropriate I/O control operation"),
  ETXTBSY(26, "text file busy"),
  EFBIG(27, "file too large"),
  ENOSPC(28, "no space left on device"),
  ESPIPE(29, "invalid seek"),
  EROFS(30, "read-only file system"),
  EMLINK(31, "too many links"),
  EPIPE(32, "broken pipe"),
  EDOM(33, "domain error"),
  ERANGE(34, "result too large"),
  EDEADLK(35, "resource deadlock avoided"),
  ENAMETOOLONG(36, "file name too long"),
  ENOLCK(37, "no locks available"),
  ENOSYS(38, "function not implemented"),
  ENOTEMPTY(39, "directory not empty"),
  ELOOP(40, "too many levels of symbolic links"),
  /** A blocking IPC call would close a cycle of blocked processes. */
  ELOCKED(101, "IPC would deadlock"),
  /** The IPC function number is not SEND, RECEIVE, SENDREC or NOTIFY. */
  EBADCALL(102, "illegal IPC function"),
  /** The peer endpoint is not a valid endpoint at all. */
  EBADSRCDST(103, "bad source or destination"),
  /** The caller's privilege does not allow this primitive, destination or kernel call. */
  ECALLDENIED(104, "call denied by privileges"),
  /** The peer endpoint is dead or stale (its slot was restarted with a new generation). */
  EDEADSRCDST(105, "source or destination is dead"),
  /** The peer exists but has not finished starting. */
  ENOTREADY(106, "peer not ready"),
  /** The request message is malformed. */
  EBADREQUEST(107, "bad request"),
  /** The caller's privilege does not allow this IPC primitive at all. */
  ETRAPDENIED(108, "IPC primitive denied by privileges");

  /** The value that means success, on the wire and in EAX. */
  public static final int OK_VALUE = 0;

  private final int number;
  private final String description;

  Errno(int number, String description) {
    this.number = number;
    this.description = description;
  }

  /** The positive error number. */
  public int number() {
    return number;
  }

  /** The value a call returns for this error: the negated number. */
  public int wireValue() {
    return -number;
  }

  public String description() {
    return description;
  }

  /** The error whose wire value (negative) or number (positive) is {@code value}, if any. */
  public static @Nullable Errno fromValue(int value) {
    int wanted = Math.abs(value);
    for (Errno errno : values()) {
      if (errno.number == wanted) {
        return errno;
      }
    }
    return null;
  }
}

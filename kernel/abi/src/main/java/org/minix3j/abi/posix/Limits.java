package org.minix3j.abi.posix;

import org.minix3j.abi.protocol.CHeader;

/** System limits, as limits.h gives them to programs and the servers enforce them. */
@CHeader(file = "minix/limits.h", prefix = "")
public final class Limits {
  /** Longest path, with the NUL. */
  public static final int PATH_MAX = 1024;

  /** Longest file-name component (the MINIX V3 directory entry). */
  public static final int NAME_MAX = 60;

  /** Descriptors per process. */
  public static final int OPEN_MAX = 32;

  /** Open files in the whole system (VFS's file table). */
  public static final int NR_OPEN_FILES = 256;

  /** User processes in the system at once (PM's table; fork beyond gives EAGAIN). */
  public static final int NR_USER_PROCESSES = 100;

  /** Processes one user other than root may have (fork beyond gives EAGAIN). */
  public static final int CHILD_MAX = 64;

  /** Bytes of arguments and environment (the exec frame). */
  public static final int ARG_MAX = 65536;

  /** Bytes a pipe holds; writes of at most this many are atomic. */
  public static final int PIPE_BUF = 4096;

  /** Symbolic links followed in one path lookup before ELOOP. */
  public static final int SYMLOOP_MAX = 8;

  /** Links to one inode. */
  public static final int LINK_MAX = 32767;

  /** Clock ticks per second as times(2) counts them. */
  public static final int CLK_TCK = 100;

  private Limits() {}
}

package org.minix3j.abi.posix;

import org.minix3j.abi.protocol.CHeader;

/**
 * open(2) flags, fcntl(2) commands, lseek's whence, access(2) modes and the file-mode bits
 * ({@code S_IF*} types as in the MINIX V3 inode, permission bits).
 */
@CHeader(file = "minix/fileflags.h", prefix = "")
public final class FileFlags {
  public static final int O_RDONLY = 0;
  public static final int O_WRONLY = 1;
  public static final int O_RDWR = 2;
  public static final int O_ACCMODE = 3;
  public static final int O_CREAT = 0100;
  public static final int O_EXCL = 0200;
  public static final int O_NOCTTY = 0400;
  public static final int O_TRUNC = 01000;
  public static final int O_APPEND = 02000;
  public static final int O_NONBLOCK = 04000;
  public static final int O_DIRECTORY = 0200000;
  public static final int O_NOFOLLOW = 0400000;
  public static final int O_CLOEXEC = 02000000;

  public static final int F_DUPFD = 0;
  public static final int F_GETFD = 1;
  public static final int F_SETFD = 2;
  public static final int F_GETFL = 3;
  public static final int F_SETFL = 4;

  /** The one descriptor flag: close on exec. */
  public static final int FD_CLOEXEC = 1;

  public static final int SEEK_SET = 0;
  public static final int SEEK_CUR = 1;
  public static final int SEEK_END = 2;

  public static final int F_OK = 0;
  public static final int X_OK = 1;
  public static final int W_OK = 2;
  public static final int R_OK = 4;

  public static final int S_IFMT = 0170000;
  public static final int S_IFSOCK = 0140000;
  public static final int S_IFLNK = 0120000;
  public static final int S_IFREG = 0100000;
  public static final int S_IFBLK = 0060000;
  public static final int S_IFDIR = 0040000;
  public static final int S_IFCHR = 0020000;
  public static final int S_IFIFO = 0010000;
  public static final int S_ISUID = 04000;
  public static final int S_ISGID = 02000;
  public static final int S_ISVTX = 01000;
  public static final int S_IRWXU = 0700;
  public static final int S_IRUSR = 0400;
  public static final int S_IWUSR = 0200;
  public static final int S_IXUSR = 0100;
  public static final int S_IRWXG = 070;
  public static final int S_IRGRP = 040;
  public static final int S_IWGRP = 020;
  public static final int S_IXGRP = 010;
  public static final int S_IRWXO = 07;
  public static final int S_IROTH = 04;
  public static final int S_IWOTH = 02;
  public static final int S_IXOTH = 01;

  private FileFlags() {}
}

package org.minix3j.servers.mfs.format;

/**
 * The type and permission bits of {@code i_mode}, the same numbers as {@code
 * org.minix3j.abi.posix.FileFlags} (kept here so the format classes depend on nothing).
 */
public final class FileTypes {
  public static final int S_IFMT = 0170000;
  public static final int S_IFSOCK = 0140000;
  public static final int S_IFLNK = 0120000;
  public static final int S_IFREG = 0100000;
  public static final int S_IFBLK = 0060000;
  public static final int S_IFDIR = 0040000;
  public static final int S_IFCHR = 0020000;
  public static final int S_IFIFO = 0010000;

  /** Permission bits plus set-uid, set-gid and sticky. */
  public static final int PERMISSIONS = 07777;

  private FileTypes() {}
}

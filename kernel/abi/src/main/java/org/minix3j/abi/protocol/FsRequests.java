package org.minix3j.abi.protocol;

/**
 * VFS's requests to a file server such as MFS (SENDREC from VFS). VFS walks path names itself,
 * one component at a time, and holds inodes by number; each inode VFS got from {@link #LOOKUP},
 * {@link #CREATE}, {@link #MKDIR} or {@link #MOUNT} counts one reference until {@link
 * #PUTNODE}. Names travel in the standing read grant VFS made at {@link #MOUNT}: a name is an
 * offset and a length (no NUL) in it. File data moves through a grant VFS makes per call
 * (usually a magic grant on the user's buffer).
 *
 * <p>"attributes" in a reply are: w0 inode, w1 mode, w2 size, w3 uid, w4 gid, w5 device number
 * (for device files), w6 link count.
 */
public final class FsRequests {
  /**
   * in: w0 block-device number, w1 driver endpoint, w2 1 for read-only, w3 the standing name
   * grant id. out: the root directory's attributes.
   */
  public static final int MOUNT = 400;

  /** in: w0 directory inode, w1 name offset, w2 name length. out: the entry's attributes. */
  public static final int LOOKUP = 401;

  /** in: w0 inode, w1 references to drop. */
  public static final int PUTNODE = 402;

  /**
   * in: w0 inode. out: w0 mode, w1 links, w2 uid, w3 gid, w4 size, w5 device number, w6 access
   * time, w7 modification time, w8 status-change time, w9 blocks of 512 bytes, w10 block size.
   */
  public static final int STAT = 403;

  /** in: w0 inode, w1 position, w2 grant id, w3 count. result: bytes read; out: w0 the size. */
  public static final int READ = 404;

  /** in: w0 inode, w1 position, w2 grant id, w3 count. result: bytes written; out: w0 the size. */
  public static final int WRITE = 405;

  /**
   * in: w0 directory inode, w1 position (an opaque cookie, 0 at the start), w2 grant id, w3
   * size. result: bytes of dirent records; out: w0 the next position.
   */
  public static final int GETDENTS = 406;

  /**
   * in: w0 directory inode, w1 name offset, w2 name length, w3 mode (with S_IFREG or S_IFIFO),
   * w4 uid, w5 gid. EEXIST if the name exists. out: the new file's attributes.
   */
  public static final int CREATE = 407;

  /** in: as {@link #CREATE}, mode without type. out: the new directory's attributes. */
  public static final int MKDIR = 408;

  /** in: as {@link #CREATE}, w6 device number. out: the new node's attributes. */
  public static final int MKNOD = 409;

  /** in: w0 directory inode, w1 name offset, w2 name length. EISDIR for a directory. */
  public static final int UNLINK = 410;

  /** in: as {@link #UNLINK}. ENOTEMPTY unless empty; EINVAL for . and .. */
  public static final int RMDIR = 411;

  /** in: w0 directory inode, w1 name offset, w2 name length, w3 the inode to link. */
  public static final int LINK = 412;

  /**
   * in: w0 directory inode, w1 name offset, w2 name length, w3 target offset, w4 target length,
   * w5 uid, w6 gid. out: the link's attributes.
   */
  public static final int SYMLINK = 413;

  /** in: w0 inode, w1 grant id, w2 size. result: bytes of the link's contents. */
  public static final int READLINK = 414;

  /**
   * in: w0 old directory, w1 old name offset, w2 old name length, w3 new directory, w4 new name
   * offset, w5 new name length. Replaces an existing target as POSIX says.
   */
  public static final int RENAME = 415;

  /** in: w0 inode, w1 mode (permission bits). */
  public static final int CHMOD = 416;

  /** in: w0 inode, w1 uid, w2 gid. */
  public static final int CHOWN = 417;

  /** in: w0 inode, w1 access time, w2 modification time. */
  public static final int UTIME = 418;

  /** in: w0 inode, w1 the new length. */
  public static final int TRUNCATE = 419;

  /** Writes every dirty block. */
  public static final int SYNC = 420;

  /** out: w0 block size, w1 blocks, w2 free blocks, w3 inodes, w4 free inodes, w5 name maximum. */
  public static final int STATFS = 421;

  /** Syncs and lets go of the device. */
  public static final int UNMOUNT = 422;

  /**
   * in: w0 block-device number, w1 the endpoint of its new driver (a restarted copy, which VFS
   * learnt from DS). The file server sends its block I/O there from now on, under a new grant
   * of its cache; EINVAL if that device is not the one mounted.
   */
  public static final int NEWDRIVER = 423;

  private FsRequests() {}
}

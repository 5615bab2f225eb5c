package org.minix3j.servers.vm.space;

/**
 * What makes two execs the same program for sharing text: the file's device, inode and
 * modification time, and (as a further guard) its length. Inode 0 names no file and is never
 * shared.
 */
public record TextKey(int device, int inode, int modificationTime, int length) {
  /** Whether text loaded under this key may be shared with later execs. */
  public boolean shareable() {
    return inode != 0;
  }
}

package org.minix3j.servers.mfs.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A 64-byte MINIX V3 directory entry: the inode number (32 bits, 0 for a free slot) and a
 * 60-byte name, NUL-padded (no NUL when the name uses all 60 bytes).
 */
public final class DirectoryEntry {
  private static final int NAME = 4;

  private DirectoryEntry() {}

  /** The inode number of the entry at {@code data[offset..]} (0: a free slot). */
  public static int inode(byte[] data, int offset) {
    return LittleEndian.u32(data, offset);
  }

  /** The name's length in bytes: up to the first NUL, at most 60. */
  public static int nameLength(byte[] data, int offset) {
    int length = 0;
    while (length < MinixFormat.NAME_MAX && data[offset + NAME + length] != 0) {
      length++;
    }
    return length;
  }

  /** A copy of the name's bytes. */
  public static byte[] name(byte[] data, int offset) {
    int start = offset + NAME;
    return Arrays.copyOfRange(data, start, start + nameLength(data, offset));
  }

  /** Whether the entry's name is exactly {@code name}. */
  public static boolean nameEquals(byte[] data, int offset, byte[] name) {
    if (name.length > MinixFormat.NAME_MAX || nameLength(data, offset) != name.length) {
      return false;
    }
    return Arrays.equals(data, offset + NAME, offset + NAME + name.length, name, 0, name.length);
  }

  /** Writes an entry for {@code inode} named {@code name} (1..60 bytes), NUL-padded. */
  public static void write(byte[] data, int offset, int inode, byte[] name) {
    if (name.length == 0 || name.length > MinixFormat.NAME_MAX) {
      throw new IllegalArgumentException("name of " + name.length + " bytes");
    }
    LittleEndian.put32(data, offset, inode);
    Arrays.fill(data, offset + NAME, offset + MinixFormat.DIRENT_SIZE, (byte) 0);
    System.arraycopy(name, 0, data, offset + NAME, name.length);
  }

  /** Replaces only the inode number. */
  public static void setInode(byte[] data, int offset, int inode) {
    LittleEndian.put32(data, offset, inode);
  }

  /** The bytes of {@code name} in the encoding names are stored in (UTF-8). */
  public static byte[] bytes(String name) {
    return name.getBytes(StandardCharsets.UTF_8);
  }
}

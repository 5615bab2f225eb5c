package org.minix3j.servers.mfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.DirentLayout;
import org.minix3j.servers.mfs.format.DirectoryEntry;
import org.minix3j.servers.mfs.format.DiskInode;
import org.minix3j.servers.mfs.format.FileTypes;
import org.minix3j.servers.mfs.format.LittleEndian;
import org.minix3j.servers.mfs.format.MinixFormat;

/**
 * GETDENTS: a directory's entries as {@link DirentLayout} records. The position cookie is the
 * byte offset of the next on-disk entry (a multiple of 64); VFS only hands it back.
 */
final class Getdents {
  private static final int MAX_REPLY = 64 * 1024;

  private Getdents() {}

  /**
   * in: w0 directory, w1 position, w2 grant, w3 size. result: bytes of records (0 at the end);
   * out: w0 the next position. EINVAL if not even one record fits.
   */
  static int getdents(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    DiskInode directory = volume.directory(in.payload(0));
    long position = in.payload(1);
    int grant = in.payload(2);
    int size = in.payload(3);
    if (position < 0 || position % MinixFormat.DIRENT_SIZE != 0 || size < 0) {
      throw FsError.of(Errno.EINVAL);
    }
    byte[] records = new byte[Math.min(size, MAX_REPLY)];
    int[] used = {0};
    long[] next = {Math.min(position, directory.size)};
    boolean[] full = {false};
    volume.directories.scan(directory, next[0], (at, inode, memory, offset) -> {
      if (inode != 0) {
        byte[] name = DirectoryEntry.name(memory, offset);
        int length = DirentLayout.recordLength(name.length);
        if (used[0] + length > records.length) {
          full[0] = true;
          return false;
        }
        int type = type(volume, inode);
        int record = used[0];
        LittleEndian.put32(records, record + DirentLayout.INO, inode);
        LittleEndian.put16(records, record + DirentLayout.RECLEN, length);
        records[record + DirentLayout.TYPE] = (byte) type;
        records[record + DirentLayout.NAMLEN] = (byte) name.length;
        System.arraycopy(name, 0, records, record + DirentLayout.NAME, name.length);
        used[0] += length;
      }
      next[0] = at + MinixFormat.DIRENT_SIZE;
      return true;
    });
    if (full[0] && used[0] == 0) {
      throw FsError.of(Errno.EINVAL);
    }
    if (!full[0]) {
      next[0] = directory.size;
    }
    if (used[0] > 0) {
      int result = context.sys.safecopyTo(context.vfs(), grant, 0, records, 0, used[0]);
      if (result < 0) {
        return result;
      }
    }
    out.setPayload(0, (int) next[0]);
    return used[0];
  }

  /** The DT_ type of inode {@code number}; EIO for a number outside the table. */
  private static int type(Volume volume, int number) throws FsError {
    DiskInode inode = volume.readInode(number & 0xffffffffL);
    return switch (inode.type()) {
      case FileTypes.S_IFDIR -> DirentLayout.DT_DIR;
      case FileTypes.S_IFREG -> DirentLayout.DT_REG;
      case FileTypes.S_IFLNK -> DirentLayout.DT_LNK;
      case FileTypes.S_IFCHR -> DirentLayout.DT_CHR;
      case FileTypes.S_IFBLK -> DirentLayout.DT_BLK;
      case FileTypes.S_IFIFO -> DirentLayout.DT_FIFO;
      default -> DirentLayout.DT_UNKNOWN;
    };
  }
}

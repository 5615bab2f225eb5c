package org.minix3j.servers.mfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.servers.mfs.format.DiskInode;

/**
 * READ, WRITE, TRUNCATE and READLINK (MINIX's read.c, link.c's truncate): data moves block by
 * block between the cache and VFS's grant (safecopy; holes are memset to zero). Data blocks are
 * written back later; zone allocation and the inode are written through.
 *
 * <p>A write stops before a block whose zones (data and indirect) are not all free to take, so
 * ENOSPC never leaves a half-mapped block; bytes written before that are reported. Past the
 * volume's file-size limit a write is EFBIG.
 */
final class ReadWrite {
  private ReadWrite() {}

  /** in: w0 inode, w1 position, w2 grant, w3 count. result: bytes read; out: w0 size. */
  static int read(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    DiskInode inode = volume.liveInode(in.payload(0));
    long position = in.payload(1);
    int grant = in.payload(2);
    int count = in.payload(3);
    if (!inode.hasZones()) {
      throw FsError.of(Errno.EINVAL);
    }
    if (position < 0 || count < 0) {
      throw FsError.of(Errno.EINVAL);
    }
    if (inode.size > volume.superblock.fileSizeLimit()) {
      throw FsError.corrupt("inode " + inode.number + " of " + inode.size + " bytes");
    }
    int total = (int) Math.max(0, Math.min(count, inode.size - position));
    int blockSize = volume.blockSize;
    int done = 0;
    while (done < total) {
      long at = position + done;
      int inBlock = (int) (at % blockSize);
      int chunk = Math.min(blockSize - inBlock, total - done);
      long zone = volume.blocks.zoneOf(inode, at / blockSize);
      int result;
      if (zone == 0) {
        result = context.sys.memset(context.vfs(), grant, done, 0, chunk);
      } else {
        BlockCache.Buffer buffer = volume.cache.get(zone);
        result = context.sys.safecopyTo(context.vfs(), grant, done, volume.cache.memory(),
            buffer.offset + inBlock, chunk);
      }
      if (result < 0) {
        if (done == 0) {
          return result;
        }
        break;
      }
      done += chunk;
    }
    out.setPayload(0, (int) inode.size);
    return done;
  }

  /** in: w0 inode, w1 position, w2 grant, w3 count. result: bytes written; out: w0 size. */
  static int write(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    volume.checkWritable();
    DiskInode inode = volume.liveInode(in.payload(0));
    long position = in.payload(1);
    int grant = in.payload(2);
    int count = in.payload(3);
    if (inode.isDirectory()) {
      throw FsError.of(Errno.EISDIR);
    }
    if (!inode.isRegular() || position < 0 || count < 0) {
      throw FsError.of(Errno.EINVAL);
    }
    long limit = volume.superblock.fileSizeLimit();
    if (count > 0 && position >= limit) {
      throw FsError.of(Errno.EFBIG);
    }
    int total = (int) Math.min(count, limit - position);
    int blockSize = volume.blockSize;
    int done = 0;
    int error = 0;
    boolean[] fresh = new boolean[1];
    while (done < total) {
      long at = position + done;
      long index = at / blockSize;
      int inBlock = (int) (at % blockSize);
      int chunk = Math.min(blockSize - inBlock, total - done);
      if (volume.blocks.missing(inode, index) > volume.allocator.freeZones()) {
        error = Errno.ENOSPC.wireValue();
        break;
      }
      long zone = volume.blocks.allocate(inode, index, fresh);
      BlockCache.Buffer buffer = fresh[0] ? volume.cache.getZeroed(zone) : volume.cache.get(zone);
      int result = context.sys.safecopyFrom(context.vfs(), grant, done, volume.cache.memory(),
          buffer.offset + inBlock, chunk);
      volume.cache.markDirty(buffer);
      if (result < 0) {
        error = result;
        break;
      }
      done += chunk;
    }
    if (position + done > inode.size) {
      inode.size = position + done;
    }
    if (done > 0 || error == Errno.ENOSPC.wireValue()) {
      int now = context.now();
      inode.modifyTime = now;
      inode.changeTime = now;
    }
    volume.writeInode(inode);
    out.setPayload(0, (int) inode.size);
    return done > 0 || error == 0 ? done : error;
  }

  /** in: w0 inode, w1 the new length. Frees the zones beyond it; zeroes the last block's tail. */
  static int truncate(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    volume.checkWritable();
    DiskInode inode = volume.liveInode(in.payload(0));
    long length = in.payload(1);
    if (inode.isDirectory()) {
      throw FsError.of(Errno.EISDIR);
    }
    if (!inode.isRegular() || length < 0) {
      throw FsError.of(Errno.EINVAL);
    }
    if (length > volume.superblock.fileSizeLimit()) {
      throw FsError.of(Errno.EFBIG);
    }
    if (length < inode.size) {
      volume.blocks.truncate(inode, length);
      int tail = (int) (length % volume.blockSize);
      if (tail != 0) {
        long zone = volume.blocks.zoneOf(inode, length / volume.blockSize);
        if (zone != 0) {
          BlockCache.Buffer buffer = volume.cache.get(zone);
          java.util.Arrays.fill(volume.cache.memory(), buffer.offset + tail,
              buffer.offset + volume.blockSize, (byte) 0);
          volume.cache.markDirty(buffer);
        }
      }
    }
    inode.size = length;
    int now = context.now();
    inode.modifyTime = now;
    inode.changeTime = now;
    volume.writeInode(inode);
    return Errno.OK_VALUE;
  }

  /** in: w0 inode, w1 grant, w2 size. result: bytes of the target (kept in the first zone). */
  static int readlink(FsContext context, Message in, Message out) throws FsError {
    Volume volume = context.volume();
    DiskInode inode = volume.liveInode(in.payload(0));
    int grant = in.payload(1);
    int size = in.payload(2);
    if (!inode.isSymlink() || size < 0) {
      throw FsError.of(Errno.EINVAL);
    }
    if (inode.size >= volume.blockSize) {
      throw FsError.corrupt("symbolic link " + inode.number + " of " + inode.size + " bytes");
    }
    long zone = volume.blocks.zoneOf(inode, 0);
    int length = (int) Math.min(size, inode.size);
    if (zone == 0 || length == 0) {
      if (inode.size != 0) {
        throw FsError.corrupt("symbolic link " + inode.number + " without a zone");
      }
      return 0;
    }
    BlockCache.Buffer buffer = volume.cache.get(zone);
    int result = context.sys.safecopyTo(context.vfs(), grant, 0, volume.cache.memory(),
        buffer.offset, length);
    return result < 0 ? result : length;
  }
}

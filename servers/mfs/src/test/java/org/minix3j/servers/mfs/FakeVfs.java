package org.minix3j.servers.mfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.DirentLayout;
import org.minix3j.abi.protocol.FsRequests;
import org.minix3j.servers.mfs.format.LittleEndian;

/**
 * VFS as MFS sees it, for tests: requests go straight to {@link MinixFileServer#serve} with a
 * {@link FakeKernel} under the server; names travel in a standing name grant, data in a grant
 * per call.
 */
final class FakeVfs {
  static final int DEVICE = Devices.device(Devices.MEMORY_MAJOR, Devices.RAMDISK_MINOR);

  final FakeKernel kernel;
  final FsContext context;
  final CallTable table = new CallTable();
  private final byte[] names = new byte[4096];
  private final int nameGrant;
  private int nameCursor;

  FakeVfs(byte[] disk) {
    this(disk, new MfsConfig(16, 5, FakeKernel.VFS, FakeKernel.DS));
  }

  FakeVfs(byte[] disk, MfsConfig config) {
    kernel = new FakeKernel(disk);
    context = new FsContext(kernel, config);
    nameGrant = kernel.grantFrom(FakeKernel.VFS, GrantAccess.READ, names);
  }

  /** Sends one request; the reply (type = result). */
  Message call(int type, int... words) {
    Message request = FakeKernel.from(FakeKernel.VFS, type, words);
    Message reply = new Message();
    reply.setType(MinixFileServer.serve(context, table, request, reply));
    return reply;
  }

  int result(int type, int... words) {
    return call(type, words).type();
  }

  /** MOUNT; the result. */
  int mount(boolean readOnly) {
    return result(FsRequests.MOUNT, DEVICE, FakeKernel.DRIVER, readOnly ? 1 : 0, nameGrant);
  }

  /** Puts {@code name} in the name grant; its offset and length. */
  int[] name(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    if (nameCursor + bytes.length > names.length) {
      nameCursor = 0;
    }
    int offset = nameCursor;
    System.arraycopy(bytes, 0, names, offset, bytes.length);
    nameCursor += bytes.length;
    return new int[] {offset, bytes.length};
  }

  /** LOOKUP: the inode, or the negative error. */
  int lookup(int directory, String name) {
    int[] n = name(name);
    Message reply = call(FsRequests.LOOKUP, directory, n[0], n[1]);
    return reply.type() < 0 ? reply.type() : reply.payload(0);
  }

  int create(int directory, String name, int mode) {
    int[] n = name(name);
    Message reply = call(FsRequests.CREATE, directory, n[0], n[1], mode, 0, 0);
    return reply.type() < 0 ? reply.type() : reply.payload(0);
  }

  int mkdir(int directory, String name) {
    int[] n = name(name);
    Message reply = call(FsRequests.MKDIR, directory, n[0], n[1], 0755, 0, 0);
    return reply.type() < 0 ? reply.type() : reply.payload(0);
  }

  int unlink(int directory, String name) {
    int[] n = name(name);
    return result(FsRequests.UNLINK, directory, n[0], n[1]);
  }

  int rmdir(int directory, String name) {
    int[] n = name(name);
    return result(FsRequests.RMDIR, directory, n[0], n[1]);
  }

  int rename(int from, String oldName, int to, String newName) {
    int[] o = name(oldName);
    int[] n = name(newName);
    return result(FsRequests.RENAME, from, o[0], o[1], to, n[0], n[1]);
  }

  int symlink(int directory, String name, String target) {
    int[] n = name(name);
    int[] t = name(target);
    Message reply = call(FsRequests.SYMLINK, directory, n[0], n[1], t[0], t[1], 0, 0);
    return reply.type() < 0 ? reply.type() : reply.payload(0);
  }

  int link(int directory, String name, int inode) {
    int[] n = name(name);
    return result(FsRequests.LINK, directory, n[0], n[1], inode);
  }

  int putnode(int inode) {
    return result(FsRequests.PUTNODE, inode, 1);
  }

  int write(int inode, long position, byte[] data) {
    int grant = kernel.grantFrom(FakeKernel.VFS, GrantAccess.READ, data);
    return result(FsRequests.WRITE, inode, (int) position, grant, data.length);
  }

  /** READ; the bytes read, or null with the error in {@code error[0]}. */
  byte[] read(int inode, long position, int count) {
    byte[] buffer = new byte[count];
    int grant = kernel.grantFrom(FakeKernel.VFS, GrantAccess.WRITE, buffer);
    int result = result(FsRequests.READ, inode, (int) position, grant, count);
    if (result < 0) {
      throw new AssertionError("READ gave " + result);
    }
    return Arrays.copyOf(buffer, result);
  }

  String readlink(int inode) {
    byte[] buffer = new byte[1024];
    int grant = kernel.grantFrom(FakeKernel.VFS, GrantAccess.WRITE, buffer);
    int result = result(FsRequests.READLINK, inode, grant, buffer.length);
    if (result < 0) {
      throw new AssertionError("READLINK gave " + result);
    }
    return new String(buffer, 0, result, StandardCharsets.UTF_8);
  }

  /** Every name GETDENTS returns, reading {@code chunk} bytes at a time. */
  List<String> list(int directory, int chunk) {
    List<String> out = new ArrayList<>();
    int position = 0;
    while (true) {
      byte[] buffer = new byte[chunk];
      int grant = kernel.grantFrom(FakeKernel.VFS, GrantAccess.WRITE, buffer);
      Message reply = call(FsRequests.GETDENTS, directory, position, grant, chunk);
      if (reply.type() < 0) {
        throw new AssertionError("GETDENTS gave " + reply.type());
      }
      if (reply.type() == 0) {
        return out;
      }
      for (int at = 0; at < reply.type(); ) {
        int length = LittleEndian.u16(buffer, at + DirentLayout.RECLEN);
        int nameLength = buffer[at + DirentLayout.NAMLEN] & 0xff;
        out.add(new String(buffer, at + DirentLayout.NAME, nameLength, StandardCharsets.UTF_8));
        at += length;
      }
      position = reply.payload(0);
    }
  }

  /** STATFS: [block size, blocks, free blocks, inodes, free inodes]. */
  int[] statfs() {
    Message reply = call(FsRequests.STATFS);
    if (reply.type() < 0) {
      throw new AssertionError("STATFS gave " + reply.type());
    }
    return new int[] {reply.payload(0), reply.payload(1), reply.payload(2), reply.payload(3),
        reply.payload(4)};
  }

  /** STAT: the reply. */
  Message stat(int inode) {
    return call(FsRequests.STAT, inode);
  }
}

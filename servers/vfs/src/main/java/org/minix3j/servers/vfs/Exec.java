package org.minix3j.servers.vfs;

import java.nio.charset.StandardCharsets;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.protocol.VmCalls;

/**
 * PmToVfs.EXEC (MINIX's exec.c, VFS's half): read the path and the frame from the process,
 * resolve the path with its ids, check it is a regular file it may execute (EACCES), read the
 * whole file (ENOEXEC if empty or beyond {@link #MAX_IMAGE}), and have VM build the new image
 * from read grants of the file and frame buffers (VmCalls.EXEC_NEWMEM). The grants are revoked
 * once VM answers. The reply to PM carries VM's page directory, entry and stack pointer, the
 * set-user-id and set-group-id (-1 for none) and the program's name for ps.
 */
final class Exec {
  /** The largest program VFS reads for exec. */
  static final int MAX_IMAGE = 16 * 1024 * 1024;

  private static final int NAME_BYTES = 16;

  private Exec() {}

  /** EXEC: w0 endpoint, w1-w2 path, w3-w4 frame. */
  static Reply exec(Context ctx, Message request) {
    Proc proc = ctx.requireProc(request.payload(0));
    String path = ctx.user.path(proc.endpoint, request.payload(1), request.payload(2));
    int frameLength = request.payload(4);
    if (frameLength > Limits.ARG_MAX) {
      throw new FsError(Errno.E2BIG);
    }
    if (frameLength <= 0) {
      throw new FsError(Errno.EINVAL);
    }
    byte[] frame = ctx.user.copyIn(proc.endpoint, request.payload(3), frameLength);
    Vnode vnode = PathWalker.resolve(ctx, proc, path, true);
    try {
      if (!vnode.isRegular()) {
        throw new FsError(Errno.EACCES);
      }
      Permissions.check(proc, vnode, Permissions.EXECUTE);
      Message status = ctx.fs().stat(vnode.inode);
      int mode = status.payload(0);
      int uid = status.payload(2);
      int gid = status.payload(3);
      int size = status.payload(4);
      int modified = status.payload(7);
      if (size <= 0 || size > MAX_IMAGE) {
        throw new FsError(Errno.ENOEXEC);
      }
      byte[] image = readWhole(ctx, vnode, size);
      int[] image3 = newMemory(ctx, proc, image, frame, vnode.inode, modified);
      int setUid = (mode & FileFlags.S_ISUID) != 0 ? uid : -1;
      int setGid = (mode & FileFlags.S_ISGID) != 0 ? gid : -1;
      int[] name = nameWords(path);
      return Reply.of(Errno.OK_VALUE, image3[0], image3[1], image3[2], setUid, setGid,
          name[0], name[1], name[2], name[3]);
    } finally {
      ctx.vnodes().put(vnode);
    }
  }

  /** The file's {@code size} bytes, in as many READs as the server needs. */
  private static byte[] readWhole(Context ctx, Vnode vnode, int size) {
    FileServer fs = ctx.fs();
    byte[] image = new byte[size];
    int done = 0;
    while (done < size) {
      int grant = ctx.sys.grant(fs.endpoint, GrantAccess.WRITE, image, done, size - done);
      if (grant < 0) {
        throw new FsError(Errno.ENOMEM);
      }
      int read;
      try {
        read = fs.io(false, vnode.inode, done, grant, size - done);
      } finally {
        ctx.sys.revokeGrant(grant);
      }
      if (read <= 0) {
        throw new FsError(Errno.ENOEXEC);
      }
      done += read;
    }
    return image;
  }

  /** EXEC_NEWMEM; VM's page directory, entry point and stack pointer. */
  private static int[] newMemory(Context ctx, Proc proc, byte[] image, byte[] frame, int inode, int modified) {
    int imageGrant = ctx.sys.grant(SystemSlots.VM, GrantAccess.READ, image, 0, image.length);
    if (imageGrant < 0) {
      throw new FsError(Errno.ENOMEM);
    }
    int frameGrant = ctx.sys.grant(SystemSlots.VM, GrantAccess.READ, frame, 0, frame.length);
    try {
      if (frameGrant < 0) {
        throw new FsError(Errno.ENOMEM);
      }
      Message message = Message.of(VmCalls.EXEC_NEWMEM, proc.endpoint, imageGrant, image.length,
          frameGrant, frame.length, ctx.config.rootDevice(), inode, modified);
      if (ctx.sys.sendrec(SystemSlots.VM, message) < 0) {
        throw new FsError(Errno.EIO);
      }
      if (message.type() < 0) {
        throw FsError.ofWire(message.type());
      }
      return new int[] {message.payload(0), message.payload(1), message.payload(2)};
    } finally {
      ctx.sys.revokeGrant(imageGrant);
      if (frameGrant >= 0) {
        ctx.sys.revokeGrant(frameGrant);
      }
    }
  }

  /** The path's last component, 16 bytes NUL-padded (truncated), as four little-endian words. */
  static int[] nameWords(String path) {
    int end = path.length();
    while (end > 1 && path.charAt(end - 1) == '/') {
      end--;
    }
    String name = path.substring(path.lastIndexOf('/', end - 1) + 1, end);
    byte[] bytes = new byte[NAME_BYTES];
    byte[] source = name.getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(source, 0, bytes, 0, Math.min(source.length, NAME_BYTES - 1));
    int[] words = new int[NAME_BYTES / Integer.BYTES];
    for (int i = 0; i < words.length; i++) {
      words[i] = (bytes[4 * i] & 0xff) | ((bytes[4 * i + 1] & 0xff) << 8)
          | ((bytes[4 * i + 2] & 0xff) << 16) | ((bytes[4 * i + 3] & 0xff) << 24);
    }
    return words;
  }
}

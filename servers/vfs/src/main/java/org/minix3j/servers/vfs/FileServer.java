package org.minix3j.servers.vfs;

import java.nio.charset.StandardCharsets;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.protocol.FsRequests;

/**
 * The requests VFS sends to one file server (FsRequests), each a SENDREC whose failure or
 * negative reply becomes an {@link FsError}. Names travel in the standing read grant made at
 * {@link #mount}: the first name at {@link #FIRST_NAME}, a second one (rename, symlink's
 * target) at {@link #SECOND_NAME}.
 */
final class FileServer {
  static final int FIRST_NAME = 0;
  static final int SECOND_NAME = Limits.PATH_MAX;

  private final SystemCalls sys;
  final int endpoint;
  private final byte[] names = new byte[2 * Limits.PATH_MAX];
  private final Message message = new Message();
  private int nameGrant = -1;

  FileServer(SystemCalls sys, int endpoint) {
    this.sys = sys;
    this.endpoint = endpoint;
  }

  /** Makes the name grant and mounts {@code device}; the root directory's attributes. */
  Attributes mount(int device, int driver) {
    if (nameGrant < 0) {
      nameGrant = sys.grant(endpoint, GrantAccess.READ, names, 0, names.length);
      if (nameGrant < 0) {
        throw FsError.ofWire(nameGrant);
      }
    }
    return Attributes.from(call(FsRequests.MOUNT, device, driver, 0, nameGrant));
  }

  /** NEWDRIVER: the driver of the mounted {@code device} is now {@code driver}. */
  void newDriver(int device, int driver) {
    call(FsRequests.NEWDRIVER, device, driver);
  }

  Attributes lookup(int directory, String name) {
    int length = putName(name, FIRST_NAME);
    return Attributes.from(call(FsRequests.LOOKUP, directory, FIRST_NAME, length));
  }

  void putnode(int inode, int references) {
    call(FsRequests.PUTNODE, inode, references);
  }

  /** The full status: w0 mode ... w10 block size, as FsRequests.STAT says. */
  Message stat(int inode) {
    return call(FsRequests.STAT, inode);
  }

  /** READ or WRITE through {@code grant}; returns bytes moved. */
  int io(boolean write, int inode, int position, int grant, int count) {
    Message reply = call(write ? FsRequests.WRITE : FsRequests.READ, inode, position, grant, count);
    return reply.type();
  }

  /** GETDENTS: bytes placed in the grant; {@code next[0]} gets the next position. */
  int getdents(int inode, int position, int grant, int size, int[] next) {
    Message reply = call(FsRequests.GETDENTS, inode, position, grant, size);
    next[0] = reply.payload(0);
    return reply.type();
  }

  Attributes create(int type, int directory, String name, int mode, int uid, int gid, int device) {
    int length = putName(name, FIRST_NAME);
    return Attributes.from(call(type, directory, FIRST_NAME, length, mode, uid, gid, device));
  }

  void remove(int type, int directory, String name) {
    int length = putName(name, FIRST_NAME);
    call(type, directory, FIRST_NAME, length);
  }

  void link(int directory, String name, int inode) {
    int length = putName(name, FIRST_NAME);
    call(FsRequests.LINK, directory, FIRST_NAME, length, inode);
  }

  void symlink(int directory, String name, String target, int uid, int gid) {
    int length = putName(name, FIRST_NAME);
    int targetLength = putName(target, SECOND_NAME);
    call(FsRequests.SYMLINK, directory, FIRST_NAME, length, SECOND_NAME, targetLength, uid, gid);
  }

  int readlink(int inode, int grant, int size) {
    return call(FsRequests.READLINK, inode, grant, size).type();
  }

  /** A symbolic link's contents, read into VFS. */
  String readlink(int inode) {
    byte[] target = new byte[Limits.PATH_MAX];
    int grant = sys.grant(endpoint, GrantAccess.WRITE, target, 0, target.length);
    if (grant < 0) {
      throw FsError.ofWire(grant);
    }
    try {
      int length = readlink(inode, grant, target.length);
      return new String(target, 0, Math.min(length, target.length), StandardCharsets.ISO_8859_1);
    } finally {
      sys.revokeGrant(grant);
    }
  }

  void rename(int oldDirectory, String oldName, int newDirectory, String newName) {
    int oldLength = putName(oldName, FIRST_NAME);
    int newLength = putName(newName, SECOND_NAME);
    call(FsRequests.RENAME, oldDirectory, FIRST_NAME, oldLength, newDirectory, SECOND_NAME, newLength);
  }

  Message call(int type, int... words) {
    message.clear();
    message.setType(type);
    for (int i = 0; i < words.length; i++) {
      message.setPayload(i, words[i]);
    }
    int result = sys.sendrec(endpoint, message);
    if (result < 0) {
      throw new FsError(Errno.EIO);
    }
    if (message.type() < 0) {
      throw FsError.ofWire(message.type());
    }
    return message;
  }

  private int putName(String name, int offset) {
    byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length > Limits.PATH_MAX) {
      throw new FsError(Errno.ENAMETOOLONG);
    }
    System.arraycopy(bytes, 0, names, offset, bytes.length);
    return bytes.length;
  }
}

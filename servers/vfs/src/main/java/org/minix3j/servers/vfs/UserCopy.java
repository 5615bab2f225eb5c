package org.minix3j.servers.vfs;

import java.nio.charset.StandardCharsets;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.posix.Limits;

/**
 * Copies between VFS and a user process's memory: a magic grant of the user range to VFS
 * itself, one safecopy, the grant revoked. Any failure (a bad pointer, an unmapped page, a dead
 * process) is EFAULT, as POSIX wants for a bad address.
 */
final class UserCopy {
  private final SystemCalls sys;

  UserCopy(SystemCalls sys) {
    this.sys = sys;
  }

  /** {@code length} bytes of {@code user}'s memory at {@code address}. */
  byte[] copyIn(int user, int address, int length) {
    if (length < 0) {
      throw new FsError(Errno.EINVAL);
    }
    byte[] data = new byte[length];
    if (length == 0) {
      return data;
    }
    int grant = sys.grantMagic(sys.endpoint(), GrantAccess.READ, user, address, length);
    if (grant < 0) {
      throw new FsError(Errno.EFAULT);
    }
    int result = sys.safecopyFrom(sys.endpoint(), grant, 0, data, 0, length);
    sys.revokeGrant(grant);
    if (result < 0) {
      throw new FsError(Errno.EFAULT);
    }
    return data;
  }

  /** Copies {@code length} bytes of {@code user}'s memory at {@code address} into {@code data} at {@code offset}. */
  void copyInto(int user, int address, byte[] data, int offset, int length) {
    if (length == 0) {
      return;
    }
    int grant = sys.grantMagic(sys.endpoint(), GrantAccess.READ, user, address, length);
    if (grant < 0) {
      throw new FsError(Errno.EFAULT);
    }
    int result = sys.safecopyFrom(sys.endpoint(), grant, 0, data, offset, length);
    sys.revokeGrant(grant);
    if (result < 0) {
      throw new FsError(Errno.EFAULT);
    }
  }

  /** Copies {@code length} bytes of {@code data} from {@code offset} to {@code user}'s {@code address}. */
  void copyOut(int user, int address, byte[] data, int offset, int length) {
    if (length == 0) {
      return;
    }
    int grant = sys.grantMagic(sys.endpoint(), GrantAccess.WRITE, user, address, length);
    if (grant < 0) {
      throw new FsError(Errno.EFAULT);
    }
    int result = sys.safecopyTo(sys.endpoint(), grant, 0, data, offset, length);
    sys.revokeGrant(grant);
    if (result < 0) {
      throw new FsError(Errno.EFAULT);
    }
  }

  /**
   * A path argument: {@code length} counts the NUL (package rule). ENAMETOOLONG beyond PATH_MAX,
   * EINVAL without a NUL, EFAULT for a bad pointer. The bytes map one to one onto chars.
   */
  String path(int user, int address, int length) {
    if (length > Limits.PATH_MAX) {
      throw new FsError(Errno.ENAMETOOLONG);
    }
    if (length <= 0) {
      throw new FsError(Errno.EINVAL);
    }
    byte[] data = copyIn(user, address, length);
    for (int i = 0; i < data.length; i++) {
      if (data[i] == 0) {
        return new String(data, 0, i, StandardCharsets.ISO_8859_1);
      }
    }
    throw new FsError(Errno.EINVAL);
  }
}

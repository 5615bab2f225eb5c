package org.minix3j.servers.mfs;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.protocol.DsCalls;
import org.minix3j.servers.mfs.format.DiskInode;
import org.minix3j.servers.mfs.format.MinixFormat;

/**
 * MFS's own state: the kernel handle, the configuration, the cache array (allocated once, the
 * driver's grant covers it), the mounted volume if any, VFS's standing name grant and the
 * clock. Handlers get it as their first argument; nothing is static.
 */
final class FsContext {
  final SystemCalls sys;
  final MfsConfig config;
  final byte[] cacheMemory;
  /** Requests that ended in a runtime exception (answered EIO); tests expect none. */
  int unexpectedFailures;

  private @Nullable Volume volume;
  private int nameGrant;
  private long bootTime;
  private boolean bootTimeKnown;

  FsContext(SystemCalls sys, MfsConfig config) {
    this.sys = sys;
    this.config = config;
    this.cacheMemory = new byte[config.cacheBlocks() * MinixFormat.MAX_BLOCK_SIZE];
  }

  boolean mounted() {
    return volume != null;
  }

  /** The mounted volume; EINVAL before MOUNT. */
  Volume volume() throws FsError {
    Volume mounted = volume;
    if (mounted == null) {
      throw new FsError(Errno.EINVAL, "nothing mounted");
    }
    return mounted;
  }

  void mount(Volume mounted, int grant) {
    this.volume = mounted;
    this.nameGrant = grant;
  }

  void unmount() {
    this.volume = null;
  }

  /** VFS's endpoint: the granter of every grant a request names. */
  int vfs() {
    return config.vfsEndpoint();
  }

  /**
   * A name VFS put in its standing name grant: 1..60 bytes without {@code /} or NUL
   * (ENAMETOOLONG beyond, EINVAL for the rest).
   */
  byte[] name(int offset, int length) throws FsError {
    if (length > MinixFormat.NAME_MAX) {
      throw FsError.of(Errno.ENAMETOOLONG);
    }
    if (length < 1 || offset < 0) {
      throw new FsError(Errno.EINVAL, "name of " + length + " bytes at " + offset);
    }
    byte[] name = copyName(offset, length);
    for (byte b : name) {
      if (b == '/' || b == 0) {
        throw new FsError(Errno.EINVAL, "'/' or NUL in a name");
      }
    }
    return name;
  }

  /** {@code length} bytes of the name grant at {@code offset} (a symbolic link's target). */
  byte[] copyName(int offset, int length) throws FsError {
    byte[] bytes = new byte[length];
    int result = sys.safecopyFrom(vfs(), nameGrant, offset, bytes, 0, length);
    if (result < 0) {
      throw new FsError(Errno.EFAULT, "name grant copy: " + result);
    }
    return bytes;
  }

  /**
   * Seconds since 1970: the boot time DS holds plus the uptime. Until DS has the boot time
   * (PM publishes it early in the boot), every stamp asks again.
   */
  int now() {
    learnBootTime();
    long ticks = Math.max(0, sys.uptime());
    return (int) (bootTime + ticks / Math.max(1, sys.ticksPerSecond()));
  }

  /** Asks DS for {@link DsCalls#BOOT_TIME_KEY} until it has it. */
  void learnBootTime() {
    if (bootTimeKnown) {
      return;
    }
    byte[] key = DsCalls.BOOT_TIME_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int grant = sys.grant(config.dsEndpoint(), GrantAccess.READ, key, 0, key.length);
    if (grant < 0) {
      return;
    }
    Message message = Message.of(DsCalls.RETRIEVE, grant, key.length, DsCalls.KIND_U32, 0, 0);
    int status = sys.sendrec(config.dsEndpoint(), message);
    sys.revokeGrant(grant);
    if (status >= 0 && message.type() >= 0) {
      bootTime = message.payload(0) & 0xffffffffL;
      bootTimeKnown = true;
    }
  }

  /** Fills the attribute words of a reply: inode, mode, size, uid, gid, device, links. */
  static void attributes(Message out, DiskInode inode) {
    out.setPayload(0, inode.number);
    out.setPayload(1, inode.mode);
    out.setPayload(2, (int) inode.size);
    out.setPayload(3, inode.uid);
    out.setPayload(4, inode.gid);
    out.setPayload(5, inode.device());
    out.setPayload(6, inode.links);
  }
}

package org.minix3j.servers.vfs;

import java.nio.charset.StandardCharsets;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.protocol.DsCalls;

/**
 * VFS's side of DS: retrieving labels, the subscription to {@code driver\.major\..*}, and the
 * major-to-driver table it keeps up to date. Keys move through a grant of VFS's key buffer made
 * per request.
 *
 * <p>A driver key is understood both ways the ABI describes it: {@code driver.major.<N>} whose
 * value is the driver's endpoint (KIND_LABEL), or {@code driver.major.<label>} whose value is the
 * major (KIND_U32; the label is then looked up). When a major's driver changes, requests still
 * pending at the old endpoint end with EIO or are sent to the new one ({@link CharRecovery}),
 * and if it is the root device's driver the root file server is told (FsRequests.NEWDRIVER).
 */
final class DataStore {
  /** A changed key, as CHECK reports it. */
  record Change(String key, int kind, int value, boolean deleted) {}

  /** How often to ask for a label that is not published yet (RS publishes them at boot). */
  static final int RETRIES = 10_000;

  private final SystemCalls sys;
  private final byte[] key = new byte[DsCalls.KEY_MAX];
  private final Message message = new Message();

  DataStore(SystemCalls sys) {
    this.sys = sys;
  }

  /** The value of {@code name} of {@code kind}, or a negative error (ESRCH if absent). */
  int retrieve(String name, int kind) {
    int length = putKey(name);
    int grant = sys.grant(SystemSlots.DS, GrantAccess.READ, key, 0, length);
    if (grant < 0) {
      return grant;
    }
    try {
      message.clear();
      message.setType(DsCalls.RETRIEVE).setPayload(0, grant).setPayload(1, length).setPayload(2, kind)
          .setPayload(3, -1).setPayload(4, 0);
      int result = sys.sendrec(SystemSlots.DS, message);
      if (result < 0) {
        return result;
      }
      return message.type() < 0 ? message.type() : message.payload(0);
    } finally {
      sys.revokeGrant(grant);
    }
  }

  /** {@link #retrieve}, asking again while DS answers ESRCH. */
  int retrieveWaiting(String name, int kind) {
    int result = Errno.ESRCH.wireValue();
    for (int attempt = 0; attempt < RETRIES && result == Errno.ESRCH.wireValue(); attempt++) {
      result = retrieve(name, kind);
    }
    return result;
  }

  int subscribe(String regex, int flags) {
    int length = putKey(regex);
    int grant = sys.grant(SystemSlots.DS, GrantAccess.READ, key, 0, length);
    if (grant < 0) {
      return grant;
    }
    try {
      message.clear();
      message.setType(DsCalls.SUBSCRIBE).setPayload(0, grant).setPayload(1, length).setPayload(2, flags);
      int result = sys.sendrec(SystemSlots.DS, message);
      return result < 0 ? result : message.type();
    } finally {
      sys.revokeGrant(grant);
    }
  }

  /** The next changed key, or null when DS has nothing more (or fails). */
  @Nullable Change check() {
    int grant = sys.grant(SystemSlots.DS, GrantAccess.WRITE, key, 0, key.length);
    if (grant < 0) {
      return null;
    }
    try {
      message.clear();
      message.setType(DsCalls.CHECK).setPayload(0, grant).setPayload(1, key.length);
      if (sys.sendrec(SystemSlots.DS, message) < 0 || message.type() < 0) {
        return null;
      }
      int length = Math.min(message.type(), key.length);
      return new Change(new String(key, 0, length, StandardCharsets.ISO_8859_1),
          message.payload(0), message.payload(1), message.payload(2) == 1);
    } finally {
      sys.revokeGrant(grant);
    }
  }

  /** Applies every change DS has for VFS to the driver table. */
  void update(Context ctx) {
    for (int round = 0; round < 4096; round++) {
      Change change = check();
      if (change == null) {
        return;
      }
      apply(ctx, change);
    }
  }

  void apply(Context ctx, Change change) {
    if (!change.key().startsWith(DsCalls.DRIVER_MAJOR_PREFIX)) {
      return;
    }
    String suffix = change.key().substring(DsCalls.DRIVER_MAJOR_PREFIX.length());
    int major = parseMajor(suffix);
    if (major >= 0 && change.kind() == DsCalls.KIND_LABEL) {
      setDriver(ctx, major, change.deleted() ? Endpoint.NONE : change.value());
    } else if (change.kind() == DsCalls.KIND_U32 && change.value() >= 0 && change.value() < 256) {
      int endpoint = change.deleted() ? Endpoint.NONE : retrieveWaiting(suffix, DsCalls.KIND_LABEL);
      setDriver(ctx, change.value(), endpoint < 0 ? Endpoint.NONE : endpoint);
    }
  }

  /** The driver of {@code major}, asked of DS directly (KIND_LABEL under driver.major.N). */
  int lookupDriver(Context ctx, int major) {
    if (ctx.drivers[major] == Endpoint.NONE) {
      int endpoint = retrieveWaiting(DsCalls.DRIVER_MAJOR_PREFIX + major, DsCalls.KIND_LABEL);
      if (endpoint >= 0) {
        setDriver(ctx, major, endpoint);
      }
    }
    return ctx.drivers[major];
  }

  private static void setDriver(Context ctx, int major, int endpoint) {
    int old = ctx.drivers[major];
    ctx.drivers[major] = endpoint;
    if (old == endpoint) {
      return;
    }
    if (old == Endpoint.NONE) {
      CharRecovery.driverReplaced(ctx, major, old, endpoint); // print jobs waiting for one
      return;
    }
    FileServer fs = ctx.fs;
    int root = ctx.config.rootDevice();
    if (fs != null && endpoint != Endpoint.NONE && Devices.major(root) == major) {
      try {
        fs.newDriver(root, endpoint); // MINIX's dev_up: the file server follows its driver
      } catch (FsError e) {
        // the file server keeps the old driver; its block I/O fails until the next change
      }
    }
    CharRecovery.driverReplaced(ctx, major, old, endpoint);
  }

  private static int parseMajor(String suffix) {
    if (suffix.isEmpty() || suffix.length() > 3) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < suffix.length(); i++) {
      char c = suffix.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value < 256 ? value : -1;
  }

  private int putKey(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
    int length = Math.min(bytes.length, key.length);
    System.arraycopy(bytes, 0, key, 0, length);
    return length;
  }
}

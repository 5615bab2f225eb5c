package org.minix3j.servers.ds;

import java.nio.charset.StandardCharsets;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.protocol.DsCalls;

/**
 * Keys and expressions as they travel: a read grant of the caller's and a length (no NUL), at
 * most {@link DsCalls#KEY_MAX} bytes of printable ASCII. {@link #read} gives the string or
 * {@code null} with the error in {@link #error}.
 */
final class Keys {
  private final byte[] buffer = new byte[DsCalls.KEY_MAX];
  private int error;

  /** The key in {@code caller}'s grant {@code grantId}, {@code length} bytes, or null. */
  @Nullable String read(SystemCalls sys, int caller, int grantId, int length) {
    if (length <= 0 || length > DsCalls.KEY_MAX) {
      error = length <= 0 ? Errno.EINVAL.wireValue() : Errno.ENAMETOOLONG.wireValue();
      return null;
    }
    int copied = sys.safecopyFrom(caller, grantId, 0, buffer, 0, length);
    if (copied < 0) {
      error = copied;
      return null;
    }
    for (int i = 0; i < length; i++) {
      if (buffer[i] < 0x20 || buffer[i] > 0x7E) {
        error = Errno.EINVAL.wireValue();
        return null;
      }
    }
    return new String(buffer, 0, length, StandardCharsets.US_ASCII);
  }

  /** The error of the last {@link #read} that gave null. */
  int error() {
    return error;
  }

  /** Copies {@code text} into the caller's write grant of {@code capacity} bytes. */
  static int write(SystemCalls sys, int caller, int grantId, int capacity, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    if (capacity < bytes.length) {
      return Errno.ERANGE.wireValue();
    }
    int copied = sys.safecopyTo(caller, grantId, 0, bytes, 0, bytes.length);
    return copied < 0 ? copied : bytes.length;
  }
}

package org.minix3j.servers.rs;

import java.nio.charset.StandardCharsets;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.DsCalls;

/**
 * RS's PUBLISH to DS: names (a label, or {@code driver.major.<N>}) to endpoints, KIND_LABEL,
 * overwriting. The key travels in RS's key buffer under one read grant to DS.
 *
 * <p>Usual order: {@link #open()}, then {@link #publish} for each name, then {@link #close()}.
 */
final class LabelPublisher {
  private final SystemCalls sys;
  private final byte[] key = new byte[DsCalls.KEY_MAX];
  private final Message message = new Message();
  private final int ds = Endpoint.of(SystemSlots.DS, 0);
  private int grant = -1;

  LabelPublisher(SystemCalls sys) {
    this.sys = sys;
  }

  /** Grants DS the key buffer; the grant id, or the error (nothing can then be published). */
  int open() {
    grant = sys.grant(ds, GrantAccess.READ, key, 0, key.length);
    return grant;
  }

  /** PUBLISH {@code name} -> {@code endpoint}; the result (negative: an error). */
  int publish(String name, int endpoint) {
    if (grant < 0) {
      return Errno.EINVAL.wireValue();
    }
    byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, key, 0, bytes.length);
    message.clear();
    message.setType(DsCalls.PUBLISH)
        .setPayload(0, grant)
        .setPayload(1, bytes.length)
        .setPayload(2, DsCalls.KIND_LABEL)
        .setPayload(3, endpoint)
        .setPayload(6, DsCalls.OVERWRITE);
    int result = sys.sendrec(ds, message);
    return result != Errno.OK_VALUE ? result : message.type();
  }

  /** Revokes the key grant. */
  void close() {
    if (grant >= 0) {
      sys.revokeGrant(grant);
      grant = -1;
    }
  }

  /** The key under which a driver's major is published. */
  static String majorKey(int major) {
    return DsCalls.DRIVER_MAJOR_PREFIX + major;
  }
}

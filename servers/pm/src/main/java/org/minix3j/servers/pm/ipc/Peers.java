package org.minix3j.servers.pm.ipc;

import java.nio.charset.StandardCharsets;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.DsCalls;

/**
 * PM's requests down the call graph: to VFS ({@code PmToVfs}), VM ({@code VmCalls}), DS, the
 * terminal driver ({@code TtyToPm}), and its replies and notifications. Core servers are
 * addressed by their boot slots. One reused message: an answer is valid until the next request.
 *
 * <p>A failed SENDREC (the peer died) is reported as the answer's type, like any error, so a
 * caller needs one check.
 */
public final class Peers {
  private final SystemCalls sys;
  private final Message request = new Message();

  public Peers(SystemCalls sys) {
    this.sys = sys;
  }

  /** SENDREC {@code type} with {@code words} to {@code destination}; the answer's type is the result. */
  public Message request(int destination, int type, int... words) {
    request.clear();
    request.setType(type);
    for (int i = 0; i < words.length; i++) {
      request.setPayload(i, words[i]);
    }
    int status = sys.sendrec(destination, request);
    if (status != Errno.OK_VALUE) {
      request.clear();
      request.setType(status);
    }
    return request;
  }

  /** A request to VFS; returns its result. */
  public int vfs(int type, int... words) {
    return request(SystemSlots.VFS, type, words).type();
  }

  /** A request to VM; the whole answer. */
  public Message vm(int type, int... words) {
    return request(SystemSlots.VM, type, words);
  }

  /**
   * Sends a reply to {@code endpoint}, which waits for it in a SENDREC to PM. A dead
   * destination (EDEADSRCDST) is fine: the process was removed meanwhile.
   */
  public void reply(int endpoint, Message reply) {
    int unused = sys.send(endpoint, reply);
  }

  /** A reply that carries only {@code result}. */
  public void replyResult(int endpoint, int result) {
    Message reply = new Message();
    reply.setType(result);
    reply(endpoint, reply);
  }

  /** Publishes {@code key} = {@code value} (a 32-bit number) in DS; returns DS's result. */
  public int publishNumber(String key, int value) {
    byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
    int grant = sys.grant(SystemSlots.DS, GrantAccess.READ, keyBytes, 0, keyBytes.length);
    if (grant < 0) {
      return grant;
    }
    int result =
        request(SystemSlots.DS, DsCalls.PUBLISH, grant, keyBytes.length, DsCalls.KIND_U32, value,
                0, 0, DsCalls.OVERWRITE)
            .type();
    int unused = sys.revokeGrant(grant);
    return result;
  }
}

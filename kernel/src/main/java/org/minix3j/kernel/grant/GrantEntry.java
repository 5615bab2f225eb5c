package org.minix3j.kernel.grant;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.GrantAccess;

/**
 * One entry of a {@link GrantTable}, allocated with the table and reused: the grantee endpoint
 * (exact, generation included), the access, and the target ({@link GrantKind}): a user address,
 * a Java buffer and offset, or a third process's endpoint and user address; plus a length.
 *
 * <p>Invariants while in use: {@code length >= 0}; for {@link GrantKind#BUFFER}, {@code
 * start + length <= buffer.length}; for user targets, {@code start + length <= 2^32} (start read
 * unsigned). Only {@link GrantTable} changes an entry; the copy path only reads.
 */
public final class GrantEntry {
  private boolean inUse;
  private int sequence;
  private GrantKind kind = GrantKind.USER;
  private GrantAccess access = GrantAccess.READ;
  private int grantee = Endpoint.NONE;
  private int target = Endpoint.NONE;
  private int start;
  private int length;
  private byte @Nullable [] buffer;

  GrantEntry() {}

  public boolean inUse() {
    return inUse;
  }

  int sequence() {
    return sequence;
  }

  public GrantKind kind() {
    return kind;
  }

  public GrantAccess access() {
    return access;
  }

  /** The one endpoint that may use this grant. */
  public int grantee() {
    return grantee;
  }

  /** For {@link GrantKind#MAGIC}: the endpoint whose memory is granted; else {@link Endpoint#NONE}. */
  public int target() {
    return target;
  }

  /** The user virtual address, or the offset into the buffer, of the first granted byte. */
  public int start() {
    return start;
  }

  public int length() {
    return length;
  }

  /** For {@link GrantKind#BUFFER}: the granter's array; else null. */
  byte @Nullable [] buffer() {
    return buffer;
  }

  void fill(
      GrantKind newKind,
      GrantAccess newAccess,
      int newGrantee,
      int newTarget,
      byte @Nullable [] newBuffer,
      int newStart,
      int newLength) {
    inUse = true;
    sequence = GrantId.nextSequence(sequence);
    kind = newKind;
    access = newAccess;
    grantee = newGrantee;
    target = newTarget;
    buffer = newBuffer;
    start = newStart;
    length = newLength;
  }

  void release() {
    inUse = false;
    buffer = null;
    grantee = Endpoint.NONE;
    target = Endpoint.NONE;
  }
}

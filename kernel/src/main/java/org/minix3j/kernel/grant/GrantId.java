package org.minix3j.kernel.grant;

/**
 * The encoding of grant ids: {@code sequence << INDEX_BITS | index}, where {@code index} is the
 * entry in the granter's table and {@code sequence} counts how often that entry has been
 * filled (1, 2, ...; it wraps back to 1, never 0). Revoking an entry and filling it again gives
 * a new sequence, so an id kept from before the revocation no longer matches. Ids are never
 * negative; no valid id has sequence 0.
 */
public final class GrantId {
  /** Bits of the entry index. */
  public static final int INDEX_BITS = 8;

  /** The largest table an id can index. */
  public static final int MAX_ENTRIES = 1 << INDEX_BITS;

  /** Sequences run 1..SEQUENCE_LIMIT-1 (ids stay non-negative 31-bit numbers). */
  public static final int SEQUENCE_LIMIT = 1 << (Integer.SIZE - 1 - INDEX_BITS);

  /** No grant: never a valid id. */
  public static final int INVALID = -1;

  private GrantId() {}

  public static int of(int index, int sequence) {
    if (index < 0 || index >= MAX_ENTRIES || sequence <= 0 || sequence >= SEQUENCE_LIMIT) {
      throw new IllegalArgumentException("bad grant index " + index + " or sequence " + sequence);
    }
    return sequence << INDEX_BITS | index;
  }

  /** The entry index of {@code id} (meaningful for non-negative ids). */
  public static int index(int id) {
    return id & (MAX_ENTRIES - 1);
  }

  /** The sequence of {@code id} (meaningful for non-negative ids). */
  public static int sequence(int id) {
    return id >>> INDEX_BITS;
  }

  /** The sequence after {@code sequence}, wrapping to 1. */
  static int nextSequence(int sequence) {
    return sequence + 1 >= SEQUENCE_LIMIT ? 1 : sequence + 1;
  }
}

package org.minix3j.kernel.grant;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;

/**
 * One process's grants: a fixed number of {@link GrantEntry}s, allocated once with the table,
 * indexed by {@link GrantId}.
 *
 * <p>Entry points: {@link #add} (the lowest free entry; -1 when full), {@link #find} (an id to
 * an entry index, or the error), {@link #revoke}, {@link #clear} (the process exited). Lookup
 * errors: {@link Errno#ENXIO} for an id that names no grant (negative, beyond the table, or
 * never issued), {@link Errno#ENOENT} for a grant that was revoked (its entry may since hold a
 * newer grant). Invariant: an id matches at most one entry, and only while that entry holds the
 * grant it was issued for. Allocates nothing after construction.
 */
public final class GrantTable {
  /** Grants per process unless the kernel says otherwise. */
  public static final int DEFAULT_CAPACITY = 64;

  private final GrantEntry[] entries;

  /** A table of {@code capacity} entries (1..{@link GrantId#MAX_ENTRIES}), all free. */
  public GrantTable(int capacity) {
    if (capacity < 1 || capacity > GrantId.MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "grant table capacity must be 1.." + GrantId.MAX_ENTRIES + ", got " + capacity);
    }
    entries = new GrantEntry[capacity];
    for (int i = 0; i < capacity; i++) {
      entries[i] = new GrantEntry();
    }
  }

  public int capacity() {
    return entries.length;
  }

  /** Entries in use. */
  public int inUse() {
    int count = 0;
    for (GrantEntry entry : entries) {
      if (entry.inUse()) {
        count++;
      }
    }
    return count;
  }

  /** Fills the lowest free entry and returns the new grant's id, or -1 if the table is full. */
  int add(
      GrantKind kind,
      GrantAccess access,
      int grantee,
      int target,
      byte @Nullable [] buffer,
      int start,
      int length) {
    for (int i = 0; i < entries.length; i++) {
      GrantEntry entry = entries[i];
      if (!entry.inUse()) {
        entry.fill(kind, access, grantee, target, buffer, start, length);
        return GrantId.of(i, entry.sequence());
      }
    }
    return -1;
  }

  /** The index of the entry holding grant {@code grantId}, or a negative error (see class comment). */
  public int find(int grantId) {
    if (grantId < 0) {
      return Errno.ENXIO.wireValue();
    }
    int index = GrantId.index(grantId);
    int sequence = GrantId.sequence(grantId);
    if (index >= entries.length || sequence == 0) {
      return Errno.ENXIO.wireValue();
    }
    GrantEntry entry = entries[index];
    if (sequence == entry.sequence()) {
      return entry.inUse() ? index : Errno.ENOENT.wireValue();
    }
    // An older sequence was revoked; a newer one was never issued (up to wrap-around).
    return sequence < entry.sequence() ? Errno.ENOENT.wireValue() : Errno.ENXIO.wireValue();
  }

  /** The entry at {@code index} (from {@link #find}). */
  public GrantEntry entry(int index) {
    return entries[index];
  }

  /** Revokes grant {@code grantId}: OK, or the {@link #find} error. */
  int revoke(int grantId) {
    int index = find(grantId);
    if (index < 0) {
      return index;
    }
    entries[index].release();
    return Errno.OK_VALUE;
  }

  /** Revokes every grant (the process exited). Sequences are kept, so old ids stay dead. */
  void clear() {
    for (GrantEntry entry : entries) {
      entry.release();
    }
  }
}

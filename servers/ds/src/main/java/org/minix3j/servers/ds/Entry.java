package org.minix3j.servers.ds;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One published entry: a key, its kind ({@code DsCalls.KIND_*}), the number or endpoint, the
 * bytes of a memory value, its owner, and whether it is private ({@code DsCalls.PRIVATE}: only
 * the owner may read it or hear of it). The owner is the publisher's label when DS knew it (so
 * a restarted process, same label, new endpoint, still owns its entries) and always its
 * endpoint at the time. Immutable: DS never hands the data array out.
 */
final class Entry {
  private final String key;
  private final int kind;
  private final int value;
  private final byte[] data;
  private final @Nullable String ownerLabel;
  private final int ownerEndpoint;
  private final boolean privateEntry;

  Entry(String key, int kind, int value, byte[] data, @Nullable String ownerLabel,
      int ownerEndpoint, boolean privateEntry) {
    this.key = key;
    this.kind = kind;
    this.value = value;
    this.data = data.clone();
    this.ownerLabel = ownerLabel;
    this.ownerEndpoint = ownerEndpoint;
    this.privateEntry = privateEntry;
  }

  String key() {
    return key;
  }

  int kind() {
    return kind;
  }

  int value() {
    return value;
  }

  int dataLength() {
    return data.length;
  }

  /** A copy of the memory value. */
  byte[] data() {
    return data.clone();
  }

  int ownerEndpoint() {
    return ownerEndpoint;
  }

  /** Whether {@code caller}, known as {@code callerLabel}, owns this entry. */
  boolean ownedBy(int caller, @Nullable String callerLabel) {
    return caller == ownerEndpoint || (ownerLabel != null && ownerLabel.equals(callerLabel));
  }

  boolean isPrivate() {
    return privateEntry;
  }

  /** Whether {@code caller}, known as {@code callerLabel}, may read this entry or hear of it. */
  boolean visibleTo(int caller, @Nullable String callerLabel) {
    return !privateEntry || ownedBy(caller, callerLabel);
  }
}

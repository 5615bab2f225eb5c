package org.minix3j.servers.vm.space;

import java.util.Arrays;
import org.minix3j.servers.vm.memory.FrameAllocator;

/**
 * The read-only pages of one program image, mapped into every process running it, with a count
 * of those processes. Pages are listed in address order with the entry permissions they are
 * mapped with; a frame is {@link FrameAllocator#NO_FRAME} until the exec that loads it fills it.
 *
 * <p>Invariant: while {@link #users()} is above zero every frame of the text is allocated and
 * belongs to the text alone; the last user's release frees them (see {@link TextRegistry}).
 */
public final class SharedText {
  private final TextKey key;
  private final long[] addresses;
  private final int[] permissions;
  private final long[] frames;
  private int users = 1;

  /** Text of {@code key} with pages at {@code addresses} (ascending), one user, no frames yet. */
  public SharedText(TextKey key, long[] addresses, int[] permissions) {
    if (addresses.length != permissions.length) {
      throw new IllegalArgumentException("addresses and permissions differ in length");
    }
    this.key = key;
    this.addresses = addresses.clone();
    this.permissions = permissions.clone();
    this.frames = new long[addresses.length];
    Arrays.fill(frames, FrameAllocator.NO_FRAME);
  }

  public TextKey key() {
    return key;
  }

  /** Pages of the text. */
  public int pages() {
    return addresses.length;
  }

  public long address(int page) {
    return addresses[page];
  }

  public int permissions(int page) {
    return permissions[page];
  }

  public long frame(int page) {
    return frames[page];
  }

  void setFrame(int page, long frame) {
    frames[page] = frame;
  }

  /** Whether the page at {@code address} is one of this text's. */
  public boolean covers(long address) {
    return Arrays.binarySearch(addresses, address) >= 0;
  }

  /** Whether a program whose text pages are {@code addresses} with {@code permissions} fits this. */
  public boolean sameLayout(long[] otherAddresses, int[] otherPermissions) {
    return Arrays.equals(addresses, otherAddresses) && Arrays.equals(permissions, otherPermissions);
  }

  /** Processes (and exec images being built) using the text. */
  public int users() {
    return users;
  }

  void addUser() {
    users++;
  }

  /** Drops one user; returns whether it was the last. */
  boolean dropUser() {
    if (users <= 0) {
      throw new IllegalStateException("text released more often than used");
    }
    return --users == 0;
  }

  /** Frees every allocated frame of the text. */
  void freeFrames(FrameAllocator allocator) {
    for (int i = 0; i < frames.length; i++) {
      if (frames[i] != FrameAllocator.NO_FRAME) {
        allocator.free(frames[i]);
        frames[i] = FrameAllocator.NO_FRAME;
      }
    }
  }

  /** Frames the text holds. */
  int allocatedFrames() {
    int count = 0;
    for (long frame : frames) {
      if (frame != FrameAllocator.NO_FRAME) {
        count++;
      }
    }
    return count;
  }
}

package org.minix3j.servers.mfs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The buffer cache: a fixed number of block-sized slots in one array (the array the driver's
 * standing grant covers), found by block number, evicted least recently used first.
 *
 * <p>Metadata (inodes, bitmaps, directories, indirect blocks) is written through at once with
 * {@link #writeThrough}; file data is {@link #markDirty marked dirty} and written back by {@link
 * #flush} (SYNC, the periodic alarm, UNMOUNT) or when its slot is evicted. Rule for callers: use
 * a buffer's bytes before asking for more blocks than the cache's minimum (16); every operation
 * here touches at most a handful at once.
 */
final class BlockCache {
  /** One cached block: its slot in {@link #memory()} and whether it awaits a write-back. */
  static final class Buffer {
    final long block;
    final int offset;
    boolean dirty;

    Buffer(long block, int offset) {
      this.block = block;
      this.offset = offset;
    }
  }

  private final byte[] memory;
  private final int blockSize;
  private final DeviceLink device;
  private final LinkedHashMap<Long, Buffer> buffers = new LinkedHashMap<>(64, 0.75f, true);
  private final ArrayDeque<Integer> freeOffsets = new ArrayDeque<>();

  BlockCache(byte[] memory, int blockSize, int slots, DeviceLink device) {
    this.memory = memory;
    this.blockSize = blockSize;
    this.device = device;
    for (int slot = 0; slot < slots; slot++) {
      freeOffsets.add(slot * blockSize);
    }
  }

  /** The array every buffer lives in. */
  byte[] memory() {
    return memory;
  }

  int blockSize() {
    return blockSize;
  }

  /** Block {@code block}, read from the device unless cached. */
  Buffer get(long block) throws FsError {
    Buffer buffer = buffers.get(block);
    if (buffer != null) {
      return buffer;
    }
    buffer = claim(block);
    try {
      device.read(block * blockSize, buffer.offset, blockSize);
    } catch (FsError e) {
      buffers.remove(block);
      freeOffsets.add(buffer.offset);
      throw e;
    }
    return buffer;
  }

  /** Block {@code block} as zeros, without reading it (a freshly allocated zone). */
  Buffer getZeroed(long block) throws FsError {
    Buffer buffer = buffers.get(block);
    if (buffer == null) {
      buffer = claim(block);
    }
    Arrays.fill(memory, buffer.offset, buffer.offset + blockSize, (byte) 0);
    return buffer;
  }

  /** Writes {@code buffer} to the device now. */
  void writeThrough(Buffer buffer) throws FsError {
    device.write(buffer.block * blockSize, buffer.offset, blockSize);
    buffer.dirty = false;
  }

  void markDirty(Buffer buffer) {
    buffer.dirty = true;
  }

  /** Drops {@code block} without writing it (its zone was freed). */
  void forget(long block) {
    Buffer buffer = buffers.remove(block);
    if (buffer != null) {
      freeOffsets.add(buffer.offset);
    }
  }

  /** Writes every dirty buffer, lowest block first. */
  void flush() throws FsError {
    List<Buffer> dirty = new ArrayList<>();
    for (Buffer buffer : buffers.values()) {
      if (buffer.dirty) {
        dirty.add(buffer);
      }
    }
    dirty.sort((a, b) -> Long.compare(a.block, b.block));
    for (Buffer buffer : dirty) {
      writeThrough(buffer);
    }
  }

  /** Empties the cache (after a flush); nothing is written. */
  void clear() {
    for (Buffer buffer : buffers.values()) {
      freeOffsets.add(buffer.offset);
    }
    buffers.clear();
  }

  private Buffer claim(long block) throws FsError {
    if (freeOffsets.isEmpty()) {
      evictOne();
    }
    Buffer buffer = new Buffer(block, freeOffsets.remove());
    buffers.put(block, buffer);
    return buffer;
  }

  private void evictOne() throws FsError {
    Iterator<Map.Entry<Long, Buffer>> oldest = buffers.entrySet().iterator();
    Buffer victim = oldest.next().getValue();
    if (victim.dirty) {
      writeThrough(victim);
    }
    oldest.remove();
    freeOffsets.add(victim.offset);
  }
}

package org.minix3j.servers.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minix3j.servers.vm.memory.FrameAllocator;

class FrameAllocatorTest {
  @Test
  void lowestFreeFrameFirst() {
    FrameAllocator frames = new FrameAllocator(0x200000L, 130 * 4096L);
    assertEquals(130, frames.freeFrames());
    for (int i = 0; i < 130; i++) {
      assertEquals(0x200000L + i * 4096L, frames.allocate());
    }
    assertEquals(FrameAllocator.NO_FRAME, frames.allocate());
    frames.free(0x200000L + 70 * 4096L);
    frames.free(0x200000L + 3 * 4096L);
    assertEquals(2, frames.freeFrames());
    assertEquals(0x200000L + 3 * 4096L, frames.allocate());
    assertEquals(0x200000L + 70 * 4096L, frames.allocate());
    assertEquals(0, frames.freeFrames());
  }

  @Test
  void doubleFreeAndForeignFramesAreBugs() {
    FrameAllocator frames = new FrameAllocator(0x200000L, 8 * 4096L);
    long frame = frames.allocate();
    assertTrue(frames.isAllocated(frame));
    frames.free(frame);
    assertFalse(frames.isAllocated(frame));
    assertThrows(IllegalStateException.class, () -> frames.free(frame));
    assertThrows(IllegalStateException.class, () -> frames.free(0x100000L));
    assertThrows(IllegalStateException.class, () -> frames.free(0x200010L));
    assertThrows(IllegalArgumentException.class, () -> new FrameAllocator(0x200001L, 4096));
  }
}

package org.minix3j.servers.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.UserLayout;

class BreakTest {
  private static final long HEAP = 0x08050000L;

  private final VmHarness harness = new VmHarness(2048);
  private PageWalk walk = harness.walk(harness.exec(16, VmHarness.realProgram(), 42));

  @Test
  void growsWithZeroedPagesAndShrinksFreeingThem() {
    int start = harness.free();
    Reply grow = harness.brk(16, HEAP + 3 * 4096 + 10);
    VmHarness.expectOk(grow);
    assertEquals((int) (HEAP + 3 * 4096 + 10), grow.word(0));
    assertEquals(4, start - harness.free(), "four heap pages");
    for (long page = HEAP; page < HEAP + 4 * 4096; page += 4096) {
      assertTrue(walk.writable(page) && !walk.executable(page) && walk.user(page));
      assertEquals(0, walk.read(page + 123));
    }
    assertFalse(walk.mapped(HEAP + 4 * 4096));
    walk.write(HEAP + 3 * 4096 + 5, (byte) 9);

    VmHarness.expectOk(harness.brk(16, HEAP + 4096));
    assertEquals(1, start - harness.free());
    assertTrue(walk.mapped(HEAP));
    assertFalse(walk.mapped(HEAP + 4096));
    VmHarness.expectOk(harness.brk(16, HEAP + 4 * 4096));
    assertEquals(0, walk.read(HEAP + 3 * 4096 + 5), "a page given back and taken again is zero");
    VmHarness.expectOk(harness.brk(16, HEAP));
    assertEquals(start, harness.free());
    assertEquals((int) HEAP, harness.brk(16, 0).word(0));
  }

  @Test
  void growingIntoANewSliceAddsATableAndShrinkingDropsIt() {
    int start = harness.free();
    long target = 0x08401000L;
    VmHarness.expectOk(harness.brk(16, target));
    assertEquals((target - HEAP) / 4096 + 1, start - harness.free(), "pages plus one table");
    assertTrue(walk.mapped(0x08400000L));
    VmHarness.expectOk(harness.brk(16, HEAP + 1));
    assertEquals(1, start - harness.free());
    assertEquals(0, walk.directoryEntry(0x08400000L), "emptied table unhooked");
  }

  @Test
  void outOfRangeIsEnomemAndChangesNothing() {
    int start = harness.free();
    assertEquals(Errno.ENOMEM, VmHarness.errno(harness.brk(16, 0x0804fe3fL)), "below the bss end");
    long limit = Integer.toUnsignedLong(UserLayout.BREAK_LIMIT);
    assertEquals(Errno.ENOMEM, VmHarness.errno(harness.brk(16, limit + 1)), "past the limit");
    Reply tooMuch = harness.brk(16, HEAP + 4096L * 3000);
    assertEquals(Errno.ENOMEM, VmHarness.errno(tooMuch), "more frames than free");
    assertEquals((int) HEAP, tooMuch.word(0), "the break stays");
    assertEquals(start, harness.free());
    assertFalse(walk.mapped(HEAP));
  }

  @Test
  void writeFailureLeavesTheOldBreak() {
    int start = harness.free();
    harness.kernel.failWritesAfter = 2;
    assertEquals(Errno.EFAULT, VmHarness.errno(harness.brk(16, HEAP + 5 * 4096)));
    harness.kernel.failWritesAfter = -1;
    assertEquals(start, harness.free());
    assertEquals((int) HEAP, harness.brk(16, 0).word(0));
    assertFalse(walk.mapped(HEAP));
  }

  @Test
  void breakMayGoDownToTheEndOfTheBss() {
    int start = harness.free();
    Reply low = harness.brk(16, 0x0804fe40L);
    VmHarness.expectOk(low);
    assertEquals(0x0804fe40, low.word(0));
    assertEquals(start, harness.free(), "no page added or dropped");
    assertTrue(walk.mapped(0x0804f000L), "bss page stays");
    VmHarness.expectOk(harness.brk(16, 0x0804fe40L + 0x100));
    assertEquals(start, harness.free(), "still inside the last bss page");
    VmHarness.expectOk(harness.brk(16, HEAP + 1));
    assertEquals(start - 1, harness.free());
    VmHarness.expectOk(harness.brk(16, 0x0804ff00L));
    assertEquals(start, harness.free());
    assertFalse(walk.mapped(HEAP));
  }

  @Test
  void unknownProcessIsInvalid() {
    assertEquals(Errno.EINVAL, VmHarness.errno(harness.brk(20, HEAP)));
  }
}

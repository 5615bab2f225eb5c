package org.minix3j.servers.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.protocol.VmCalls;

class ForkTest {
  private static final long DATA = 0x0804b000L;
  private static final long TEXT = 0x08049000L;
  private static final long STACK_PAGE = 0xBFFFF000L;

  private final VmHarness harness = new VmHarness(1024);

  @Test
  void childGetsACopyThatIsItsOwn() {
    int start = harness.free();
    Reply exec = harness.exec(16, VmHarness.realProgram(), 42);
    VmHarness.expectOk(harness.brk(16, 0x08052000L));
    PageWalk parent = harness.walk(exec);
    parent.write(DATA + 5, (byte) 0x5A);
    parent.write(0x08051FFFL, (byte) 0x77);
    parent.write(STACK_PAGE + 100, (byte) 0x66);
    int beforeFork = harness.free();

    Reply fork = harness.fork(16, 17);
    VmHarness.expectOk(fork);
    PageWalk child = harness.walk(fork);
    assertNotEquals(exec.word(0), fork.word(0), "own page directory");
    assertEquals(parent.mappedPages(), child.mappedPages(), "same pages mapped");
    for (long page : parent.mappedPages()) {
      assertEquals(parent.entry(page) & 0xFFF & ~0x60, child.entry(page) & 0xFFF, "same permissions");
      assertArrayEquals(parent.read(page, 4096), child.read(page, 4096), "same contents");
    }
    assertEquals(parent.frame(TEXT), child.frame(TEXT), "text shared");
    assertNotEquals(parent.frame(DATA), child.frame(DATA), "data copied");
    assertEquals(0x5A, child.read(DATA + 5));
    assertEquals(0x77, child.read(0x08051FFFL), "heap copied");
    assertEquals(0x66, child.read(STACK_PAGE + 100), "stack copied");
    int privatePages = parent.mappedPages().size() - 3;
    assertEquals(privatePages + 2 + 1, beforeFork - harness.free(), "private pages, two tables, directory");
    assertEquals(0x08052000, harness.brk(17, 0).word(0), "break inherited");

    parent.write(DATA + 5, (byte) 1);
    child.write(STACK_PAGE + 100, (byte) 2);
    assertEquals(0x5A, child.read(DATA + 5), "parent's write not seen by the child");
    assertEquals(0x66, parent.read(STACK_PAGE + 100), "child's write not seen by the parent");

    harness.exit(16);
    assertEquals("hello from text", child.string(0x0804a000L), "text lives on in the child");
    harness.exit(17);
    assertEquals(start, harness.free());
  }

  @Test
  void forkOfAForkSharesTheSameText() {
    Reply exec = harness.exec(16, VmHarness.realProgram(), 42);
    Reply child = harness.fork(16, 17);
    Reply grandchild = harness.fork(17, 18);
    VmHarness.expectOk(grandchild);
    assertEquals(harness.walk(exec).frame(TEXT), harness.walk(grandchild).frame(TEXT));
    assertTrue(harness.walk(child).writable(DATA));
    assertFalse(harness.walk(grandchild).writable(TEXT));
  }

  @Test
  void notEnoughFramesIsEnomemWithNothingAllocated() {
    VmHarness small = new VmHarness(140);
    small.exec(16, VmHarness.realProgram(), 42);
    int before = small.free();
    assertEquals(Errno.ENOMEM, VmHarness.errno(small.fork(16, 17)));
    assertEquals(before, small.free());
    assertEquals(Errno.EINVAL, VmHarness.errno(small.brk(17, 0)), "no child space");
  }

  @Test
  void copyFailureReleasesTheChild() {
    harness.exec(16, VmHarness.realProgram(), 42);
    int before = harness.free();
    harness.kernel.failWritesAfter = 20;
    assertEquals(Errno.EFAULT, VmHarness.errno(harness.fork(16, 17)));
    harness.kernel.failWritesAfter = -1;
    assertEquals(before, harness.free());
    assertEquals(3, harness.call(1, VmCalls.INFO).word(3));
  }

  @Test
  void badSlotsAreInvalid() {
    harness.exec(16, VmHarness.realProgram(), 42);
    assertEquals(Errno.EINVAL, VmHarness.errno(harness.fork(18, 17)), "unknown parent");
    assertEquals(Errno.EINVAL, VmHarness.errno(harness.fork(16, 16)), "child in the parent's slot");
    assertEquals(Errno.EINVAL, VmHarness.errno(harness.fork(16, 3)), "child in a server slot");
    assertEquals(Errno.EINVAL, VmHarness.errno(harness.fork(16, 128)), "child beyond the table");
    assertEquals(Errno.EINVAL, VmHarness.errno(harness.fork(-1, 17)), "not an endpoint");
  }

  @Test
  void staleChildSlotIsReplaced() {
    int start = harness.free();
    harness.exec(16, VmHarness.realProgram(), 42);
    harness.fork(16, 17);
    int afterOne = harness.free();
    VmHarness.expectOk(harness.fork(16, 17));
    assertEquals(afterOne, harness.free(), "the stale space was freed");
    harness.exit(17);
    harness.exit(16);
    assertEquals(start, harness.free());
  }

  @Test
  void exitOfAnUnknownProcessIsHarmless() {
    VmHarness.expectOk(harness.exit(40));
    assertEquals(Errno.EINVAL, VmHarness.errno(harness.exit(2)));
    assertEquals(harness.vm.totalFrames(), harness.free());
  }
}

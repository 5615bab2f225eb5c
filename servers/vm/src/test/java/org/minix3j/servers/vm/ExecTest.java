package org.minix3j.servers.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.UserLayout;
import org.minix3j.abi.protocol.VmCalls;
import org.minix3j.servers.vm.space.Region;

class ExecTest {
  private static final long STACK_TOP = 0xC0000000L;
  private static final long STACK_BOTTOM = STACK_TOP - UserLayout.STACK_BYTES;
  private static final int INIT = 16;

  private final VmHarness harness = new VmHarness(1024);
  private final byte[] program = VmHarness.realProgram();

  @Test
  void realProgramIsMappedWithItsPermissions() {
    byte[] frame = FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV);
    Reply reply = harness.execNewMem(INIT, program, 1, 42, 1000, frame);
    VmHarness.expectOk(reply);
    assertEquals(0x08049000, reply.word(1), "entry");
    long sp = (STACK_TOP - frame.length) & ~15L;
    assertEquals((int) sp, reply.word(2), "stack pointer");
    PageWalk walk = harness.walk(reply);

    assertTrue(walk.mapped(0x08049000L));
    assertFalse(walk.writable(0x08049000L), "text read-only");
    assertTrue(walk.executable(0x08049000L), "text executable");
    assertTrue(walk.user(0x08049000L));
    assertArrayEquals(Arrays.copyOfRange(program, 0x1000, 0x1024), walk.read(0x08049000L, 0x24));
    assertFalse(walk.writable(0x0804a000L), "rodata read-only");
    assertFalse(walk.executable(0x0804a000L), "rodata not executable");
    assertEquals("hello from text", walk.string(0x0804a000L));

    assertTrue(walk.writable(0x0804b000L), "data writable");
    assertFalse(walk.executable(0x0804b000L), "data not executable");
    assertArrayEquals(new byte[] {1, 2, 3, 0, 42, 0, 0, 0}, walk.read(0x0804b000L, 8));
    for (long at = 0x0804b008L; at < 0x0804fe40L; at += 97) {
      assertEquals(0, walk.read(at), "bss zero at 0x" + Long.toHexString(at));
    }
    assertTrue(walk.mapped(0x0804f000L));
    assertFalse(walk.mapped(0x08050000L), "heap empty at first");

    for (long at = STACK_BOTTOM; at < STACK_TOP; at += 4096) {
      assertTrue(walk.writable(at) && !walk.executable(at), "stack page 0x" + Long.toHexString(at));
    }
    assertFalse(walk.mapped(STACK_BOTTOM - 4096));
    assertFalse(walk.mapped(0), "page 0 unmapped");
    for (long slice = 768; slice < 1024; slice++) {
      assertEquals(0, walk.directoryEntry(slice << 22), "nothing at or above STACK_TOP");
    }
    List<Long> pages = walk.mappedPages();
    assertEquals(3 + 5 + UserLayout.STACK_BYTES / 4096, pages.size(), "pages mapped: " + pages);
  }

  @Test
  void frameIsRelocatedOntoTheStack() {
    byte[] frame = FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV);
    Reply reply = harness.execNewMem(INIT, program, 1, 42, 1000, frame);
    VmHarness.expectOk(reply);
    PageWalk walk = harness.walk(reply);
    long sp = Integer.toUnsignedLong(reply.word(2));
    assertEquals(0, sp % 16);
    assertEquals(3, walk.word(sp), "argc");
    assertEquals("sh", walk.string(Integer.toUnsignedLong(walk.word(sp + 4))));
    assertEquals("-c", walk.string(Integer.toUnsignedLong(walk.word(sp + 8))));
    assertEquals("echo hi", walk.string(Integer.toUnsignedLong(walk.word(sp + 12))));
    assertEquals(0, walk.word(sp + 16));
    assertEquals("HOME=/", walk.string(Integer.toUnsignedLong(walk.word(sp + 20))));
    assertEquals("PATH=/bin", walk.string(Integer.toUnsignedLong(walk.word(sp + 24))));
    assertEquals(0, walk.word(sp + 28));
    assertEquals(0, walk.read(sp - 1), "below the frame is zero");
  }

  @Test
  void breakStartsAtThePageAfterTheData() {
    harness.exec(INIT, program, 42);
    Reply brk = harness.brk(INIT, 0);
    VmHarness.expectOk(brk);
    assertEquals(0x08050000, brk.word(0));
  }

  @Test
  void regionsAreRecorded() {
    harness.exec(INIT, program, 42);
    VmHarness.expectOk(harness.brk(INIT, 0x08052001L));
    assertEquals(List.of(
        new Region(Region.Kind.TEXT, 0x08048000L, 0x08049000L),
        new Region(Region.Kind.TEXT, 0x08049000L, 0x0804a000L),
        new Region(Region.Kind.TEXT, 0x0804a000L, 0x0804b000L),
        new Region(Region.Kind.DATA, 0x0804b000L, 0x0804c000L),
        new Region(Region.Kind.BSS, 0x0804c000L, 0x08050000L),
        new Region(Region.Kind.STACK, STACK_BOTTOM, STACK_TOP),
        new Region(Region.Kind.HEAP, 0x08050000L, 0x08053000L)), harness.vm.regions(INIT));
    assertEquals(List.of(), harness.vm.regions(17));
  }

  @Test
  void secondExecOfTheSameFileSharesText() {
    int start = harness.free();
    Reply first = harness.exec(16, program, 42);
    int afterFirst = harness.free();
    Reply second = harness.exec(17, program, 42);
    int afterSecond = harness.free();
    assertEquals(start - afterFirst - 3, afterFirst - afterSecond, "three text pages shared");
    PageWalk a = harness.walk(first);
    PageWalk b = harness.walk(second);
    for (long text : new long[] {0x08048000L, 0x08049000L, 0x0804a000L}) {
      assertEquals(a.frame(text), b.frame(text), "shared text frame");
    }
    assertNotEquals(a.frame(0x0804b000L), b.frame(0x0804b000L), "data private");
    assertEquals(3, harness.call(1, VmCalls.INFO).word(3), "shared text frames");

    harness.exit(16);
    assertEquals(3, harness.call(1, VmCalls.INFO).word(3), "text lives while one user is left");
    assertEquals("hello from text", b.string(0x0804a000L));
    harness.exit(17);
    assertEquals(0, harness.call(1, VmCalls.INFO).word(3));
    assertEquals(start, harness.free(), "every frame back");
  }

  @Test
  void anotherModificationTimeIsAnotherProgram() {
    int start = harness.free();
    Reply first = harness.exec(16, program, 42);
    int used = start - harness.free();
    int before = harness.free();
    Reply other = harness.execNewMem(17, program, 1, 42, 1001,
        FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV));
    VmHarness.expectOk(other);
    assertEquals(used, before - harness.free(), "nothing shared");
    assertNotEquals(harness.walk(other).frame(0x08049000L), harness.walk(first).frame(0x08049000L));
  }

  @Test
  void execDoneFreesTheOldImageAndAbortTheNewOne() {
    int start = harness.free();
    harness.exec(INIT, program, 42);
    int one = harness.free();
    harness.exec(INIT, ElfBuilder.typical().build(), 7);
    harness.exec(INIT, program, 42);
    assertEquals(one, harness.free(), "old images freed at EXEC_DONE");
    Reply pending = harness.execNewMem(INIT, ElfBuilder.typical().build(), 1, 8, 5,
        FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV));
    VmHarness.expectOk(pending);
    assertTrue(harness.free() < one);
    VmHarness.expectOk(harness.call(VmHarness.PM, VmCalls.EXEC_ABORT, INIT));
    assertEquals(one, harness.free(), "new image freed at EXEC_ABORT");
    assertEquals("hello from text", harness.walk(harness.exec(17, program, 42)).string(0x0804a000L));
    harness.exit(17);
    harness.exit(INIT);
    assertEquals(start, harness.free());
  }

  @Test
  void execDoneWithoutNewImageIsInvalid() {
    assertEquals(Errno.EINVAL, VmHarness.errno(harness.call(VmHarness.PM, VmCalls.EXEC_DONE, INIT)));
  }

  @Test
  void execBeforeDoneReplacesTheUnfinishedImage() {
    int start = harness.free();
    byte[] frame = FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV);
    VmHarness.expectOk(harness.execNewMem(INIT, program, 1, 42, 1, frame));
    int one = harness.free();
    VmHarness.expectOk(harness.execNewMem(INIT, program, 1, 42, 1, frame));
    assertEquals(one, harness.free());
    harness.exit(INIT);
    assertEquals(start, harness.free());
  }

  @Test
  void handBuiltProgramLoadsSegmentsAtTheirOffsets() {
    Reply reply = harness.exec(INIT, ElfBuilder.typical().build(), 3);
    PageWalk walk = harness.walk(reply);
    assertArrayEquals(ElfBuilder.filled(0x1800, 0x11), walk.read(0x08049000L, 0x1800));
    assertEquals(0, walk.read(0x0804a800L), "text page beyond the file bytes is zero");
    assertArrayEquals(ElfBuilder.filled(0x1000, 0x33), walk.read(0x0804C100L, 0x1000));
    assertEquals(0, walk.read(0x0804C0FFL), "data page before the segment is zero");
    assertEquals(0, walk.read(0x0804D100L), "bss zero");
    assertTrue(walk.mapped(0x0804E000L));
    assertTrue(walk.mapped(0x0804F000L), "bss up to 0x0804F100");
    assertFalse(walk.mapped(0x08050000L));
    assertEquals(0x08050000, harness.brk(INIT, 0).word(0));
  }

  @Test
  void tooFewFramesGiveEnomemAndLeakNothing() {
    VmHarness small = new VmHarness(70);
    int start = small.free();
    Reply reply = small.execNewMem(INIT, program, 1, 42, 1000, FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV));
    assertEquals(Errno.ENOMEM, VmHarness.errno(reply));
    assertEquals(start, small.free());
  }

  @Test
  void physicalCopyFailureReleasesTheNewImage() {
    int start = harness.free();
    for (int writes = 0; writes <= 70; writes += 7) {
      harness.kernel.failWritesAfter = writes;
      Reply reply = harness.execNewMem(INIT, program, 1, 42, 1000, FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV));
      assertEquals(Errno.EFAULT, VmHarness.errno(reply), "after " + writes + " writes");
      assertEquals(start, harness.free(), "after " + writes + " writes");
      assertEquals(0, harness.call(1, VmCalls.INFO).word(3));
    }
    harness.kernel.failWritesAfter = -1;
    harness.exec(INIT, program, 42);
  }

  @Test
  void onlyVfsMayAskForANewImage() {
    byte[] frame = FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV);
    int fileGrant = harness.kernel.grant(VmHarness.PM, program);
    int frameGrant = harness.kernel.grant(VmHarness.PM, frame);
    Reply reply = harness.call(VmHarness.PM, VmCalls.EXEC_NEWMEM, INIT, fileGrant, program.length,
        frameGrant, frame.length, 1, 42, 1000);
    assertEquals(Errno.EPERM, VmHarness.errno(reply));
    assertEquals(Errno.EPERM, VmHarness.errno(harness.call(VmHarness.VFS, VmCalls.FORK, 16, 17)));
    assertEquals(Errno.ENOSYS, VmHarness.errno(harness.call(VmHarness.PM, 399)));
  }

  @Test
  void unreadableGrantIsEfault() {
    byte[] frame = FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV);
    int frameGrant = harness.kernel.grant(VmHarness.VFS, frame);
    Reply reply = harness.call(VmHarness.VFS, VmCalls.EXEC_NEWMEM, INIT, 99, program.length,
        frameGrant, frame.length, 1, 42, 1000);
    assertEquals(Errno.EFAULT, VmHarness.errno(reply));
    int fileGrant = harness.kernel.grant(VmHarness.VFS, Arrays.copyOf(program, 0x2800));
    reply = harness.call(VmHarness.VFS, VmCalls.EXEC_NEWMEM, INIT, fileGrant, program.length,
        frameGrant, frame.length, 1, 42, 1000);
    assertEquals(Errno.EFAULT, VmHarness.errno(reply), "grant shorter than VFS said");
    assertEquals(0, harness.call(1, VmCalls.INFO).word(3));
    assertEquals(harness.vm.totalFrames(), harness.free());
  }

  @Test
  void badTargetIsInvalid() {
    byte[] frame = FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV);
    assertEquals(Errno.EINVAL, VmHarness.errno(harness.execNewMem(5, program, 1, 42, 1, frame)));
    assertEquals(Errno.EINVAL, VmHarness.errno(harness.execNewMem(-7, program, 1, 42, 1, frame)));
  }
}

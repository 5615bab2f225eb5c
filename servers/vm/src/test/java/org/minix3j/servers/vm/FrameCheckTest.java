package org.minix3j.servers.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.protocol.VmCalls;

/** The exec frame's checks: E2BIG beyond ARG_MAX, EINVAL for any offset or terminator out of place. */
class FrameCheckTest {
  private static final int INIT = 16;
  private final VmHarness harness = new VmHarness(256);
  private final byte[] program = VmHarness.realProgram();

  private Errno failure(byte[] frame) {
    Errno errno = VmHarness.errno(harness.execNewMem(INIT, program, 1, 9, 1, frame));
    assertEquals(harness.vm.totalFrames(), harness.free());
    return errno;
  }

  private static byte[] good() {
    return FrameBuilder.frame(List.of("ls", "-l"), List.of("A=1"));
  }

  @Test
  void tooLongIsE2big() {
    byte[] frame = new byte[Limits.ARG_MAX + 1];
    assertEquals(Errno.E2BIG, failure(frame));
    int fileGrant = harness.kernel.grant(VmHarness.VFS, program);
    Reply reply = harness.call(VmHarness.VFS, VmCalls.EXEC_NEWMEM, INIT, fileGrant, program.length,
        77, Limits.ARG_MAX + 1, 1, 9, 1);
    assertEquals(Errno.E2BIG, VmHarness.errno(reply), "length checked before the grant is read");
  }

  @Test
  void exactlyArgMaxIsAccepted() {
    byte[] small = good();
    byte[] frame = new byte[Limits.ARG_MAX];
    System.arraycopy(small, 0, frame, 0, small.length);
    VmHarness.expectOk(harness.execNewMem(INIT, program, 1, 9, 1, frame));
  }

  @Test
  void malformedFramesAreInvalid() {
    assertEquals(Errno.EINVAL, failure(new byte[8]), "shorter than argc and two zeros");
    byte[] argc = good();
    FrameBuilder.putWord(argc, 0, 1000);
    assertEquals(Errno.EINVAL, failure(argc), "argc beyond the frame");
    byte[] negative = good();
    FrameBuilder.putWord(negative, 0, -1);
    assertEquals(Errno.EINVAL, failure(negative), "negative argc");
    byte[] outside = good();
    FrameBuilder.putWord(outside, 4, outside.length);
    assertEquals(Errno.EINVAL, failure(outside), "argv offset past the end");
    byte[] intoPointers = good();
    FrameBuilder.putWord(intoPointers, 8, 4);
    assertEquals(Errno.EINVAL, failure(intoPointers), "argv offset into the pointer lists");
    byte[] noNul = good();
    noNul[noNul.length - 1] = 'x';
    assertEquals(Errno.EINVAL, failure(noNul), "last string not terminated");
    byte[] noEnvEnd = new byte[12];
    FrameBuilder.putWord(noEnvEnd, 0, 0);
    FrameBuilder.putWord(noEnvEnd, 4, 0);
    FrameBuilder.putWord(noEnvEnd, 8, 12);
    assertEquals(Errno.EINVAL, failure(noEnvEnd), "environment list without its zero");
  }

  @Test
  void emptyListsAreFine() {
    byte[] frame = FrameBuilder.frame(List.of(), List.of());
    Reply reply = harness.execNewMem(INIT, program, 1, 9, 1, frame);
    VmHarness.expectOk(reply);
    assertEquals(0, harness.walk(reply).word(Integer.toUnsignedLong(reply.word(2))));
  }
}

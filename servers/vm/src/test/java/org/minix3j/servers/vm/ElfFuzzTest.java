package org.minix3j.servers.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.minix3j.abi.Errno;
import org.minix3j.abi.protocol.VmCalls;

/**
 * Garbled programs: whatever the bytes, EXEC_NEWMEM answers OK, ENOEXEC or ENOMEM, never
 * throws, leaves nothing mapped at or above STACK_TOP or in page 0, and once the image is
 * aborted every frame is free again.
 */
class ElfFuzzTest {
  private static final Set<Integer> ALLOWED = Set.of(Errno.OK_VALUE, Errno.ENOEXEC.wireValue(),
      Errno.ENOMEM.wireValue());
  private static final byte[] PROGRAM = VmHarness.realProgram();

  private static void execAndAbort(byte[] elf) {
    VmHarness harness = new VmHarness(300);
    Reply reply = harness.execNewMem(16, elf, 1, 5, 7, FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV));
    assertTrue(ALLOWED.contains(reply.result()), "result " + reply.result());
    Statistics.collect(reply.result() == Errno.OK_VALUE ? "loaded" : String.valueOf(Errno.fromValue(reply.result())));
    if (reply.result() == Errno.OK_VALUE) {
      PageWalk walk = harness.walk(reply);
      assertFalse(walk.mapped(0));
      for (long slice = 768; slice < 1024; slice++) {
        assertEquals(0, walk.directoryEntry(slice << 22));
      }
      for (long page : walk.mappedPages()) {
        assertFalse(walk.writable(page) && walk.executable(page), "W^X at 0x" + Long.toHexString(page));
      }
      VmHarness.expectOk(harness.call(VmHarness.PM, VmCalls.EXEC_ABORT, 16));
    }
    assertEquals(harness.vm.totalFrames(), harness.free(), "no frame leaked");
    assertEquals(0, harness.call(1, VmCalls.INFO).word(3));
  }

  @Property(tries = 300)
  void randomBytes(@ForAll @Size(max = 3000) byte[] bytes) {
    execAndAbort(bytes);
  }

  @Property(tries = 300)
  void randomBytesAfterAValidIdentification(@ForAll @Size(max = 3000) byte[] bytes) {
    byte[] elf = new byte[24 + bytes.length];
    System.arraycopy(PROGRAM, 0, elf, 0, 24);
    System.arraycopy(bytes, 0, elf, 24, bytes.length);
    execAndAbort(elf);
  }

  @Property(tries = 600)
  void garbledHeaders(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 211) Integer> positions,
      @ForAll @Size(min = 6, max = 6) List<Byte> values) {
    byte[] elf = PROGRAM.clone();
    for (int i = 0; i < positions.size(); i++) {
      elf[positions.get(i)] = values.get(i);
    }
    execAndAbort(elf);
  }

  @Property(tries = 600)
  void randomSegments(@ForAll("segments") List<long[]> segments, @ForAll int entryChoice) {
    ElfBuilder builder = new ElfBuilder();
    for (long[] segment : segments) {
      builder.load(segment[0], new byte[(int) segment[1]], segment[2], (int) segment[3]);
    }
    long[] chosen = segments.get(Math.floorMod(entryChoice, segments.size()));
    builder.entry(chosen[0] + Math.floorMod(entryChoice, 64));
    execAndAbort(builder.build());
  }

  @Provide
  Arbitrary<List<long[]>> segments() {
    Arbitrary<Long> address = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.longs().between(0, 0xFFFFFFFFL)),
        Tuple.of(8, Arbitraries.longs().between(0x0804L, 0x0900L).map(p -> p << 16)),
        Tuple.of(1, Arbitraries.longs().between(0xBFF00000L, 0xC0001000L)));
    Arbitrary<Long> fileSize = Arbitraries.longs().between(0, 0x3000);
    Arbitrary<Long> extra = Arbitraries.oneOf(Arbitraries.longs().between(0, 0x8000),
        Arbitraries.longs().between(0, 0xFFFFFFFFL));
    Arbitrary<Long> flags = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.longs().between(0, 7)),
        Tuple.of(3, Arbitraries.of(5L, 6L)));
    Arbitrary<long[]> segment = Combinators.combine(address, fileSize, extra, flags)
        .as((a, f, e, x) -> new long[] {a, f, Math.min(0xFFFFFFFFL, f + e), x});
    return segment.list().ofMinSize(1).ofMaxSize(5);
  }
}

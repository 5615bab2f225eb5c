package org.minix3j.servers.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Errno;

/** Every malformed or unloadable ELF gets ENOEXEC and leaves every frame free. */
class ElfRejectionTest {
  private static final int INIT = 16;
  private final VmHarness harness = new VmHarness(256);

  private void rejected(byte[] elf, String why) {
    Reply reply = harness.execNewMem(INIT, elf, 1, 9, 1, FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV));
    assertEquals(Errno.ENOEXEC, VmHarness.errno(reply), why);
    assertEquals(harness.vm.totalFrames(), harness.free(), why);
  }

  private static byte[] patched(Consumer<ByteBuffer> patch) {
    byte[] elf = VmHarness.realProgram();
    patch.accept(ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN));
    return elf;
  }

  /** Offset of field {@code at} of program header {@code index} of the real program. */
  private static int ph(int index, int at) {
    return 52 + 32 * index + at;
  }

  @Test
  void headerProblems() {
    rejected(new byte[10], "too short");
    rejected(patched(b -> b.put(0, (byte) 0x7E)), "magic");
    rejected(patched(b -> b.put(4, (byte) 2)), "ELFCLASS64");
    rejected(patched(b -> b.put(5, (byte) 2)), "big-endian");
    rejected(patched(b -> b.putShort(16, (short) 3)), "ET_DYN");
    rejected(patched(b -> b.putShort(18, (short) 62)), "x86-64");
    rejected(patched(b -> b.putInt(20, 2)), "version");
    rejected(patched(b -> b.putShort(44, (short) 0)), "no program headers");
    rejected(patched(b -> b.putShort(42, (short) 40)), "program header size");
    rejected(patched(b -> b.putInt(28, 13000)), "program headers past the end");
    rejected(patched(b -> b.putInt(28, -4)), "program headers at a huge offset");
  }

  @Test
  void segmentProblems() {
    rejected(patched(b -> b.putInt(ph(3, 16), 0x5000)), "p_filesz above p_memsz");
    rejected(patched(b -> b.putInt(ph(1, 4), 0x3100)), "p_offset and p_vaddr not congruent");
    rejected(patched(b -> b.putInt(ph(1, 4), 0x7FFFF000)), "file bytes past the end");
    rejected(patched(b -> b.putInt(ph(3, 8), 0x0804a000)), "two segments on one page");
    rejected(patched(b -> b.putInt(ph(1, 24), 7)), "writable and executable");
    rejected(patched(b -> b.putInt(ph(1, 24), 4)), "entry in a segment that is not executable");
    rejected(patched(b -> b.putInt(24, 0x0804a000)), "entry outside text");
    rejected(patched(b -> b.putInt(ph(4, 0), 3)), "PT_INTERP");
    rejected(patched(b -> b.putInt(ph(4, 0), 2)), "PT_DYNAMIC");
  }

  @Test
  void segmentsOutsideTheUserArea() {
    rejected(new ElfBuilder().entry(0x1000).load(0x1000, new byte[16], 16, 5).build(), "page 0 area");
    rejected(new ElfBuilder().entry(0x3FF000).load(0x3FF000, new byte[16], 16, 5).build(),
        "below LOWEST_LOAD");
    rejected(new ElfBuilder().entry(0x08049000L).load(0x08049000L, new byte[16], 16, 5)
        .load(0xBFFF0000L, new byte[16], 16, 6).build(), "in the stack");
    rejected(new ElfBuilder().entry(0x08049000L).load(0x08049000L, new byte[16], 16, 5)
        .load(0xBFFBF000L, new byte[16], 0x2000, 6).build(), "reaching the stack");
    rejected(new ElfBuilder().entry(0x08049000L).load(0x08049000L, new byte[16], 16, 5)
        .load(0xFFFFF000L, new byte[16], 0x2000, 6).build(), "wrapping past 4 GiB");
    rejected(new ElfBuilder().entry(0x08049000L).header(1).build(), "nothing to load");
  }

  @Test
  void acceptedWhenNothingIsWrong() {
    Reply reply = harness.execNewMem(INIT, VmHarness.realProgram(), 1, 9, 1,
        FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV));
    VmHarness.expectOk(reply);
  }

  @Test
  void hugeSegmentIsOutOfMemoryNotACrash() {
    byte[] elf = new ElfBuilder().entry(0x08049000L).load(0x08049000L, new byte[16], 16, 5)
        .load(0x10000000L, new byte[16], 0xA0000000L, 6).build();
    Reply reply = harness.execNewMem(INIT, elf, 1, 9, 1, FrameBuilder.frame(VmHarness.ARGS, VmHarness.ENV));
    assertEquals(Errno.ENOMEM, VmHarness.errno(reply));
    assertEquals(harness.vm.totalFrames(), harness.free());
  }
}

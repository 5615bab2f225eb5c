package org.minix3j.machine.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.minix3j.machine.bare.BareResult;
import org.minix3j.machine.bare.BareSession;

/** The ELF loader accepts a valid executable and rejects each kind of malformation clearly. */
class ElfImageTest {
  private static final long LIMIT = 0xBFE0_0000L;

  private static void rejects(int programHeaders, Consumer<byte[]> corruption, String expected) {
    byte[] file = MinimalElf.build(programHeaders);
    corruption.accept(file);
    ElfFormatException error =
        assertThrows(ElfFormatException.class, () -> ElfImage.parse(file, LIMIT));
    assertTrue(String.valueOf(error.getMessage()).contains(expected),
        "message '" + error.getMessage() + "' should mention '" + expected + "'");
  }

  @Test
  void validExecutableParsesAndRuns() throws Exception {
    byte[] file = MinimalElf.build(2);
    ElfImage image = ElfImage.parse(file, LIMIT);
    assertEquals(2, image.segments().size());
    assertEquals("R-X", image.segments().get(0).permissions());
    assertEquals("RW-", image.segments().get(1).permissions());
    try (BareSession session = BareSession.load(file, List.of("minimal"), List.of(), 4 << 20,
        new ByteArrayOutputStream(), new ByteArrayOutputStream())) {
      BareResult result = session.run(100);
      assertEquals(BareResult.Ending.EXITED, result.ending(), result.describe());
      assertEquals(42, result.exitStatus());
      assertEquals(3, result.instructions());
    }
  }

  @Test
  void headerErrors() {
    rejects(1, file -> file[0] = 0x7e, "magic");
    rejects(1, file -> file[4] = 2, "class");
    rejects(1, file -> file[5] = 2, "encoding");
    rejects(1, file -> MinimalElf.putShort(file, 16, 3), "type");
    rejects(1, file -> MinimalElf.putShort(file, 18, 62), "machine");
    rejects(1, file -> MinimalElf.putInt(file, 20, 2), "version");
    rejects(1, file -> MinimalElf.putShort(file, 42, 40), "program header size");
    rejects(1, file -> MinimalElf.putShort(file, 44, 0), "program header count");
    rejects(1, file -> MinimalElf.putInt(file, 28, 0x7FFF_FFF0), "outside the file");
  }

  @Test
  void truncatedFileIsRejected() {
    byte[] file = MinimalElf.build(1);
    byte[] truncated = java.util.Arrays.copyOf(file, 40);
    assertThrows(ElfFormatException.class, () -> ElfImage.parse(truncated, LIMIT));
    byte[] noTable = java.util.Arrays.copyOf(file, 70);
    assertThrows(ElfFormatException.class, () -> ElfImage.parse(noTable, LIMIT));
  }

  @Test
  void segmentErrors() {
    rejects(1, file -> MinimalElf.putInt(file, MinimalElf.programHeaderField(0, 16), 0x10000),
        "larger than its memory size");
    rejects(1, file -> MinimalElf.putInt(file, MinimalElf.programHeaderField(0, 4), 0x1000),
        "outside the file");
    rejects(1, file -> MinimalElf.putInt(file, MinimalElf.programHeaderField(0, 8), 0xBFFF_F000),
        "outside the user range");
    rejects(1, file -> MinimalElf.putInt(file, MinimalElf.programHeaderField(0, 8), 0),
        "outside the user range");
    rejects(1, file -> MinimalElf.putInt(file, MinimalElf.programHeaderField(0, 28), 0x1800),
        "power of two");
    rejects(1, file -> MinimalElf.putInt(file, MinimalElf.programHeaderField(0, 8),
        MinimalElf.BASE + 0x10), "congruent");
    rejects(2, file -> MinimalElf.putInt(file, MinimalElf.programHeaderField(1, 8),
        MinimalElf.BASE), "overlap");
    rejects(1, file -> MinimalElf.putInt(file, MinimalElf.programHeaderField(0, 0), 3),
        "dynamic");
    rejects(1, file -> MinimalElf.putInt(file, MinimalElf.programHeaderField(0, 0), 4),
        "no loadable segment");
    rejects(1, file -> MinimalElf.putInt(file, 24, 0x0900_0000), "entry point");
  }

  @Test
  void programLargerThanMemoryIsRejected() {
    byte[] file = MinimalElf.build(2);
    MinimalElf.putInt(file, MinimalElf.programHeaderField(1, 20), 64 << 20);
    ElfFormatException error = assertThrows(ElfFormatException.class,
        () -> BareSession.load(file, List.of("big"), List.of(), 4 << 20,
            new ByteArrayOutputStream(), new ByteArrayOutputStream()));
    String message = String.valueOf(error.getMessage());
    assertTrue(message.contains("does not fit"), message);
  }
}

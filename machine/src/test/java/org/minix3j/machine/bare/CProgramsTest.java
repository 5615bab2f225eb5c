package org.minix3j.machine.bare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * C programs built with the freestanding toolchain at -O0 and -O2 give byte-identical
 * standard output and error and the same exit status under qemu-i386-static and on the bare
 * minix3j machine. Each program/level pair is its own test, runnable alone by name.
 */
class CProgramsTest {
  private static final List<String> PROGRAMS =
      List.of("sort", "sieve", "crc32", "arith64", "strings", "recursion", "switch", "bits",
          "jumps", "syscalls");
  private static final List<String> ARGUMENTS = List.of("first", "two words", "");

  @TestFactory
  Stream<DynamicTest> programsAgreeWithQemu(@TempDir Path directory) {
    List<DynamicTest> tests = new ArrayList<>();
    for (String optimization : List.of("-O0", "-O2")) {
      for (String program : PROGRAMS) {
        tests.add(DynamicTest.dynamicTest(program + " " + optimization,
            () -> check(directory, program, optimization)));
      }
    }
    return tests.stream();
  }

  private static void check(Path directory, String program, String optimization)
      throws Exception {
    QemuReference.requireInstalled();
    Path work = directory.resolve(program + optimization);
    Path executable = TestPrograms.buildC(work, program, optimization);
    QemuReference.Result expected = new QemuReference(work).run(executable, ARGUMENTS, 120);
    List<String> argv = new ArrayList<>();
    argv.add(executable.toString());
    argv.addAll(ARGUMENTS);
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    ByteArrayOutputStream error = new ByteArrayOutputStream();
    BareResult actual;
    try (BareSession session = BareSession.load(Files.readAllBytes(executable), argv, List.of(),
        64 << 20, output, error)) {
      actual = session.run(2_000_000_000L);
    }
    assertEquals(BareResult.Ending.EXITED, actual.ending(), actual.describe());
    assertEquals(new String(expected.standardOutput(), StandardCharsets.UTF_8),
        output.toString(StandardCharsets.UTF_8), "standard output");
    assertArrayEquals(expected.standardOutput(), output.toByteArray(), "standard output bytes");
    assertArrayEquals(expected.standardError(), error.toByteArray(), "standard error bytes");
    assertEquals(expected.exitStatus(), actual.exitStatus(), "exit status");
  }
}

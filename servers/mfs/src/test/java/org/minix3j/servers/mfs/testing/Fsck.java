package org.minix3j.servers.mfs.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs util-linux's {@code fsck.minix -f} and {@code mkfs.minix -3}, the test oracles. */
public final class Fsck {
  private Fsck() {}

  /** The path of a util-linux program, looked up in the usual places. */
  public static String program(String name) {
    for (String dir : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new AssertionError(name + " not found: install util-linux (apt-get install util-linux)");
  }

  /** Runs {@code command}; returns the exit status and the combined output. */
  public static Result run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }

  /** The status and output of a program. */
  public record Result(int status, String output) {}

  /** Writes {@code image} to {@code file} and asserts that {@code fsck.minix -f} finds nothing. */
  public static void assertClean(byte[] image, Path file) throws IOException, InterruptedException {
    Files.write(file, image);
    assertClean(file);
  }

  /** Asserts that {@code fsck.minix -f file} exits 0 and prints nothing but its banner. */
  public static void assertClean(Path file) throws IOException, InterruptedException {
    Result result = run(List.of(program("fsck.minix"), "-f", file.toString()));
    String rest = result.output().replace("Forcing filesystem check on " + file + ".", "").strip();
    assertEquals(0, result.status(), "fsck.minix -f said:\n" + result.output());
    assertEquals("", rest, "fsck.minix -f said:\n" + result.output());
  }
}

package org.minix3j.machine.bare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the machine module's C and assembly test programs live, and how to build them with
 * the host toolchain into a temporary folder (never checked-in binaries).
 */
public final class TestPrograms {
  private TestPrograms() {}

  /** The folder of C test programs ({@code machine/src/test/c}). */
  public static Path sourceDirectory() {
    String root = System.getProperty("minix3j.root");
    Path candidate = root == null ? Path.of("src/test/c") : Path.of(root, "machine/src/test/c");
    if (!Files.isDirectory(candidate)) {
      candidate = Path.of("src/test/c");
    }
    return candidate.toAbsolutePath();
  }

  /** Builds {@code name}.c with the runtime at {@code optimization} into {@code directory}. */
  public static Path buildC(Path directory, String name, String optimization) {
    return BareRuntime.build(directory, List.of(sourceDirectory().resolve(name + ".c")),
        optimization, name + optimization);
  }

  /** Assembles and links {@code faults/name.s} into {@code directory}. */
  public static Path buildAssembly(Path directory, String name) {
    I386Toolchain toolchain = new I386Toolchain(directory);
    Path object = toolchain.assemble(sourceDirectory().resolve("faults/" + name + ".s"),
        directory.resolve(name + ".o"));
    return toolchain.link(List.of(object), directory.resolve(name));
  }
}

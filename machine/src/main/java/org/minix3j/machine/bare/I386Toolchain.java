package org.minix3j.machine.bare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The host C toolchain used as a cross compiler for freestanding i386 programs: {@code gcc
 * -m32 -march=i686 -ffreestanding -fno-pic -fno-stack-protector -nostdlib}, {@code as --32}
 * and {@code ld -m elf_i386}.
 *
 * <p>Entry points: {@link #compile}, {@link #assemble}, {@link #link}. Each runs one tool in
 * {@code workDirectory} and throws a {@link HostToolException} carrying the tool's messages
 * when it fails or is missing.
 */
public final class I386Toolchain {
  private static final String INSTALL = "install gcc and binutils (apt-get install gcc binutils)";
  private static final long TIMEOUT_SECONDS = 120;

  private final Path workDirectory;

  public I386Toolchain(Path workDirectory) {
    this.workDirectory = workDirectory;
  }

  /** Compiles a C file (or a .S file through the C preprocessor) at {@code optimization}. */
  public Path compile(Path source, Path object, String optimization) {
    return compileWithIncludes(source, object, optimization, workDirectory);
  }

  /** Compiles like {@link #compile}, searching {@code includeDirectory} for headers. */
  public Path compileWithIncludes(
      Path source, Path object, String optimization, Path includeDirectory) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "gcc", "-m32", "-march=i686", "-ffreestanding", "-fno-pic", "-fno-pie",
                "-fno-stack-protector", "-nostdlib", "-fno-asynchronous-unwind-tables",
                "-fno-builtin", "-Wall", "-I", includeDirectory.toString(), optimization,
                "-c", source.toString(), "-o", object.toString()));
    check(command);
    return object;
  }

  /** Assembles an assembly file with {@code as --32}. */
  public Path assemble(Path source, Path object) {
    check(List.of("as", "--32", source.toString(), "-o", object.toString()));
    return object;
  }

  /** Links objects into a static executable whose entry point is {@code _start}. */
  public Path link(List<Path> objects, Path executable) {
    List<String> command =
        new ArrayList<>(List.of("ld", "-m", "elf_i386", "-static", "-e", "_start", "-o",
            executable.toString()));
    for (Path object : objects) {
      command.add(object.toString());
    }
    check(command);
    return executable;
  }

  private void check(List<String> command) {
    HostProcess.Outcome outcome = HostProcess.run(command, workDirectory, TIMEOUT_SECONDS, INSTALL);
    if (outcome.exitStatus() != 0) {
      throw new HostToolException(
          "'" + String.join(" ", command) + "' failed with status " + outcome.exitStatus()
              + ":\n" + outcome.errorText());
    }
  }
}

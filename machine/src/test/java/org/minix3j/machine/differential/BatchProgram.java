package org.minix3j.machine.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.minix3j.machine.bare.I386Toolchain;

/**
 * Builds one batch of generated sequences into a static i386 executable with the host
 * assembler and linker, in a work directory.
 */
final class BatchProgram {
  private BatchProgram() {}

  static Path build(List<GeneratedSequence> sequences, Path directory, String name) {
    try {
      Files.createDirectories(directory);
      Path source = directory.resolve(name + ".s");
      Files.writeString(source, ProgramWriter.write(sequences), StandardCharsets.UTF_8);
      I386Toolchain toolchain = new I386Toolchain(directory);
      Path object = toolchain.assemble(source, directory.resolve(name + ".o"));
      return toolchain.link(List.of(object), directory.resolve(name));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}

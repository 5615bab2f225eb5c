package org.minix3j.machine.bare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds freestanding C programs against minix3j's small bare-machine runtime ({@code
 * runtime.h}, {@code runtime.c}, {@code start.S}, shipped as resources of this package): Linux
 * exit/write, the 64-bit division helpers, the memory functions, output helpers and a few
 * assembly routines (entry point, context save/restore, calling on another stack).
 *
 * <p>Entry points: {@link #build} compiles and links C sources into a static i386 executable;
 * {@link #extractResource} copies a resource (for example a benchmark's source) to a file.
 */
public final class BareRuntime {
  private static final String RESOURCES = "/org/minix3j/machine/bare/runtime/";
  private static final List<String> RUNTIME_FILES = List.of("runtime.h", "runtime.c", "start.S");

  private BareRuntime() {}

  /**
   * Compiles {@code sources} (C files) and the runtime at {@code optimization} (e.g. "-O2") in
   * {@code directory}, and links them into {@code directory/name}.
   */
  public static Path build(Path directory, List<Path> sources, String optimization, String name) {
    try {
      Files.createDirectories(directory);
      for (String file : RUNTIME_FILES) {
        extractResource(RESOURCES + file, directory.resolve(file));
      }
      I386Toolchain toolchain = new I386Toolchain(directory);
      List<Path> objects = new ArrayList<>();
      objects.add(toolchain.compile(directory.resolve("start.S"), directory.resolve("start.o"),
          optimization));
      objects.add(toolchain.compile(directory.resolve("runtime.c"),
          directory.resolve("runtime" + optimization + ".o"), optimization));
      for (Path source : sources) {
        String base = String.valueOf(source.getFileName()).replaceFirst("\\.[^.]*$", "");
        objects.add(toolchain.compileWithIncludes(source,
            directory.resolve(name + "-" + base + optimization + ".o"), optimization, directory));
      }
      return toolchain.link(objects, directory.resolve(name));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** Copies the class-path resource {@code resource} to {@code target}. */
  public static Path extractResource(String resource, Path target) throws IOException {
    try (InputStream input = BareRuntime.class.getResourceAsStream(resource)) {
      if (input == null) {
        throw new IOException("resource " + resource + " is missing from the class path");
      }
      Files.write(target, input.readAllBytes());
    }
    return target;
  }
}

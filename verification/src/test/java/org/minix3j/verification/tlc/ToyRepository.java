package org.minix3j.verification.tlc;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The toy repository in the test resources ({@code toy/spec/Counters.tla}, its models and
 * manifest), copied into a temporary folder so that a test may change it.
 */
final class ToyRepository {

  private ToyRepository() {}

  /** Copies the toy repository into {@code target} and returns {@code target}. */
  static Path copyTo(Path target) throws IOException {
    URL resource = ToyRepository.class.getResource("/toy");
    if (resource == null) {
      throw new IOException("test resource /toy is missing");
    }
    Path source;
    try {
      source = Path.of(resource.toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : paths.toList()) {
        Path copy = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy);
        }
      }
    }
    return target;
  }

  /** Replaces the manifest's lines after the header with {@code lines}. */
  static void writeManifest(Path root, List<String> lines) throws IOException {
    Files.writeString(root.resolve("model/manifest.tsv"),
        Manifest.HEADER + "\n" + String.join("\n", lines) + "\n");
  }

  /** Every file under {@code folder}, relative to it, sorted. */
  static List<String> filesUnder(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile)
          .map(path -> folder.relativize(path).toString())
          .sorted()
          .toList();
    }
  }
}

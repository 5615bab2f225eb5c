package org.minix3j.verification.tlc;

import java.nio.file.Files;
import java.nio.file.Path;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds the repository root, the folder holding {@code model/} and {@code spec/}: the system
 * property {@code minix3j.root} when set (the launcher and the test runner set it), otherwise
 * the nearest folder at or above the working directory that holds {@code model/manifest.tsv}.
 */
public final class RepositoryRoot {

  /** The system property naming the root. */
  public static final String PROPERTY = "minix3j.root";

  private RepositoryRoot() {}

  /** The root, or a clear error saying how to name it. */
  public static Path find() throws CheckSetupException {
    return find(System.getProperty(PROPERTY), Path.of("").toAbsolutePath());
  }

  /** The root given the property's value (null when unset) and the working directory. */
  static Path find(@Nullable String property, Path workingDirectory) throws CheckSetupException {
    if (property != null && !property.isBlank()) {
      Path root = Path.of(property).toAbsolutePath().normalize();
      if (!Files.isDirectory(root)) {
        throw new CheckSetupException(
            "the repository root " + root + " (system property " + PROPERTY + ") is not a folder");
      }
      return root;
    }
    Path start = workingDirectory.toAbsolutePath();
    for (@Nullable Path folder = start; folder != null; folder = folder.getParent()) {
      if (Files.isRegularFile(folder.resolve("model").resolve("manifest.tsv"))) {
        return folder;
      }
    }
    throw new CheckSetupException("cannot find the repository root: no model/manifest.tsv at or "
        + "above " + start + "; run from inside the repository or set -D" + PROPERTY + "=ROOT");
  }
}

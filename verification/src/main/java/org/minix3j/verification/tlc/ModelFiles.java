package org.minix3j.verification.tlc;

import java.nio.file.Path;

/** A model's two files, {@code model/<name>.tla} and {@code model/<name>.cfg}. */
public record ModelFiles(String name, Path module, Path config) {

  /** The files of the model {@code name} in the folder {@code modelDirectory}. */
  public static ModelFiles in(Path modelDirectory, String name) {
    return new ModelFiles(
        name, modelDirectory.resolve(name + ".tla"), modelDirectory.resolve(name + ".cfg"));
  }
}

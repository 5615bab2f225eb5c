package org.minix3j.verification.tlc;

import java.util.Locale;
import java.util.Optional;

/**
 * What a model in the manifest is for: {@code ci} models are small enough for every run,
 * {@code deep} models are the larger sizes run with {@code check --deep}, and {@code mutant}
 * models break the specification on purpose and must be caught by a named invariant.
 */
public enum ModelKind {
  CI,
  DEEP,
  MUTANT;

  /** The spelling used in the manifest's {@code kind} column. */
  public String manifestName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind spelled {@code text} in the manifest, if it is one. */
  public static Optional<ModelKind> fromManifestName(String text) {
    for (ModelKind kind : values()) {
      if (kind.manifestName().equals(text)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}

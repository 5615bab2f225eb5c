package org.minix3j.verification.tlc;

import java.util.OptionalLong;

/**
 * One line of {@code model/manifest.tsv}: the model's name (its {@code .tla} and {@code .cfg}
 * files in {@code model/}), its kind, what TLC must report, and, for models expected to pass,
 * the exact number of distinct states TLC must find.
 *
 * <p>Invariant: {@code distinct} is present exactly when {@code expect} is {@link
 * Expectation.Ok}; {@code kind} is {@link ModelKind#MUTANT} exactly when {@code expect} is
 * {@link Expectation.Caught}.
 */
public record ManifestEntry(
    String model, ModelKind kind, Expectation expect, OptionalLong distinct, int line) {

  /** The entry as a manifest line, without the line number. */
  public String manifestLine() {
    String distinctText = distinct.isPresent() ? Long.toString(distinct.getAsLong()) : "-";
    return String.join(
        "\t", model, kind.manifestName(), expect.manifestText(), distinctText);
  }
}

package org.minix3j.kernel.exec;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Chooses how coroutines are built: the JDK continuation when it is available, else virtual
 * threads. The system property {@value #PROPERTY} ({@code continuation}, {@code virtual} or
 * {@code platform}) overrides the choice; asking for an unavailable kind is an error with the
 * reason, never a silent fall-back.
 *
 * <p>Entry point: {@link #choose()} once at boot; log {@link Choice#describe()}; then {@code
 * choice.kind().create(name, body)} for every Java system process.
 */
public final class Coroutines {
  /** The system property that overrides the choice. */
  public static final String PROPERTY = "minix3j.coroutines";

  private Coroutines() {}

  /** The kind chosen, and why. */
  public record Choice(CoroutineKind kind, String why) {
    /** One line for logs and benchmark output. */
    public String describe() {
      return "coroutines: " + kind.propertyValue() + " (" + why + ")";
    }
  }

  /** The choice for this JVM, honouring {@value #PROPERTY}. */
  public static Choice choose() {
    return choose(System.getProperty(PROPERTY));
  }

  /**
   * The choice given the property's value ({@code requested}, null or empty when unset).
   *
   * @throws IllegalArgumentException if {@code requested} names no kind, or an unavailable one
   */
  public static Choice choose(@Nullable String requested) {
    if (requested == null || requested.isBlank()) {
      Availability continuation = CoroutineKind.CONTINUATION.availability();
      if (continuation.available()) {
        return new Choice(CoroutineKind.CONTINUATION, "default, available");
      }
      return new Choice(
          CoroutineKind.VIRTUAL_THREAD, "continuation unavailable: " + continuation.reason());
    }
    CoroutineKind kind = CoroutineKind.named(requested.strip());
    if (kind == null) {
      throw new IllegalArgumentException(
          PROPERTY
              + "="
              + requested
              + " names no coroutine kind; use one of "
              + Arrays.stream(CoroutineKind.values())
                  .map(CoroutineKind::propertyValue)
                  .collect(Collectors.joining(", ")));
    }
    Availability availability = kind.availability();
    if (!availability.available()) {
      throw new IllegalArgumentException(
          PROPERTY + "=" + requested + " is not available: " + availability.reason());
    }
    return new Choice(kind, "requested by " + PROPERTY);
  }
}

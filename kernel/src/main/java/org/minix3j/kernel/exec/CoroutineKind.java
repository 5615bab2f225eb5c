package org.minix3j.kernel.exec;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The ways a coroutine can be built, each with the name that selects it in the system property
 * {@value Coroutines#PROPERTY} and that logs and benchmarks print.
 */
public enum CoroutineKind {
  /** The JDK's internal one-shot continuation; needs {@value JdkContinuation#REQUIRED_FLAG}. */
  CONTINUATION("continuation"),
  /** A virtual thread per coroutine, handing a baton; needs no flag. */
  VIRTUAL_THREAD("virtual"),
  /** A platform thread per coroutine, handing a baton; slow, kept for comparison. */
  PLATFORM_THREAD("platform");

  private final String propertyValue;

  CoroutineKind(String propertyValue) {
    this.propertyValue = propertyValue;
  }

  /** The short name: the property value that selects this kind, and its name in logs. */
  public String propertyValue() {
    return propertyValue;
  }

  /** Whether this kind works in this JVM, and why not if it does not. */
  public Availability availability() {
    return switch (this) {
      case CONTINUATION -> JdkContinuation.AVAILABILITY;
      case VIRTUAL_THREAD, PLATFORM_THREAD -> Availability.yes();
    };
  }

  /**
   * A new coroutine of this kind that will run {@code body}; nothing runs until the first
   * {@link Coroutine#resume()}.
   *
   * @throws IllegalStateException if this kind is not available, with the reason
   */
  public Coroutine create(String name, CoroutineBody body) {
    return switch (this) {
      case CONTINUATION -> new ContinuationCoroutine(name, body);
      case VIRTUAL_THREAD -> new ThreadCoroutine(name, body, Thread.ofVirtual());
      case PLATFORM_THREAD -> new ThreadCoroutine(name, body, Thread.ofPlatform().daemon(true));
    };
  }

  /** The kind selected by {@code propertyValue}, or null if none has that name. */
  static @Nullable CoroutineKind named(String propertyValue) {
    for (CoroutineKind kind : values()) {
      if (kind.propertyValue.equals(propertyValue)) {
        return kind;
      }
    }
    return null;
  }
}

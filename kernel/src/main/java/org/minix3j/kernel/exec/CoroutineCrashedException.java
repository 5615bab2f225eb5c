package org.minix3j.kernel.exec;

/** Thrown by {@link Coroutine#resume()} when the body threw: the process crashed. */
public final class CoroutineCrashedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What the body threw; also the cause. */
  private final Throwable failure;

  /** The body of {@code coroutineName} threw {@code failure}. */
  public CoroutineCrashedException(String coroutineName, Throwable failure) {
    super(coroutineName + " crashed: " + failure, failure);
    this.failure = failure;
  }

  /** What the body threw (never null, unlike {@link #getCause()}'s declared type). */
  public Throwable failure() {
    return failure;
  }
}

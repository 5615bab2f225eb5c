package org.minix3j.kernel.exec;

/** Where a coroutine is in its life; every implementation moves through these the same way. */
enum CoroutineState {
  /** Created; the body has not started. */
  NEW,
  /** The body is running (the kernel is inside {@code resume()}). */
  RUNNING,
  /** The body has suspended and waits for the next {@code resume()}. */
  SUSPENDED,
  /** The body ended, crashed or was killed; it never runs again. */
  DONE
}

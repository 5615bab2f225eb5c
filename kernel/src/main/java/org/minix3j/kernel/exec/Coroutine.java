package org.minix3j.kernel.exec;

/**
 * A body of code that runs only when the kernel resumes it and stops where it suspends itself.
 *
 * <p>Usual order: {@link CoroutineKind#create} (nothing runs yet), then {@link #resume()} again
 * and again, each running the body from where it last suspended until it suspends again or
 * ends; {@link #close()} kills it at any time it is not running. Only one host thread, the
 * kernel's, calls these methods, never the body itself.
 *
 * <p>Invariants: the body and the kernel never run at the same time; once {@link #isDone()} is
 * true, no code of the body runs again (for thread-based kinds, see {@link #close()} for the one
 * exception). A failing body is a crashing process, not a failing kernel: every {@link
 * Throwable} it throws, {@link StackOverflowError} and {@link OutOfMemoryError} included, is
 * caught at the bottom of the body's stack and thrown from {@code resume()} as a {@link
 * CoroutineCrashedException} whose cause is the original. (After an {@code OutOfMemoryError}
 * the heap may still be short; the kernel's own allocations can then fail too.)
 */
public interface Coroutine extends AutoCloseable {
  /** The name given at creation, for logs. */
  String name();

  /**
   * Runs the body until it suspends or ends.
   *
   * @throws CoroutineCrashedException if the body threw; the coroutine is then done
   * @throws IllegalStateException if the coroutine is done (ended, crashed or killed) or is
   *     already running
   */
  void resume();

  /** Whether the body has ended, crashed or been killed: it will never run again. */
  boolean isDone();

  /**
   * Kills the coroutine: its stack is discarded and it is done. Does nothing if it is already
   * done; a coroutine cannot kill itself while running ({@link IllegalStateException}).
   *
   * <p>With the JDK continuation nothing of the body runs any more, not even its {@code
   * finally} blocks. With threads the body's thread is woken and its {@code suspend()} throws a
   * private {@link Error} that unwinds the body, so its {@code finally} and {@code catch
   * (Throwable)} blocks do run, while the kernel waits. If the body swallows that error and
   * suspends again, its thread is parked for good (it is abandoned, not reclaimed) and this
   * method returns; if it swallows it and loops forever without suspending, this method never
   * returns (just as {@code resume()} never returns for a body that loops without suspending).
   */
  @Override
  void close();
}

package org.minix3j.kernel.exec;

/**
 * What a coroutine body holds to give the turn back to the kernel.
 *
 * <p>Only the body of the coroutine that handed it out may call {@link #suspend()}, and only
 * while that coroutine is running; anywhere else it throws {@link IllegalStateException}.
 */
public interface Suspender {
  /**
   * Stops the body here and returns from the kernel's {@link Coroutine#resume()}; returns when
   * the kernel resumes this coroutine again. Never returns if the kernel kills the coroutine
   * meanwhile.
   *
   * @throws CoroutinePinnedException if the body cannot be suspended at this point (the JDK
   *     continuation is pinned by a native frame, such as a class initializer, on its stack)
   */
  void suspend();
}

package org.minix3j.kernel.exec;

/** The code of a coroutine: a Java system process's main loop, say. */
@FunctionalInterface
public interface CoroutineBody {
  /**
   * Runs the process. Whatever it throws comes out of the kernel's {@link Coroutine#resume()}
   * wrapped in a {@link CoroutineCrashedException}.
   */
  void run(Suspender suspender) throws Exception;
}

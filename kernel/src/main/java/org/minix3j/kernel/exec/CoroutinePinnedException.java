package org.minix3j.kernel.exec;

/**
 * Thrown by {@link Suspender#suspend()} when the JDK continuation cannot yield because its
 * stack is pinned: a native frame lies between the body's bottom and the suspend, such as a
 * class initializer ({@code static {}}) or a call back from native code. On JDK 21 to 23 a held
 * monitor ({@code synchronized}) pins too; from JDK 24 it no longer does. The body keeps
 * running; if it does not catch this, {@code resume()} reports it as the crash's cause.
 */
public final class CoroutinePinnedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** {@code coroutineName} could not suspend; {@code jdkReason} is the JDK's message. */
  public CoroutinePinnedException(String coroutineName, String jdkReason) {
    super(
        coroutineName
            + " cannot suspend here, its stack is pinned ("
            + jdkReason
            + "): do not suspend from a static initializer, native call-back or, before JDK 24,"
            + " a synchronized block");
  }
}

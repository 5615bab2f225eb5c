/**
 * How Java system processes take turns with the kernel: coroutines.
 *
 * <p>The kernel runs on one host thread and decides alone who runs next. A Java system process
 * (a server or driver loop) is a {@link org.minix3j.kernel.exec.Coroutine}: the kernel calls
 * {@code resume()}, the process body runs until it calls {@link
 * org.minix3j.kernel.exec.Suspender#suspend()} (at a kernel entry, from however deep in its own
 * calls), and {@code resume()} returns. Exactly one of them runs at any moment, so a run is as
 * deterministic as the kernel's schedule.
 *
 * <p>{@link org.minix3j.kernel.exec.Coroutines} picks the implementation: the JDK's internal
 * one-shot continuation when the JVM exports it, else virtual threads handing a baton; a
 * system property overrides the choice. {@link org.minix3j.kernel.exec.CoroutineBenchmark}
 * measures all of them.
 */
package org.minix3j.kernel.exec;

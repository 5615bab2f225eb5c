package org.minix3j.kernel.exec;

import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A coroutine on the JDK's one-shot continuation: the body runs on the kernel's own thread, and
 * {@code suspend()} copies its frames off the stack to the heap until the next {@code resume()}.
 *
 * <p>Switching costs about a method call plus the copy of the frames that changed; no other
 * thread is involved. Killing drops the continuation: its frames are garbage, no code of it,
 * not even a {@code finally}, runs again. A monitor the body held when killed is never released
 * (holding one across a suspend is a bug anyway).
 */
final class ContinuationCoroutine implements Coroutine {
  private final String name;
  private final CoroutineBody body;

  /** The continuation, dropped (null) once done. */
  private @Nullable Object continuation;

  private CoroutineState state = CoroutineState.NEW;

  /** What the body threw, caught at its bottom frame. */
  private @Nullable Throwable failure;

  ContinuationCoroutine(String name, CoroutineBody body) {
    Availability availability = JdkContinuation.AVAILABILITY;
    if (!availability.available()) {
      throw new IllegalStateException(availability.reason());
    }
    this.name = name;
    this.body = body;
    this.continuation = JdkContinuation.create(this::enter);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void resume() {
    Object running = continuation;
    if (state == CoroutineState.RUNNING || running == null) {
      throw new IllegalStateException(name + " cannot be resumed: it is " + describeState());
    }
    state = CoroutineState.RUNNING;
    try {
      JdkContinuation.run(running);
    } catch (Throwable t) {
      failure = t;
    }
    if (failure == null && !JdkContinuation.isDone(running)) {
      state = CoroutineState.SUSPENDED;
      return;
    }
    state = CoroutineState.DONE;
    continuation = null;
    Throwable thrown = failure;
    if (thrown != null) {
      failure = null;
      throw new CoroutineCrashedException(name, thrown);
    }
  }

  private void suspend() {
    if (state != CoroutineState.RUNNING) {
      throw new IllegalStateException(
          "suspend() of " + name + " called outside its running body; it is " + describeState());
    }
    boolean yielded;
    try {
      yielded = JdkContinuation.yieldScope();
    } catch (IllegalStateException pinned) {
      throw new CoroutinePinnedException(name, String.valueOf(pinned.getMessage()));
    }
    if (!yielded) {
      throw new CoroutinePinnedException(name, "yield refused");
    }
  }

  @Override
  public boolean isDone() {
    return state == CoroutineState.DONE;
  }

  @Override
  public void close() {
    if (state == CoroutineState.RUNNING) {
      throw new IllegalStateException(name + " cannot be killed from inside its own body");
    }
    state = CoroutineState.DONE;
    continuation = null;
  }

  private void enter() {
    try {
      body.run(this::suspend); // the body never sees this object itself
    } catch (Throwable t) {
      failure = t;
    }
  }

  private String describeState() {
    return state.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "continuation coroutine " + name + " (" + describeState() + ")";
  }
}

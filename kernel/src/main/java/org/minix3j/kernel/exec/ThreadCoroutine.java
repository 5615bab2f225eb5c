package org.minix3j.kernel.exec;

import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A coroutine on a thread of its own (virtual or platform) that runs only while it holds the
 * baton: the kernel hands the baton over in {@code resume()} and parks; the body hands it back
 * in {@code suspend()} and parks. Exactly one of the two threads is ever runnable, so the
 * schedule is the kernel's alone, whatever the host scheduler does.
 *
 * <p>The baton is one volatile flag ({@link #bodysTurn}) plus {@link LockSupport} park/unpark;
 * the volatile write that passes the baton also publishes every field written before it. The
 * thread starts at the first {@code resume()}. Killing wakes the body with a private {@link
 * Killed} error thrown from {@code suspend()}; see {@link Coroutine#close()} for what that
 * cannot prevent.
 */
final class ThreadCoroutine implements Coroutine {
  private final String name;
  private final CoroutineBody body;
  private final Thread.Builder threads;

  /** The baton: true while the body may run, false while the kernel may. */
  private volatile boolean bodysTurn;

  /** Set by the kernel before it wakes a suspended body only to unwind it. */
  private volatile boolean killed;

  /** The body's thread, once started. */
  private @Nullable Thread thread;

  /** The thread that last resumed or killed this coroutine; the body hands the baton to it. */
  private @Nullable Thread kernel;

  /** Written by the kernel, and by the body just before it hands the baton back for good. */
  private volatile CoroutineState state = CoroutineState.NEW;

  /** What the body threw, caught at its bottom frame. */
  private @Nullable Throwable failure;

  /** Whether the body has already been sent its {@link Killed} error. */
  private boolean killDelivered;

  ThreadCoroutine(String name, CoroutineBody body, Thread.Builder threads) {
    this.name = name;
    this.body = body;
    this.threads = threads;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void resume() {
    if (state == CoroutineState.RUNNING || state == CoroutineState.DONE) {
      throw new IllegalStateException(name + " cannot be resumed: it is " + describeState());
    }
    state = CoroutineState.RUNNING;
    runBodyUntilItHandsBack();
    if (state == CoroutineState.RUNNING) {
      state = CoroutineState.SUSPENDED;
      return;
    }
    Throwable thrown = failure;
    if (thrown != null) {
      failure = null;
      throw new CoroutineCrashedException(name, thrown);
    }
  }

  @Override
  public boolean isDone() {
    return state == CoroutineState.DONE;
  }

  @Override
  public void close() {
    switch (state) {
      case DONE -> {}
      case RUNNING -> throw new IllegalStateException(
          name + " cannot be killed from inside its own body");
      case NEW -> state = CoroutineState.DONE;
      case SUSPENDED -> {
        killed = true;
        state = CoroutineState.RUNNING;
        runBodyUntilItHandsBack();
        state = CoroutineState.DONE;
        failure = null;
      }
    }
  }

  /** Kernel side: passes the baton to the body and waits until it comes back. */
  private void runBodyUntilItHandsBack() {
    kernel = Thread.currentThread();
    Thread bodyThread = thread;
    bodysTurn = true;
    if (bodyThread == null) {
      bodyThread = threads.name(name).unstarted(this::enter);
      thread = bodyThread;
      bodyThread.start();
    } else {
      LockSupport.unpark(bodyThread);
    }
    while (bodysTurn) {
      LockSupport.park(this);
    }
  }

  /** Body side: the bottom frame of the body's thread. */
  private void enter() {
    try {
      body.run(this::suspend); // the body never sees this object itself
    } catch (Killed expected) {
      // The kernel killed the body while it was suspended; it has unwound.
    } catch (Throwable t) {
      if (!killed) {
        failure = t;
      }
    }
    state = CoroutineState.DONE;
    handBatonToKernel();
  }

  private void suspend() {
    if (Thread.currentThread() != thread || state != CoroutineState.RUNNING) {
      throw new IllegalStateException(
          "suspend() of " + name + " called outside its running body; it is " + describeState());
    }
    if (killed) {
      abandon();
    }
    handBatonToKernel();
    while (!bodysTurn) {
      LockSupport.park(this);
    }
    if (killed) {
      killDelivered = true;
      throw new Killed();
    }
  }

  /**
   * The body caught its {@link Killed} error and tried to go on: give the baton back and park
   * this thread for good.
   */
  private void abandon() {
    if (!killDelivered) {
      throw new IllegalStateException(name + " is being killed but was not told");
    }
    handBatonToKernel();
    while (true) {
      LockSupport.park(this);
    }
  }

  private void handBatonToKernel() {
    Thread waiting = kernel;
    if (waiting == null) {
      throw new IllegalStateException(name + " runs without a kernel thread to return to");
    }
    bodysTurn = false;
    LockSupport.unpark(waiting);
  }

  private String describeState() {
    return state.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "thread coroutine " + name + " (" + describeState() + ")";
  }

  /** Unwinds a killed body; swallowed at its bottom frame, never seen by the kernel. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed() {
      super("killed by the kernel", null, false, false);
    }
  }
}

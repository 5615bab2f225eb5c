package org.minix3j.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The JDK continuation is reachable in the test JVM (so the build cannot silently fall back to
 * threads), the factory chooses as documented, and a pinned continuation says so clearly.
 */
class ContinuationAvailabilityTest {
  /** Hands the running body's suspender to {@link SuspendsWhileInitialising}'s initializer. */
  private static final ThreadLocal<@Nullable Suspender> SUSPENDER_FOR_INITIALISER =
      new ThreadLocal<>();

  @Test
  void theContinuationIsAvailableInTheTestJvm() {
    Availability availability = CoroutineKind.CONTINUATION.availability();
    assertTrue(availability.available(), availability.reason());
  }

  @Test
  void theDefaultChoiceIsTheContinuation() {
    assertEquals(CoroutineKind.CONTINUATION, Coroutines.choose(null).kind());
    assertEquals(CoroutineKind.CONTINUATION, Coroutines.choose("").kind());
    assertTrue(Coroutines.choose(null).describe().contains("continuation"));
  }

  @Test
  void thePropertyOverridesTheChoice() {
    assertEquals(CoroutineKind.VIRTUAL_THREAD, Coroutines.choose("virtual").kind());
    assertEquals(CoroutineKind.PLATFORM_THREAD, Coroutines.choose(" platform ").kind());
    assertEquals(CoroutineKind.CONTINUATION, Coroutines.choose("continuation").kind());
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> Coroutines.choose("fibres"));
    assertTrue(String.valueOf(unknown.getMessage()).contains("continuation, virtual, platform"));
  }

  @Test
  void suspendingFromAClassInitializerIsAClearPinnedError() {
    Coroutine coroutine =
        CoroutineKind.CONTINUATION.create(
            "initialiser",
            suspender -> {
              SUSPENDER_FOR_INITIALISER.set(suspender);
              SuspendsWhileInitialising.touch();
            });
    CoroutineCrashedException crash =
        assertThrows(CoroutineCrashedException.class, coroutine::resume);
    assertInstanceOf(ExceptionInInitializerError.class, crash.failure());
    String pinned = String.valueOf(crash.failure().getCause());
    assertTrue(pinned.startsWith(CoroutinePinnedException.class.getName()), pinned);
    assertTrue(pinned.contains("Pinned: NATIVE"), pinned);
    assertTrue(coroutine.isDone());
  }

  @Test
  void aHeldMonitorDoesNotPinFromJdk24() {
    Object lock = new Object();
    List<String> log = new ArrayList<>();
    Coroutine coroutine =
        CoroutineKind.CONTINUATION.create(
            "locker",
            suspender -> {
              synchronized (lock) {
                suspender.suspend();
                log.add("resumed holding the lock");
              }
            });
    if (Runtime.version().feature() < 24) {
      CoroutineCrashedException crash =
          assertThrows(CoroutineCrashedException.class, coroutine::resume);
      assertInstanceOf(CoroutinePinnedException.class, crash.failure());
      return;
    }
    coroutine.resume();
    coroutine.resume();
    assertTrue(coroutine.isDone());
    assertEquals(List.of("resumed holding the lock"), log);
  }

  /** Suspends its coroutine from its static initializer: a native (VM) frame pins the stack. */
  private static final class SuspendsWhileInitialising {
    static {
      Suspender suspender = SUSPENDER_FOR_INITIALISER.get();
      if (suspender != null) {
        suspender.suspend();
      }
    }

    static void touch() {}
  }
}

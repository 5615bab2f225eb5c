package org.minix3j.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every coroutine kind must do the same way; each test runs once per kind. */
class CoroutineContractTest {

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void bodyAndKernelInterleaveExactly(CoroutineKind kind) {
    List<String> log = new ArrayList<>();
    Coroutine coroutine =
        kind.create(
            "pinger",
            suspender -> {
              for (int i = 0; i < 3; i++) {
                log.add("body " + i);
                suspender.suspend();
              }
              log.add("body end");
            });
    log.add("kernel created");
    int resumes = 0;
    while (!coroutine.isDone()) {
      log.add("kernel resume " + resumes++);
      coroutine.resume();
    }
    assertEquals(
        List.of(
            "kernel created",
            "kernel resume 0",
            "body 0",
            "kernel resume 1",
            "body 1",
            "kernel resume 2",
            "body 2",
            "kernel resume 3",
            "body end"),
        log);
  }

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void suspendsFromDeepInTheCallStackResumeWhereTheyStopped(CoroutineKind kind) {
    List<Integer> depths = new ArrayList<>();
    Coroutine coroutine = kind.create("deep", suspender -> descend(suspender, 0, 300, depths));
    int resumes = 0;
    while (!coroutine.isDone()) {
      coroutine.resume();
      resumes++;
    }
    assertEquals(601, resumes, "one suspend on the way down and one up per level, then the end");
    assertEquals(600, depths.size());
    for (int i = 0; i < 300; i++) {
      assertEquals(i, depths.get(i));
      assertEquals(299 - i, depths.get(300 + i));
    }
  }

  private static void descend(Suspender suspender, int depth, int limit, List<Integer> depths) {
    if (depth == limit) {
      return;
    }
    depths.add(depth);
    suspender.suspend();
    descend(suspender, depth + 1, limit, depths);
    depths.add(depth);
    suspender.suspend();
  }

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void anExceptionFromTheBodyComesOutOfResume(CoroutineKind kind) {
    Coroutine coroutine =
        kind.create(
            "failing",
            suspender -> {
              suspender.suspend();
              throw new IOException("disk on fire");
            });
    coroutine.resume();
    assertFalse(coroutine.isDone());
    CoroutineCrashedException crash =
        assertThrows(CoroutineCrashedException.class, coroutine::resume);
    assertInstanceOf(IOException.class, crash.failure());
    String message = String.valueOf(crash.getMessage());
    assertTrue(message.contains("failing"), message);
    assertTrue(coroutine.isDone());
    assertThrows(IllegalStateException.class, coroutine::resume);
  }

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void aStackOverflowInTheBodyIsACrashAndTheKernelGoesOn(CoroutineKind kind) {
    Coroutine coroutine =
        kind.create(
            "recursive",
            suspender -> {
              suspender.suspend();
              recurseForever(0);
            });
    coroutine.resume();
    CoroutineCrashedException crash =
        assertThrows(CoroutineCrashedException.class, coroutine::resume);
    assertInstanceOf(StackOverflowError.class, crash.failure());
    assertTrue(coroutine.isDone());

    List<String> log = new ArrayList<>();
    Coroutine next = kind.create("next", suspender -> log.add("ran"));
    next.resume();
    assertEquals(List.of("ran"), log);
    assertTrue(next.isDone());
  }

  /** Recurses until the stack overflows (the depth never gets back to zero in practice). */
  private static long recurseForever(long depth) {
    return depth == -1 ? 0 : recurseForever(depth + 1) + 1;
  }

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void aKilledCoroutineNeverRunsMoreOfItsCode(CoroutineKind kind) {
    List<String> log = new ArrayList<>();
    Coroutine coroutine =
        kind.create(
            "victim",
            suspender -> {
              log.add("before");
              suspender.suspend();
              log.add("after");
            });
    coroutine.resume();
    coroutine.close();
    assertTrue(coroutine.isDone());
    assertThrows(IllegalStateException.class, coroutine::resume);
    coroutine.close();
    assertEquals(List.of("before"), log);
  }

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void aCoroutineKilledBeforeItStartsRunsNothing(CoroutineKind kind) {
    List<String> log = new ArrayList<>();
    Coroutine coroutine = kind.create("unborn", suspender -> log.add("ran"));
    coroutine.close();
    assertTrue(coroutine.isDone());
    assertThrows(IllegalStateException.class, coroutine::resume);
    assertEquals(List.of(), log);
  }

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void aBodyThatSwallowsItsKillCannotKeepRunning(CoroutineKind kind) {
    List<String> log = new ArrayList<>();
    Coroutine coroutine =
        kind.create(
            "stubborn",
            suspender -> {
              while (true) {
                try {
                  log.add("wait");
                  suspender.suspend();
                  log.add("woke");
                } catch (Throwable swallowed) {
                  log.add("caught");
                }
              }
            });
    coroutine.resume();
    coroutine.close();
    assertTrue(coroutine.isDone());
    List<String> expected =
        kind == CoroutineKind.CONTINUATION
            ? List.of("wait")
            : List.of("wait", "caught", "wait"); // unwinding runs catch blocks, then it is parked
    assertEquals(expected, log);

    Coroutine other = kind.create("other", suspender -> suspender.suspend());
    other.resume();
    other.resume();
    assertTrue(other.isDone());
    assertEquals(expected, log, "the killed body ran again");
  }

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void suspendOutsideTheRunningBodyIsRefused(CoroutineKind kind) {
    List<Suspender> leaked = new ArrayList<>();
    Coroutine coroutine =
        kind.create(
            "leaky",
            suspender -> {
              leaked.add(suspender);
              suspender.suspend();
            });
    coroutine.resume();
    assertThrows(IllegalStateException.class, () -> leaked.get(0).suspend());
    coroutine.resume();
    assertTrue(coroutine.isDone());
  }

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void theBodyCannotResumeOrKillItself(CoroutineKind kind) {
    List<Coroutine> self = new ArrayList<>();
    List<String> log = new ArrayList<>();
    Coroutine coroutine =
        kind.create(
            "selfish",
            suspender -> {
              try {
                self.get(0).resume();
              } catch (IllegalStateException expected) {
                log.add("resume refused");
              }
              try {
                self.get(0).close();
              } catch (IllegalStateException expected) {
                log.add("kill refused");
              }
            });
    self.add(coroutine);
    coroutine.resume();
    assertTrue(coroutine.isDone());
    assertEquals(List.of("resume refused", "kill refused"), log);
  }
}

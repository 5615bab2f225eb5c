package org.minix3j.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ten thousand processes suspended at once, as a busy system might have. Platform threads, kept
 * only for comparison, get a thousand: ten thousand of them take most of a minute here.
 */
class ManyCoroutinesTest {
  private static final int STEPS = 3;

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void tenThousandCoroutinesAreAliveAtOnce(CoroutineKind kind) {
    int count = kind == CoroutineKind.PLATFORM_THREAD ? 1_000 : 10_000;
    runMany(kind, count);
  }

  private static void runMany(CoroutineKind kind, int count) {
    int[] steps = new int[count];
    List<Coroutine> coroutines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int index = i;
      coroutines.add(
          kind.create(
              "process-" + i,
              suspender -> {
                for (int step = 0; step < STEPS; step++) {
                  steps[index]++;
                  suspender.suspend();
                }
              }));
    }
    try {
      for (Coroutine coroutine : coroutines) {
        coroutine.resume();
      }
      for (int i = 0; i < count; i++) {
        assertEquals(1, steps[i], "process-" + i);
        assertFalse(coroutines.get(i).isDone());
      }
      for (int round = 1; round <= STEPS; round++) {
        for (int i = 0; i < count; i += 2) {
          coroutines.get(i).resume();
        }
      }
      for (int i = 0; i < count; i++) {
        Coroutine coroutine = coroutines.get(i);
        if (i % 2 == 0) {
          assertTrue(coroutine.isDone(), coroutine.name());
          assertEquals(STEPS, steps[i], coroutine.name());
        } else {
          coroutine.close();
          assertEquals(1, steps[i], coroutine.name());
        }
      }
    } finally {
      for (Coroutine coroutine : coroutines) {
        coroutine.close();
      }
    }
  }
}

package org.minix3j.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same schedule gives the same event log: twice with one kind, and the same log with every
 * kind, since the kernel alone decides who runs.
 */
class CoroutineDeterminismTest {
  private static final int PROCESSES = 8;
  private static final long SEED = 20260401L;

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void twoRunsOfOneScheduleGiveTheSameLog(CoroutineKind kind) {
    List<String> first = runSchedule(kind, SEED);
    List<String> second = runSchedule(kind, SEED);
    assertTrue(first.size() > 100, "the schedule is too short to tell: " + first.size());
    assertEquals(first, second);
  }

  @ParameterizedTest
  @EnumSource(CoroutineKind.class)
  void everyKindGivesTheLogOfTheContinuation(CoroutineKind kind) {
    assertEquals(runSchedule(CoroutineKind.CONTINUATION, SEED), runSchedule(kind, SEED));
  }

  /**
   * Processes that pass messages through a shared mailbox and suspend at seed-chosen depths; the
   * kernel picks who runs next with the same seed, and kills one process half-way.
   */
  private static List<String> runSchedule(CoroutineKind kind, long seed) {
    List<String> log = new ArrayList<>();
    int[] mailbox = new int[1];
    List<Coroutine> processes = new ArrayList<>();
    for (int p = 0; p < PROCESSES; p++) {
      int id = p;
      SplittableRandom local = new SplittableRandom(seed + p);
      processes.add(
          kind.create(
              "p" + p,
              suspender -> {
                for (int step = 0; step < 20 + id; step++) {
                  mailbox[0] = mailbox[0] * 31 + id;
                  log.add("p" + id + " step " + step + " mailbox " + mailbox[0]);
                  suspendAtDepth(suspender, local.nextInt(5));
                }
                if (id == 3) {
                  throw new IllegalStateException("p3 crashes");
                }
              }));
    }
    SplittableRandom kernel = new SplittableRandom(seed);
    int kernelSteps = 0;
    while (processes.stream().anyMatch(process -> !process.isDone())) {
      Coroutine next = processes.get(kernel.nextInt(PROCESSES));
      if (next.isDone()) {
        continue;
      }
      kernelSteps++;
      if (kernelSteps == 60) {
        log.add("kernel kills " + next.name());
        next.close();
        continue;
      }
      try {
        next.resume();
      } catch (CoroutineCrashedException crash) {
        log.add("kernel sees " + next.name() + " crash: " + crash.failure());
      }
    }
    return log;
  }

  private static void suspendAtDepth(Suspender suspender, int depth) {
    if (depth == 0) {
      suspender.suspend();
      return;
    }
    suspendAtDepth(suspender, depth - 1);
  }
}

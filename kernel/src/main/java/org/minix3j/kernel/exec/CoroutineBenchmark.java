package org.minix3j.kernel.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures what a switch between the kernel and a Java system process costs with each
 * coroutine kind, on the host clock (this is a benchmark, not part of the simulation).
 *
 * <p>Per kind it prints: ns per resume + suspend round trip (the body suspends straight away,
 * and again from 50 frames deep), and ns per round trip of two coroutines ping-ponging a
 * message through the kernel loop (kernel → A → kernel → B → kernel). Virtual threads are
 * measured twice: with the kernel loop on a platform thread and on a virtual thread. Each kind
 * gets one untimed pass first; each figure follows a warm-up and is the best of five timed
 * batches of about 200 ms.
 *
 * <p>Usage: {@code java --add-exports java.base/jdk.internal.vm=ALL-UNNAMED
 * [-Djdk.virtualThreadScheduler.parallelism=1] ... CoroutineBenchmark [kind ...]}.
 */
public final class CoroutineBenchmark {
  private static final long BATCH_NANOSECONDS = 200_000_000L;
  private static final int BATCHES = 5;
  private static final int DEEP = 50;

  private CoroutineBenchmark() {}

  /** Runs the benchmarks for the kinds named in {@code args} (property values), or all. */
  public static void main(String[] args) throws InterruptedException {
    System.out.println(describeChoice());
    System.out.println(
        "jdk "
            + Runtime.version()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cpus, jdk.virtualThreadScheduler.parallelism="
            + System.getProperty("jdk.virtualThreadScheduler.parallelism", "(default)"));
    for (CoroutineKind kind : kindsToMeasure(args)) {
      Availability availability = kind.availability();
      if (!availability.available()) {
        System.out.println(kind.propertyValue() + ": not available: " + availability.reason());
        continue;
      }
      report(kind.propertyValue() + ", kernel on a platform thread", measure(kind));
      if (kind == CoroutineKind.VIRTUAL_THREAD) {
        List<String> figures = new ArrayList<>();
        Thread kernel = Thread.ofVirtual().start(() -> figures.addAll(measure(kind)));
        kernel.join();
        report(kind.propertyValue() + ", kernel on a virtual thread", figures);
      }
    }
  }

  private static String describeChoice() {
    try {
      return Coroutines.choose().describe();
    } catch (IllegalArgumentException badProperty) {
      return "coroutines: " + badProperty.getMessage();
    }
  }

  private static List<CoroutineKind> kindsToMeasure(String[] args) {
    if (args.length == 0) {
      return List.of(CoroutineKind.values());
    }
    List<CoroutineKind> kinds = new ArrayList<>();
    for (String arg : args) {
      CoroutineKind kind = CoroutineKind.named(arg);
      if (kind == null) {
        throw new IllegalArgumentException("no coroutine kind named " + arg);
      }
      kinds.add(kind);
    }
    return kinds;
  }

  private static void report(String title, List<String> figures) {
    System.out.println(title + ":");
    for (String figure : figures) {
      System.out.println("  " + figure);
    }
  }

  private static List<String> measure(CoroutineKind kind) {
    roundTrip(kind, 0); // warm-up: lets the JIT compile the bodies' loops before timing them
    return List.of(
        format("resume+suspend round trip", roundTrip(kind, 0)),
        format("resume+suspend round trip, " + DEEP + " frames deep", roundTrip(kind, DEEP)),
        format("ping-pong A->kernel->B->kernel round trip", pingPong(kind)));
  }

  private static String format(String what, double nanoseconds) {
    return String.format(Locale.ROOT, "%-58s %10.1f ns", what, nanoseconds);
  }

  /** ns per resume of one coroutine that suspends at {@code depth} frames, again and again. */
  private static double roundTrip(CoroutineKind kind, int depth) {
    Coroutine coroutine =
        kind.create(
            "bench",
            suspender -> {
              while (true) {
                suspendAt(suspender, depth);
              }
            });
    try {
      return bestOf(() -> coroutine.resume());
    } finally {
      coroutine.close();
    }
  }

  private static void suspendAt(Suspender suspender, int depth) {
    if (depth == 0) {
      suspender.suspend();
    } else {
      suspendAt(suspender, depth - 1);
    }
  }

  /**
   * ns per round of the kernel loop resuming A, which writes a message, then B, which answers
   * it; the answer feeds the next message so the work cannot be skipped.
   */
  private static double pingPong(CoroutineKind kind) {
    long[] mailbox = new long[1];
    Coroutine ping =
        kind.create(
            "ping",
            suspender -> {
              while (true) {
                mailbox[0] = mailbox[0] * 3 + 1;
                suspender.suspend();
              }
            });
    Coroutine pong =
        kind.create(
            "pong",
            suspender -> {
              while (true) {
                mailbox[0] = mailbox[0] >>> 1;
                suspender.suspend();
              }
            });
    try {
      double nanoseconds =
          bestOf(
              () -> {
                ping.resume();
                pong.resume();
              });
      if (mailbox[0] == 42) {
        System.out.println("(mailbox " + mailbox[0] + ")");
      }
      return nanoseconds;
    } finally {
      ping.close();
      pong.close();
    }
  }

  /** The best of {@link #BATCHES} timed batches of {@code step}, after one untimed warm-up. */
  private static double bestOf(Runnable step) {
    long iterations = calibrate(step);
    runBatch(step, iterations);
    double best = Double.MAX_VALUE;
    for (int batch = 0; batch < BATCHES; batch++) {
      best = Math.min(best, (double) runBatch(step, iterations) / iterations);
    }
    return best;
  }

  /** How many steps take about one batch time, found by doubling (also warms up). */
  private static long calibrate(Runnable step) {
    long iterations = 1_000;
    while (true) {
      long elapsed = runBatch(step, iterations);
      if (elapsed >= BATCH_NANOSECONDS / 4) {
        return Math.max(1_000, iterations * BATCH_NANOSECONDS / Math.max(1, elapsed));
      }
      iterations *= 2;
    }
  }

  private static long runBatch(Runnable step, long iterations) {
    long start = System.nanoTime();
    for (long i = 0; i < iterations; i++) {
      step.run();
    }
    return System.nanoTime() - start;
  }
}

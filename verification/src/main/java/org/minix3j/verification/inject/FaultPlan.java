package org.minix3j.verification.inject;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The faults of a campaign, drawn from its seed: each fault's target, kind (among those that
 * apply to the target), delay in kernel entries and choice. Same seed, same plan. Each target's
 * faults are taken in order by its instances ({@link #next}), one armed at a time.
 */
public final class FaultPlan {
  /** The fewest kernel entries of an instance before its armed fault. */
  static final int MIN_DELAY = 20;

  /** The most kernel entries of an instance before its armed fault. */
  static final int MAX_DELAY = 600;

  private final List<Fault> faults;
  private final Map<String, Deque<Fault>> queues = new LinkedHashMap<>();
  private final Map<Integer, Fault> armed = new TreeMap<>();

  public FaultPlan(long seed, int count, List<String> targets, List<FaultKind> kinds) {
    if (targets.isEmpty() || kinds.isEmpty()) {
      throw new IllegalArgumentException("a campaign needs a target and a kind");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Fault> drawn = new ArrayList<>();
    for (String target : targets) {
      queues.put(target, new ArrayDeque<>());
    }
    for (int i = 0; i < count; i++) {
      String target = targets.get(random.nextInt(targets.size()));
      List<FaultKind> usable = kinds.stream().filter(k -> k.appliesTo(target)).toList();
      if (usable.isEmpty()) {
        throw new IllegalArgumentException("no kind of " + kinds + " applies to " + target);
      }
      Fault fault = new Fault(i, usable.get(random.nextInt(usable.size())), target,
          random.nextInt(MIN_DELAY, MAX_DELAY + 1), random.nextInt(1, Integer.MAX_VALUE));
      drawn.add(fault);
      queues.computeIfAbsent(target, t -> new ArrayDeque<>()).add(fault);
    }
    faults = List.copyOf(drawn);
  }

  private Deque<Fault> queue(String target) {
    return queues.computeIfAbsent(target, t -> new ArrayDeque<>());
  }

  public List<Fault> faults() {
    return faults;
  }

  /** Whether {@code label} is a target of the plan. */
  public boolean targets(String label) {
    return queues.containsKey(label);
  }

  /**
   * The next fault for {@code label}, taken off its queue and armed in an instance, or null when
   * none is left.
   */
  public @Nullable Fault next(String label) {
    Deque<Fault> queue = queues.get(label);
    Fault fault = queue == null ? null : queue.poll();
    if (fault != null) {
      armed.put(fault.index(), fault);
    }
    return fault;
  }

  /** {@code fault}, armed, has happened. */
  void fired(Fault fault) {
    armed.remove(fault.index());
  }

  /**
   * Faults armed in instances that will not fire them (the workload ended, the machine is off)
   * go back to the front of their queues, in order, for the next boot.
   */
  public void reclaim() {
    List<Fault> back = new ArrayList<>(armed.values());
    armed.clear();
    for (int i = back.size() - 1; i >= 0; i--) {
      queue(back.get(i).target()).addFirst(back.get(i));
    }
  }

  /** {@code cut}, fired but cut short by the power-off, go back to be fired again. */
  void requeue(List<Fault> cut) {
    for (Fault fault : cut) {
      armed.put(fault.index(), fault);
    }
  }

  /** Faults not yet fired (taken or not). */
  public int remaining() {
    return armed.size() + queues.values().stream().mapToInt(Deque::size).sum();
  }
}

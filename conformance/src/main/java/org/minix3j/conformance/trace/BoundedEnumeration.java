package org.minix3j.conformance.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Every short behaviour of a model: the paths of at most {@code maxLength} steps from the
 * initial states, in one of two modes.
 *
 * <ul>
 *   <li>{@link Pruning#NONE}: every maximal path, i.e. every path of exactly {@code maxLength}
 *       steps and every shorter one that ends where nothing is enabled. Each path of at most
 *       {@code maxLength} steps is a prefix of one of these, and a replay compares the state
 *       after every step, so these are all behaviours of length at most {@code maxLength}.
 *       Their number grows as the branching factor to the power {@code maxLength}: for small
 *       lengths only.
 *   <li>{@link Pruning#SEEN_STATES}: breadth first, a path stops being extended when it
 *       reaches a state already reached at the same or a shorter depth (such a state's
 *       continuations are explored from the first path that reached it, which is no longer).
 *       The path still ends with the step that reached the state, so every transition out of
 *       every state reachable in fewer than {@code maxLength} steps is replayed exactly once:
 *       the behaviours grow with the number of transitions rather than of paths, which is what
 *       makes deeper bounds affordable.
 * </ul>
 *
 * Paths are labelled {@code path N}, numbered from 0 in the order produced: depth first in the
 * model's transition order without pruning, breadth first with it.
 */
public final class BoundedEnumeration {

  /** Whether paths reaching an already reached state are cut there. */
  public enum Pruning {
    NONE,
    SEEN_STATES
  }

  private final SpecModel model;

  public BoundedEnumeration(SpecModel model) {
    this.model = model;
  }

  /** Gives each behaviour to {@code sink}; returns how many there were. */
  public long enumerate(int maxLength, Pruning pruning, Consumer<Behaviour> sink) {
    if (maxLength < 0) {
      throw new IllegalArgumentException("negative length " + maxLength);
    }
    Emitter emitter = new Emitter(sink);
    switch (pruning) {
      case NONE -> {
        for (ModelState initial : model.initialStates()) {
          depthFirst(new Path(null, null, initial, 0), maxLength, emitter);
        }
      }
      case SEEN_STATES -> breadthFirst(maxLength, emitter);
    }
    return emitter.count;
  }

  /** The behaviours as a list. */
  public List<Behaviour> behaviours(int maxLength, Pruning pruning) {
    List<Behaviour> behaviours = new ArrayList<>();
    enumerate(maxLength, pruning, behaviours::add);
    return behaviours;
  }

  /** The number of behaviours, without keeping them. */
  public long count(int maxLength, Pruning pruning) {
    return enumerate(maxLength, pruning, behaviour -> { });
  }

  private void depthFirst(Path path, int maxLength, Emitter emitter) {
    if (path.length == maxLength) {
      emitter.emit(path, false);
      return;
    }
    List<Transition> enabled = model.transitions(path.state);
    if (enabled.isEmpty()) {
      emitter.emit(path, true);
      return;
    }
    for (Transition transition : enabled) {
      depthFirst(path.then(transition), maxLength, emitter);
    }
  }

  private void breadthFirst(int maxLength, Emitter emitter) {
    Set<Long> reached = new HashSet<>();
    Deque<Path> frontier = new ArrayDeque<>();
    for (ModelState initial : model.initialStates()) {
      if (reached.add(initial.fingerprint())) {
        frontier.add(new Path(null, null, initial, 0));
      }
    }
    while (!frontier.isEmpty()) {
      Path path = frontier.removeFirst();
      if (path.length == maxLength) {
        emitter.emit(path, false);
        continue;
      }
      List<Transition> enabled = model.transitions(path.state);
      if (enabled.isEmpty()) {
        emitter.emit(path, true);
        continue;
      }
      for (Transition transition : enabled) {
        Path longer = path.then(transition);
        if (reached.add(transition.target().fingerprint())) {
          frontier.addLast(longer);
        } else {
          emitter.emit(longer, false);
        }
      }
    }
  }

  /** A path as a chain of steps back to its initial state, sharing prefixes. */
  private record Path(@Nullable Path previous, @Nullable Transition last, ModelState state,
      int length) {

    Path then(Transition transition) {
      return new Path(this, transition, transition.target(), length + 1);
    }

    Behaviour toBehaviour(String label, boolean deadEnd) {
      List<Step> steps = new ArrayList<>(length);
      Path at = this;
      ModelState initial = state;
      while (at != null) {
        Transition step = at.last;
        if (step != null) {
          steps.add(step.toStep());
        }
        initial = at.state;
        at = at.previous;
      }
      return new Behaviour(label, initial.values(), steps.reversed(), deadEnd);
    }
  }

  private static final class Emitter {
    private final Consumer<Behaviour> sink;
    private long count;

    Emitter(Consumer<Behaviour> sink) {
      this.sink = sink;
    }

    void emit(Path path, boolean deadEnd) {
      sink.accept(path.toBehaviour("path " + count, deadEnd));
      count++;
    }
  }
}

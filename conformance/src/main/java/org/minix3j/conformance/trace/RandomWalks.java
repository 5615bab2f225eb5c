package org.minix3j.conformance.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random walks through a model: from an initial state chosen at random, each step picks
 * uniformly among all enabled (action, successor) pairs. The walk is a function of the seed
 * (a {@link SplittableRandom} seeded with it, the transitions in the model's fixed order), so a
 * divergence found with seed S is found again with seed S. A walk ends at the requested depth
 * or, earlier, in a state where nothing is enabled; the behaviour then says so ({@link
 * Behaviour#deadEnd()}).
 */
public final class RandomWalks {

  private final SpecModel model;

  public RandomWalks(SpecModel model) {
    this.model = model;
  }

  /** The walk of at most {@code depth} steps for {@code seed}, labelled {@code seed S}. */
  public Behaviour walk(long seed, int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("negative depth " + depth);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<ModelState> initialStates = model.initialStates();
    if (initialStates.isEmpty()) {
      throw new IllegalStateException("the model " + model.name() + " has no initial state");
    }
    ModelState initial = initialStates.get(random.nextInt(initialStates.size()));
    ModelState state = initial;
    List<Step> steps = new ArrayList<>(depth);
    boolean deadEnd = false;
    while (steps.size() < depth) {
      List<Transition> enabled = model.transitions(state);
      if (enabled.isEmpty()) {
        deadEnd = true;
        break;
      }
      Transition chosen = enabled.get(random.nextInt(enabled.size()));
      steps.add(chosen.toStep());
      state = chosen.target();
    }
    return new Behaviour("seed " + seed, initial.values(), steps, deadEnd);
  }

  /** Walks for the seeds {@code firstSeed .. firstSeed + count - 1}. */
  public List<Behaviour> walks(long firstSeed, int count, int depth) {
    List<Behaviour> behaviours = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      behaviours.add(walk(firstSeed + i, depth));
    }
    return behaviours;
  }
}

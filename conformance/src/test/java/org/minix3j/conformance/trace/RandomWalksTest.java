package org.minix3j.conformance.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomWalksTest {

  private static final int DEPTH = 25;

  @ParameterizedTest
  @ValueSource(strings = {TestModels.IPC, TestModels.PRIVILEGES})
  void aWalkIsAFunctionOfItsSeed(String modelName) {
    RandomWalks walks = new RandomWalks(TestModels.load(modelName));
    for (long seed = 0; seed < 50; seed++) {
      Behaviour first = walks.walk(seed, DEPTH);
      assertEquals(first, walks.walk(seed, DEPTH), "seed " + seed);
      assertEquals("seed " + seed, first.label());
      assertTrue(first.length() == DEPTH || first.deadEnd(), "a walk ends at the depth or a dead end");
    }
    assertNotEquals(walks.walk(1, DEPTH).steps(), walks.walk(2, DEPTH).steps());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestModels.IPC, TestModels.PRIVILEGES})
  void everyStepIsATransitionTlcComputesAfresh(String modelName) {
    SpecModel model = TestModels.load(modelName);
    for (Behaviour behaviour : new RandomWalks(model).walks(1000, 100, DEPTH)) {
      List<ModelState> states = TestModels.replayInModel(model, behaviour);
      assertEquals(behaviour.length() + 1, states.size());
      if (behaviour.deadEnd()) {
        assertTrue(model.transitionsUncached(states.getLast()).isEmpty(),
            behaviour.label() + " stops where something is enabled");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestModels.IPC, TestModels.PRIVILEGES})
  void walksCoverEveryAction(String modelName) {
    SpecModel model = TestModels.load(modelName);
    RandomWalks walks = new RandomWalks(model);
    ActionCoverage coverage = new ActionCoverage(model.actionNames());
    int needed = 0;
    while (!coverage.complete() && needed < 10_000) {
      coverage.record(walks.walk(needed, DEPTH));
      needed++;
    }
    System.out.printf("%s: walks of depth %d from seed 0 needed to cover all %d actions: %d%n",
        modelName, DEPTH, coverage.total(), needed);
    assertTrue(coverage.complete(), modelName + " actions " + coverage);
    assertEquals(modelName.equals(TestModels.IPC) ? 6 : 9, coverage.total(),
        "Ipc has 6 actions, Privileges 9");
  }
}

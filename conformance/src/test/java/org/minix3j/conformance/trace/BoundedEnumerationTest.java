package org.minix3j.conformance.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedEnumerationTest {

  /**
   * From MCPrivileges' initial state (boot privileges, no hooks) every action is enabled but
   * IrqDeliver (no hooks yet), and every (action, parameters) gives its own successor, since
   * lastOp records the actor and its arguments: ProcIpc 5 processes x 4 primitives x 5 peers =
   * 100; ProcKernelCall 5 x {SYS_GETINFO} = 5; ProcDevIo 5 x 2 ports = 10; ProcPhysCopy 5 x 2
   * regions = 10; ProcIrqCtl 5 x 2 lines = 10; ProcIrqUnhook 5 x 2 lines = 10; ProcPrivCtl over
   * p # t with t in {pm, vfs, drv} and pm, vfs having one policy and drv two: rs 4, pm 3 (vfs,
   * drv x 2), vfs 3, drv 2, usr 4 = 16; ProcPrivCtlRefused at itself or rs: rs 1, the others 2
   * each = 9. In all 170.
   */
  @Test
  void privilegesHas170BehavioursOfLengthOne() {
    BoundedEnumeration enumeration =
        new BoundedEnumeration(TestModels.load(TestModels.PRIVILEGES));
    assertEquals(1, enumeration.count(0, BoundedEnumeration.Pruning.NONE));
    assertEquals(170, enumeration.count(1, BoundedEnumeration.Pruning.NONE));
  }

  /**
   * From MCIpc's initial state (all four processes running): client 3 may send, sendrec or
   * notify to the endpoints of slots 2 and 4 (6), client 4 to slot 3's (3); client 3 receives
   * from ANY, 2 or 4 (3), client 4 from ANY or 3 (2); servers 1 and 2 receive from ANY (2);
   * server 1 notifies server 2 (1); server 2, the only mortal slot, exits (1). Nobody waits
   * for a reply and no slot is dead, so ServerReply and SlotRestart are disabled. In all 18.
   */
  @Test
  void ipcHas18BehavioursOfLengthOne() {
    BoundedEnumeration enumeration = new BoundedEnumeration(TestModels.load(TestModels.IPC));
    List<Behaviour> behaviours = enumeration.behaviours(1, BoundedEnumeration.Pruning.NONE);
    assertEquals(18, behaviours.size());
    assertEquals(18, new HashSet<>(behaviours.stream().map(b -> b.steps().getFirst()).toList())
        .size());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestModels.IPC, TestModels.PRIVILEGES})
  void allPathsAreCountedByTheRecurrenceOverSuccessors(String modelName) {
    SpecModel model = TestModels.load(modelName);
    BoundedEnumeration enumeration = new BoundedEnumeration(model);
    int maxLength = modelName.equals(TestModels.IPC) ? 4 : 2;
    for (int length = 0; length <= maxLength; length++) {
      List<Behaviour> behaviours = enumeration.behaviours(length,
          BoundedEnumeration.Pruning.NONE);
      long expected = 0;
      Map<String, Long> memo = new HashMap<>();
      for (ModelState initial : model.initialStates()) {
        expected += maximalPaths(model, initial, length, memo);
      }
      System.out.printf("%s: behaviours of length <= %d (maximal paths): %d%n", modelName,
          length, behaviours.size());
      assertEquals(expected, behaviours.size(), "length " + length);
      assertEquals(behaviours.size(), new HashSet<>(behaviours.stream()
          .map(Behaviour::steps).toList()).size(), "paths are distinct");
      for (Behaviour behaviour : behaviours) {
        assertTrue(behaviour.length() == length || behaviour.deadEnd(), behaviour.label());
      }
    }
  }

  /**
   * With pruning, the behaviours are the leaves of a breadth-first tree over the states reached
   * in fewer than k steps, each expanded once: leaves = initial states + transitions out of the
   * expanded states - expanded states with a transition.
   */
  @ParameterizedTest
  @ValueSource(strings = {TestModels.IPC, TestModels.PRIVILEGES})
  void pruningReplaysEachTransitionOfTheReachedStatesOnce(String modelName) {
    SpecModel model = TestModels.load(modelName);
    int length = 4;
    List<Behaviour> behaviours = new BoundedEnumeration(model).behaviours(length,
        BoundedEnumeration.Pruning.SEEN_STATES);
    Set<Long> reached = new HashSet<>();
    List<ModelState> layer = new ArrayList<>();
    for (ModelState initial : model.initialStates()) {
      if (reached.add(initial.fingerprint())) {
        layer.add(initial);
      }
    }
    long transitionsOut = 0;
    long expandedWithTransitions = 0;
    for (int depth = 0; depth < length; depth++) {
      List<ModelState> nextLayer = new ArrayList<>();
      for (ModelState state : layer) {
        List<Transition> transitions = model.transitionsUncached(state);
        transitionsOut += transitions.size();
        expandedWithTransitions += transitions.isEmpty() ? 0 : 1;
        for (Transition transition : transitions) {
          if (reached.add(transition.target().fingerprint())) {
            nextLayer.add(transition.target());
          }
        }
      }
      layer = nextLayer;
    }
    long expected = model.initialStates().size() + transitionsOut - expandedWithTransitions;
    System.out.printf("%s: pruned behaviours of length <= %d: %d over %d states%n", modelName,
        length, behaviours.size(), reached.size());
    assertEquals(expected, behaviours.size());
    ActionCoverage coverage = new ActionCoverage(model.actionNames());
    behaviours.forEach(coverage::record);
    assertTrue(coverage.complete(), "every action within 4 steps: " + coverage);
  }

  private static long maximalPaths(SpecModel model, ModelState state, int length,
      Map<String, Long> memo) {
    if (length == 0) {
      return 1;
    }
    String key = state.fingerprint() + "/" + length;
    Long known = memo.get(key);
    if (known != null) {
      return known;
    }
    List<Transition> transitions = model.transitionsUncached(state);
    long count = transitions.isEmpty() ? 1 : 0;
    for (Transition transition : transitions) {
      count += maximalPaths(model, transition.target(), length - 1, memo);
    }
    memo.put(key, count);
    return count;
  }
}

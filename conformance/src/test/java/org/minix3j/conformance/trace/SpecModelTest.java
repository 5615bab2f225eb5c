package org.minix3j.conformance.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpecModelTest {

  /** Each action of Ipc's Next with its operator's formal parameters. */
  private static final Map<String, List<String>> IPC_ACTIONS = ordered(
      "ProcSend", List.of("p", "e", "kind"),
      "ProcNotify", List.of("p", "e"),
      "ProcReceive", List.of("p", "src"),
      "ServerReply", List.of("r", "e"),
      "ProcExit", List.of("p"),
      "SlotRestart", List.of("s"));

  /** Each action of Privileges' Next with its operator's formal parameters. */
  private static final Map<String, List<String>> PRIVILEGES_ACTIONS = ordered(
      "ProcIpc", List.of("p", "prim", "d"),
      "ProcKernelCall", List.of("p", "k"),
      "ProcDevIo", List.of("p", "port"),
      "ProcPhysCopy", List.of("p", "r"),
      "ProcIrqCtl", List.of("p", "line"),
      "ProcIrqUnhook", List.of("p", "line"),
      "ProcPrivCtl", List.of("p", "t", "pol"),
      "ProcPrivCtlRefused", List.of("p", "t"),
      "IrqDeliver", List.of("line", "p"));

  @Test
  void ipcHasItsVariablesInDeclarationOrderAndItsSixActions() {
    SpecModel model = TestModels.load(TestModels.IPC);
    assertEquals(List.of("generation", "pstate", "call", "peer", "outbox", "queue", "pending",
        "result", "nextId", "addressedTo", "receivedBy", "deliveries", "aborted",
        "notifyCount"), model.variables());
    assertEquals(List.copyOf(IPC_ACTIONS.keySet()), model.actionNames());
    assertEquals(1, model.initialStates().size());
    assertEquals("<<\"running\", \"running\", \"running\", \"running\">>",
        model.initialStates().get(0).values().get("pstate").toString());
  }

  @Test
  void privilegesHasItsVariablesAndItsNineActions() {
    SpecModel model = TestModels.load(TestModels.PRIVILEGES);
    assertEquals(List.of("priv", "hooks", "lastOp"), model.variables());
    assertEquals(List.copyOf(PRIVILEGES_ACTIONS.keySet()), model.actionNames());
  }

  @Test
  void everyIpcStepNamesItsOperatorAndBindsAllItsParameters() {
    checkParameters(TestModels.load(TestModels.IPC), IPC_ACTIONS);
  }

  @Test
  void everyPrivilegesStepNamesItsOperatorAndBindsAllItsParameters() {
    checkParameters(TestModels.load(TestModels.PRIVILEGES), PRIVILEGES_ACTIONS);
  }

  @Test
  void literalArgumentsAreBoundToo() {
    SpecModel model = TestModels.load(TestModels.IPC);
    Set<String> kinds = new HashSet<>();
    for (Transition transition : model.transitions(model.initialStates().get(0))) {
      if (transition.action().equals("ProcSend")) {
        kinds.add(transition.toStep().parameter("kind").toString());
      }
    }
    assertEquals(Set.of("\"send\"", "\"sendrec\""), kinds);
  }

  @Test
  void loadingAgainAfterAnotherModelGivesTheSameBehaviours() {
    SpecModel ipc = TestModels.load(TestModels.IPC);
    assertSame(ipc, TestModels.load(TestModels.IPC), "loading the loaded model reuses it");
    List<Behaviour> before = new RandomWalks(ipc).walks(100, 20, 25);
    SpecModel privileges = TestModels.load(TestModels.PRIVILEGES);
    List<Behaviour> privilegeWalks = new RandomWalks(privileges).walks(100, 20, 25);
    assertThrows(IllegalStateException.class, () -> ipc.transitions(ipc.initialStates().get(0)),
        "a model replaced by another refuses to answer");
    SpecModel again = TestModels.load(TestModels.IPC);
    assertEquals(before, new RandomWalks(again).walks(100, 20, 25));
    SpecModel privilegesAgain = TestModels.load(TestModels.PRIVILEGES);
    assertEquals(privilegeWalks, new RandomWalks(privilegesAgain).walks(100, 20, 25));
  }

  /** Over the states of 300 walks, every transition has a known name and exactly its formals. */
  private static void checkParameters(SpecModel model, Map<String, List<String>> formals) {
    Set<String> seen = new HashSet<>();
    int transitions = 0;
    for (Behaviour behaviour : new RandomWalks(model).walks(0, 300, 25)) {
      for (ModelState state : TestModels.replayInModel(model, behaviour)) {
        for (Transition transition : model.transitions(state)) {
          List<String> expected = formals.get(transition.action());
          assertTrue(expected != null, "unknown action " + transition.action());
          assertEquals(expected, List.copyOf(transition.parameters().keySet()),
              transition.action() + " parameters");
          seen.add(transition.action());
          transitions++;
        }
      }
    }
    assertEquals(formals.keySet(), seen, "every action of Next appears with its parameters");
    assertTrue(transitions > 1000, "checked " + transitions + " transitions");
  }

  private static Map<String, List<String>> ordered(Object... nameThenFormals) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < nameThenFormals.length; i += 2) {
      List<String> names = ((List<?>) nameThenFormals[i + 1]).stream()
          .map(String::valueOf).toList();
      map.put((String) nameThenFormals[i], names);
    }
    return map;
  }
}

package org.minix3j.conformance.trace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The repository's CI models for the tests: the root comes from the system property {@code
 * minix3j.root} (set by the build), else the nearest folder above the working directory that
 * holds {@code model/manifest.tsv}.
 */
final class TestModels {

  static final String IPC = "MCIpc";
  static final String PRIVILEGES = "MCPrivileges";

  private TestModels() {}

  static Path root() {
    String property = System.getProperty("minix3j.root");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    for (@Nullable Path folder = Path.of("").toAbsolutePath(); folder != null;
        folder = folder.getParent()) {
      if (Files.isRegularFile(folder.resolve("model").resolve("manifest.tsv"))) {
        return folder;
      }
    }
    throw new IllegalStateException("cannot find the repository root; set -Dminix3j.root=ROOT");
  }

  /** The model, loaded (or the loaded one, when it is already). */
  static SpecModel load(String name) {
    return SpecModel.load(root(), name);
  }

  /**
   * The states a behaviour goes through, as the model's states: each step is matched against
   * the transitions TLC computes afresh (no cache) from the state before it. Fails, naming the
   * step, when a step is not one of them.
   */
  static List<ModelState> replayInModel(SpecModel model, Behaviour behaviour) {
    ModelState state = model.initialStates().stream()
        .filter(initial -> initial.values().equals(behaviour.initial()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not an initial state: " + behaviour.initial()));
    List<ModelState> states = new ArrayList<>();
    states.add(state);
    for (int i = 0; i < behaviour.length(); i++) {
      Step step = behaviour.steps().get(i);
      state = successorMatching(model, state, step, behaviour.label(), i + 1);
      states.add(state);
    }
    return states;
  }

  private static ModelState successorMatching(SpecModel model, ModelState state, Step step,
      String label, int number) {
    for (Transition transition : model.transitionsUncached(state)) {
      if (transition.action().equals(step.action())
          && transition.parameters().equals(step.parameters())
          && transition.target().values().equals(step.after())) {
        return transition.target();
      }
    }
    throw new AssertionError(label + " step " + number + " (" + step.label()
        + ") is not a transition of the model from\n" + state.values());
  }
}

package org.minix3j.conformance.trace;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.semantic.OpDeclNode;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.impl.FastTool;
import tlc2.util.FP64;
import util.SimpleFilenameToStream;
import util.UniqueString;
import util.ToolIO;

/**
 * A TLC model ({@code model/MCx.tla} + {@code .cfg}, extending a specification in {@code
 * spec/}) loaded in this JVM, as the generators need it: the specification's variables in
 * declaration order, the names of the actions of its next-state relation, the initial states,
 * and the enabled transitions (action, parameters, successor) of any state.
 *
 * <p>One model at a time: TLC keeps the loaded specification in static state (the state
 * class's variable table, the interned names and their variable and definition slots), so
 * loading a model makes every earlier {@code SpecModel} and its {@link ModelState}s unusable; their methods
 * then fail with an {@link IllegalStateException} rather than answer for the wrong model.
 * {@link #load} is safe to call any number of times, for the same or other models: loading the
 * model that is already loaded returns it (with its caches), loading another replaces it. Not
 * for concurrent use from several threads.
 *
 * <p>Transitions are cached per state fingerprint (up to {@link #CACHED_STATES} states), since
 * random walks and enumerations come back to the same states many times.
 */
public final class SpecModel {

  /** How many states' transitions are kept; beyond this, transitions are computed anew. */
  public static final int CACHED_STATES = 300_000;

  private static final Object LOADING = new Object();
  private static @Nullable SpecModel loaded;
  private static boolean fingerprintsInitialised;

  private final String name;
  private final Path modelDirectory;
  private final Path specDirectory;
  private final FastTool tool;
  private final ActionSplitter splitter;
  private final List<OpDeclNode> variableDeclarations;
  private final List<String> variables;
  private final List<String> actionNames;
  private final List<ModelState> initialStates;
  private final Map<Long, List<Transition>> transitionCache = new HashMap<>();
  private final Map<Long, ModelState> stateCache = new HashMap<>();

  private SpecModel(String name, Path modelDirectory, Path specDirectory, FastTool tool) {
    this.name = name;
    this.modelDirectory = modelDirectory;
    this.specDirectory = specDirectory;
    this.tool = tool;
    this.splitter = new ActionSplitter(tool);
    this.variableDeclarations = inDeclarationOrder(tool.getRootModule().getVariableDecls());
    this.variables = variableDeclarations.stream().map(v -> v.getName().toString()).toList();
    this.actionNames = splitter.actionNames();
    List<ModelState> initial = new ArrayList<>();
    StateVec states = tool.getInitStates();
    for (int i = 0; i < states.size(); i++) {
      initial.add(canonical(stateCache, variableDeclarations, states.elementAt(i)));
    }
    this.initialStates = List.copyOf(initial);
  }

  /** SANY lists variables in no particular order; the source location gives theirs. */
  private static List<OpDeclNode> inDeclarationOrder(OpDeclNode[] declarations) {
    return Stream.of(declarations)
        .sorted(Comparator.comparing((OpDeclNode v) -> v.getLocation().source())
            .thenComparingInt(v -> v.getLocation().beginLine())
            .thenComparingInt(v -> v.getLocation().beginColumn()))
        .toList();
  }

  /** Loads model {@code modelName} of the repository at {@code root} (its model/ and spec/). */
  public static SpecModel load(Path root, String modelName) {
    return load(root.resolve("model"), root.resolve("spec"), modelName);
  }

  /**
   * Loads {@code modelName}.tla and {@code modelName}.cfg from {@code modelDirectory}; the
   * modules they extend are looked up there and in {@code specDirectory}.
   */
  public static SpecModel load(Path modelDirectory, Path specDirectory, String modelName) {
    Path models = modelDirectory.toAbsolutePath().normalize();
    Path specs = specDirectory.toAbsolutePath().normalize();
    for (String file : List.of(modelName + ".tla", modelName + ".cfg")) {
      if (!Files.isRegularFile(models.resolve(file))) {
        throw new IllegalArgumentException("no model file " + models.resolve(file));
      }
    }
    synchronized (LOADING) {
      SpecModel current = loaded;
      if (current != null && current.name.equals(modelName)
          && current.modelDirectory.equals(models) && current.specDirectory.equals(specs)) {
        return current;
      }
      loaded = null;
      if (!fingerprintsInitialised) {
        FP64.Init();
        fingerprintsInitialised = true;
      } else {
        forgetDefinitionSlots();
      }
      PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
      PrintStream out = ToolIO.out;
      ToolIO.out = quiet;
      try {
        FastTool tool = new FastTool(models.toString(), modelName, modelName,
            new SimpleFilenameToStream(new String[] {models.toString(), specs.toString()}));
        SpecModel model = new SpecModel(modelName, models, specs, tool);
        loaded = model;
        return model;
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("cannot load the model " + modelName + " from "
            + models + " and " + specs + ": " + e.getMessage(), e);
      } finally {
        ToolIO.out = out;
      }
    }
  }

  /**
   * TLC numbers each definition and variable once, on the interned name itself (one global
   * table), and a new tool numbers from 0 again: a name numbered by an earlier model would share
   * its slot with a new name. Clearing every name's number before loading makes the new tool
   * number everything afresh. (Resetting the intern table instead would orphan the names TLC
   * keeps in static fields, such as the built-in operators.)
   */
  private static void forgetDefinitionSlots() {
    for (UniqueString name : UniqueString.internTbl.toMap().values()) {
      name.setLoc(-1);
    }
  }

  /** The model's name, e.g. {@code MCIpc}. */
  public String name() {
    return name;
  }

  /** The specification's variables, in declaration order. */
  public List<String> variables() {
    return variables;
  }

  /** The names of the actions of the next-state relation, in order of appearance. */
  public List<String> actionNames() {
    return actionNames;
  }

  public List<ModelState> initialStates() {
    checkLoaded();
    return initialStates;
  }

  /**
   * The enabled transitions of {@code state}: one per concrete action and distinct successor
   * (an action with several successors gives several), in the order of the next-state
   * relation. Empty when nothing is enabled. Cached per state.
   */
  public List<Transition> transitions(ModelState state) {
    checkLoaded();
    List<Transition> cached = transitionCache.get(state.fingerprint());
    if (cached != null) {
      return cached;
    }
    List<Transition> transitions = computeTransitions(state);
    if (transitionCache.size() < CACHED_STATES) {
      transitionCache.put(state.fingerprint(), transitions);
    }
    return transitions;
  }

  /** The same as {@link #transitions}, computed anew by TLC without looking at the cache. */
  public List<Transition> transitionsUncached(ModelState state) {
    checkLoaded();
    return computeTransitions(state);
  }

  /** How many states' transitions are cached now. */
  public int cachedStates() {
    return transitionCache.size();
  }

  private List<Transition> computeTransitions(ModelState state) {
    List<Transition> transitions = new ArrayList<>();
    for (ConcreteAction action : splitter.split(state.tlcState())) {
      StateVec successors;
      try {
        successors = tool.getNextStates(action.action(), state.tlcState());
      } catch (RuntimeException e) {
        throw new IllegalStateException("TLC failed on " + action.name() + " "
            + action.parameters() + ": " + e.getMessage(), e);
      }
      Set<Long> seen = new HashSet<>();
      for (int i = 0; i < successors.size(); i++) {
        TLCState successor = successors.elementAt(i);
        if (!successor.allAssigned()) {
          throw new IllegalStateException(action.name() + " " + action.parameters()
              + " leaves variables unassigned: " + successor.getUnassigned());
        }
        if (!tool.isInModel(successor) || !tool.isInActions(state.tlcState(), successor)) {
          continue;
        }
        ModelState target = canonical(stateCache, variableDeclarations, successor);
        if (seen.add(target.fingerprint())) {
          transitions.add(new Transition(action.name(), action.parameters(), target));
        }
      }
    }
    return List.copyOf(transitions);
  }

  /** One ModelState per fingerprint while the cache has room, so values convert once. */
  private static ModelState canonical(Map<Long, ModelState> cache,
      List<OpDeclNode> variables, TLCState tlcState) {
    ModelState state = new ModelState(tlcState, variables);
    ModelState known = cache.get(state.fingerprint());
    if (known != null) {
      return known;
    }
    if (cache.size() < CACHED_STATES) {
      cache.put(state.fingerprint(), state);
    }
    return state;
  }

  private void checkLoaded() {
    if (loaded != this) {
      throw new IllegalStateException("the model " + name + " is no longer loaded: TLC holds "
          + "one model at a time, and another was loaded since; load " + name + " again");
    }
  }

  @Override
  public String toString() {
    return name + " (" + modelDirectory + ")";
  }
}

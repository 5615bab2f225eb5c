package org.minix3j.conformance.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedMap;
import java.util.SequencedSet;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.semantic.ExprNode;
import tla2sany.semantic.ExprOrOpArgNode;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.LetInNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SemanticNode;
import tla2sany.semantic.SymbolNode;
import tlc2.tool.Action;
import tlc2.tool.BuiltInOPs;
import tlc2.tool.EvalControl;
import tlc2.tool.IContextEnumerator;
import tlc2.tool.TLCState;
import tlc2.tool.ToolGlobals;
import tlc2.tool.impl.Tool;
import tlc2.util.Context;

/**
 * Splits the next-state relation into concrete actions, in a given state: each names the
 * operator applied (e.g. {@code ProcSend}) and binds all its formal parameters (e.g. {@code
 * p=3, e=2, kind="send"}).
 *
 * <p>TLC's own split ({@code Tool.getActions}) stops at the first {@code \E} whose bound
 * depends on the state ({@code \E e \in PeerEndpoints(p)}, where the endpoints a process knows
 * depend on the generations), leaving one action named {@code Next} with the parameters
 * unbound. This class makes the same walk but in the state at hand, so every such {@code \E}
 * can be enumerated: it goes through disjunctions ({@code \/}), bounded {@code \E} (binding
 * each value of the bound, evaluated in the state), {@code LET} bodies, and applications of
 * user-defined operators whose arguments are not actions (evaluating the arguments in the state
 * and binding the operator's formal parameters, as TLC does; a literal argument such as {@code
 * "send"} is bound like any other). The walk ends at anything else (a conjunction, an {@code
 * IF}, a primed equation): that is the concrete action, named after the innermost operator
 * entered, with that operator's formal parameters and any {@code \E} variables bound inside its
 * body as parameters. The same walk without a state ({@link #actionNames}) lists the names of
 * every action of the relation.
 */
final class ActionSplitter {

  private final Tool tool;
  private final Action next;

  ActionSplitter(Tool tool) {
    this.tool = tool;
    this.next = tool.getNextStateSpec();
  }

  /** The operator names of the actions of the next-state relation, in order of appearance. */
  List<String> actionNames() {
    SequencedSet<String> names = new LinkedHashSet<>();
    collectNames(next.pred, next.con, null, names);
    return List.copyOf(names);
  }

  /** The concrete actions of the next-state relation in {@code state}. */
  List<ConcreteAction> split(TLCState state) {
    List<ConcreteAction> actions = new ArrayList<>();
    walk(next.pred, next.con, null, List.of(), state, actions);
    return actions;
  }

  private void walk(SemanticNode node, Context context, @Nullable OpDefNode enclosing,
      List<FormalParamNode> boundInside, TLCState state, List<ConcreteAction> actions) {
    if (node instanceof LetInNode let) {
      walk(let.getBody(), context, enclosing, boundInside, state, actions);
      return;
    }
    if (node instanceof OpApplNode application) {
      OpDefNode definition = enterableDefinition(application, context);
      if (definition != null) {
        Context inside = bindArguments(application, definition, context, state);
        walk(definition.getBody(), inside, definition, List.of(), state, actions);
        return;
      }
      switch (opcode(application)) {
        case ToolGlobals.OPCODE_dl, ToolGlobals.OPCODE_lor -> {
          for (ExprOrOpArgNode disjunct : application.getArgs()) {
            walk(disjunct, context, enclosing, boundInside, state, actions);
          }
          return;
        }
        case ToolGlobals.OPCODE_be -> {
          List<FormalParamNode> bound = new ArrayList<>(boundInside);
          for (FormalParamNode[] symbols : application.getBdedQuantSymbolLists()) {
            bound.addAll(List.of(symbols));
          }
          IContextEnumerator bindings =
              tool.contexts(application, context, state, TLCState.Empty, EvalControl.Clear);
          for (Context binding = bindings.nextElement(); binding != null;
              binding = bindings.nextElement()) {
            walk(application.getArgs()[0], binding, enclosing, bound, state, actions);
          }
          return;
        }
        default -> {
          // a leaf: fall through
        }
      }
    }
    actions.add(leaf(node, context, enclosing, boundInside));
  }

  private ConcreteAction leaf(SemanticNode node, Context context, @Nullable OpDefNode enclosing,
      List<FormalParamNode> boundInside) {
    SequencedMap<String, TlaValue> parameters = new LinkedHashMap<>();
    List<FormalParamNode> symbols = new ArrayList<>();
    if (enclosing != null) {
      symbols.addAll(List.of(enclosing.getParams()));
    }
    symbols.addAll(boundInside);
    for (FormalParamNode symbol : symbols) {
      Object value = context.lookup(symbol);
      if (!(value instanceof tlc2.value.IValue bound)) {
        throw new IllegalStateException("parameter " + symbol.getName() + " of "
            + name(enclosing) + " has no value (" + value + ") at " + node.getLocation());
      }
      parameters.put(symbol.getName().toString(), TlcValues.toJava(bound));
    }
    Action action = enclosing == null ? new Action(node, context) : new Action(node, context,
        enclosing);
    return new ConcreteAction(name(enclosing), parameters, action);
  }

  private String name(@Nullable OpDefNode enclosing) {
    if (enclosing != null) {
      return enclosing.getName().toString();
    }
    OpDefNode nextDefinition = next.getOpDef();
    return nextDefinition == null ? "Next" : nextDefinition.getName().toString();
  }

  /**
   * The definition of a user-defined operator applied here whose body the walk may enter: its
   * arguments are expressions of at most state level (not actions, not operators).
   */
  private @Nullable OpDefNode enterableDefinition(OpApplNode application, Context context) {
    SymbolNode operator = application.getOperator();
    if (BuiltInOPs.getOpCode(operator.getName()) != 0) {
      return null;
    }
    Object definition = tool.lookup(operator, context, false);
    if (!(definition instanceof OpDefNode userDefined)
        || BuiltInOPs.getOpCode(userDefined.getName()) != 0
        || userDefined.getBody() == null
        || userDefined.getInRecursive()) {
      return null;
    }
    for (ExprOrOpArgNode argument : application.getArgs()) {
      if (!(argument instanceof ExprNode expression) || expression.getLevel() > 1) {
        return null;
      }
    }
    return userDefined;
  }

  private Context bindArguments(OpApplNode application, OpDefNode definition, Context context,
      TLCState state) {
    FormalParamNode[] formals = definition.getParams();
    ExprOrOpArgNode[] arguments = application.getArgs();
    Context inside = context;
    for (int i = 0; i < arguments.length; i++) {
      inside = inside.cons(formals[i], tool.eval(arguments[i], context, state));
    }
    return inside;
  }

  private void collectNames(SemanticNode node, Context context, @Nullable OpDefNode enclosing,
      SequencedSet<String> names) {
    if (node instanceof LetInNode let) {
      collectNames(let.getBody(), context, enclosing, names);
      return;
    }
    if (node instanceof OpApplNode application) {
      OpDefNode definition = enterableDefinition(application, context);
      if (definition != null) {
        collectNames(definition.getBody(), context, definition, names);
        return;
      }
      switch (opcode(application)) {
        case ToolGlobals.OPCODE_dl, ToolGlobals.OPCODE_lor -> {
          for (ExprOrOpArgNode disjunct : application.getArgs()) {
            collectNames(disjunct, context, enclosing, names);
          }
          return;
        }
        case ToolGlobals.OPCODE_be -> {
          collectNames(application.getArgs()[0], context, enclosing, names);
          return;
        }
        default -> {
          // a leaf: fall through
        }
      }
    }
    names.add(name(enclosing));
  }

  private static int opcode(OpApplNode application) {
    return BuiltInOPs.getOpCode(application.getOperator().getName());
  }
}

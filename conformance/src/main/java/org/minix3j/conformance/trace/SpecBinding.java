package org.minix3j.conformance.trace;

import java.util.List;
import java.util.Set;

/**
 * The implementation side of a conformance replay: puts the system in a specification state,
 * performs a specification step on it, and reads the specification's variables back from the
 * system's real state (the abstraction function). The kernel implements one binding per
 * specification (Ipc, Privileges) with puppet processes.
 *
 * <p>Values pass through as the specification has them: an endpoint is the specification's
 * integer ({@code generation * (max slot + 1) + slot}, {@code ANY = -1}, {@code NONE = -2}),
 * and mapping it to the kernel's encoding is the binding's business.
 *
 * <p>Usual order, per behaviour: {@link #reset}, then for each step {@link #perform} and
 * {@link #observe}; the {@link Replayer} compares what {@code observe} returns with the
 * specification's state, after the reset and after every step.
 */
public interface SpecBinding {

  /** Starts afresh in the state {@code initial} describes (a new system, new puppets). */
  void reset(SpecState initial) throws BindingException;

  /**
   * Performs {@code step} (its action with its parameters) in the state {@code before}, the
   * specification's state before the step.
   */
  void perform(SpecState before, Step step) throws BindingException;

  /** The specification's variables computed from the system's real state. */
  SpecState observe() throws BindingException;

  /**
   * Whether the implementation is at rest after a step into {@code after}, so that its state
   * can be compared with it. An implementation may take several of the specification's steps in
   * one go (a server's response to a message, say); then the specification's states between
   * them have no counterpart, and only the state after the last of them is compared. Always,
   * by default.
   */
  default boolean settled(SpecState after) {
    return true;
  }

  /**
   * The variables this binding abstracts, among the specification's; only these are compared.
   * All of them by default; a binding that cannot compute some (say, history variables) names
   * the others.
   */
  default Set<String> comparedVariables(List<String> specVariables) {
    return Set.copyOf(specVariables);
  }
}

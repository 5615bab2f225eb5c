package org.minix3j.conformance.trace;

/**
 * A binding could not reset, perform a step or observe (the system refused or failed); the
 * replay reports it as a divergence at that step.
 */
public class BindingException extends Exception {
  private static final long serialVersionUID = 1L;

  public BindingException(String message) {
    super(message);
  }

  public BindingException(String message, Throwable cause) {
    super(message, cause);
  }
}

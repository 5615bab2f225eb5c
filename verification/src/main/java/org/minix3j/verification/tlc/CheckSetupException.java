package org.minix3j.verification.tlc;

/**
 * A problem that stops {@code check} before or outside model checking: a malformed manifest,
 * a missing model file, an unknown model name, a repository root that cannot be found. The
 * message is written for the user and says what to fix.
 */
public final class CheckSetupException extends Exception {
  private static final long serialVersionUID = 1L;

  public CheckSetupException(String message) {
    super(message);
  }

  public CheckSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}

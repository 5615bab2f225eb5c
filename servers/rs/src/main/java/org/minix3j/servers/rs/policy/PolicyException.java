package org.minix3j.servers.rs.policy;

/**
 * A policy file that cannot be used: the message names the file, the line and what is wrong
 * ({@code system.conf:12: unknown kernel call SYS_FROB}).
 */
public final class PolicyException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;

  public PolicyException(String source, int line, String detail) {
    super(source + ":" + line + ": " + detail);
    this.line = line;
  }

  /** The line (from 1) where the problem is. */
  public int line() {
    return line;
  }
}

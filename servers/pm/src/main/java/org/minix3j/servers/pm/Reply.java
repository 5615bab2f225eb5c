package org.minix3j.servers.pm;

/**
 * What a call handler tells the main loop: send a reply with this result (the payload words
 * are already in the reply message), or send nothing now.
 *
 * @param result the reply's type: a value not negative or a negative Errno wire value
 * @param sends whether the main loop sends the reply
 */
public record Reply(int result, boolean sends) {
  /** The caller waits in PM (wait, pause, sigsuspend, nanosleep); PM answers it later. */
  public static final Reply DEFERRED = new Reply(0, false);

  /** The caller is gone (exit, reboot): nobody to answer. */
  public static final Reply NONE = new Reply(0, false);

  /** A reply with {@code result}. */
  public static Reply of(int result) {
    return new Reply(result, true);
  }

  /** Success (0). */
  public static Reply ok() {
    return of(0);
  }
}

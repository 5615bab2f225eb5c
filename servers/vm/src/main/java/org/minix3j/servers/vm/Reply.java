package org.minix3j.servers.vm;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;

/**
 * VM's answer to one request: the result (0 or a negative {@link Errno} wire value) that becomes
 * the reply's type, and up to four payload words. VM never suspends a call, so every request
 * gets exactly one reply.
 */
public final class Reply {
  private final int result;
  private final int[] words;

  private Reply(int result, int[] words) {
    this.result = result;
    this.words = words.clone();
  }

  /** Success with {@code words} as payload words 0, 1, ... */
  public static Reply ok(int... words) {
    return new Reply(Errno.OK_VALUE, words);
  }

  /** Failure {@code errno}, with {@code words} as payload (for example the unchanged break). */
  public static Reply error(Errno errno, int... words) {
    return new Reply(errno.wireValue(), words);
  }

  /** A result that is already a wire value (0 or negative). */
  public static Reply of(int result) {
    return new Reply(result, new int[0]);
  }

  public int result() {
    return result;
  }

  /** Payload word {@code index}, 0 beyond those given. */
  public int word(int index) {
    return index < words.length ? words[index] : 0;
  }

  /** Overwrites {@code message} with this reply. */
  public void writeTo(Message message) {
    message.clear();
    message.setType(result);
    for (int i = 0; i < words.length; i++) {
      message.setPayload(i, words[i]);
    }
  }

  @Override
  public String toString() {
    return "Reply[" + result + "]";
  }
}

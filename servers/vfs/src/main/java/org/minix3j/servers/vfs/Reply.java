package org.minix3j.servers.vfs;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;

/**
 * What a handler answers: the result (the reply's type) and up to fourteen payload words, or
 * {@link #DEFERRED} when the caller stays suspended and is answered later.
 */
final class Reply {
  /** The call suspended; the caller is answered when it is revived or cancelled. */
  static final Reply DEFERRED = new Reply(0, new int[0], true);

  private final int result;
  private final int[] words;
  private final boolean deferred;

  private Reply(int result, int[] words, boolean deferred) {
    this.result = result;
    this.words = words;
    this.deferred = deferred;
  }

  static Reply of(int result, int... words) {
    return new Reply(result, words.clone(), false);
  }

  static Reply ok() {
    return of(Errno.OK_VALUE);
  }

  static Reply error(Errno errno) {
    return of(errno.wireValue());
  }

  boolean deferred() {
    return deferred;
  }

  int result() {
    return result;
  }

  /** The reply as a message. */
  Message toMessage() {
    Message message = Message.of(result);
    for (int i = 0; i < words.length; i++) {
      message.setPayload(i, words[i]);
    }
    return message;
  }
}

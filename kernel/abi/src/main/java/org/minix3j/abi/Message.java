package org.minix3j.abi;

/**
 * A mutable {@link MessageLayout#SIZE}-byte IPC message as a Java system process holds it: the
 * source endpoint (stamped by the kernel on delivery), the type, and {@link
 * MessageLayout#PAYLOAD_WORDS} payload words.
 *
 * <p>A process keeps a few messages and reuses them: {@link SystemCalls} copies the words into
 * the kernel at a send and out of it when a receive completes, so the kernel never holds a
 * reference to a process's message.
 */
public final class Message {
  /** Words in a message: source, type, payload. */
  public static final int WORDS = MessageLayout.SIZE / Integer.BYTES;

  private static final int FIRST_PAYLOAD_WORD = MessageLayout.PAYLOAD_OFFSET / Integer.BYTES;

  private final int[] words = new int[WORDS];

  /** An empty message (every word zero). */
  public Message() {}

  /** A message of type {@code type} with the given leading payload words. */
  public static Message of(int type, int... payload) {
    Message message = new Message();
    message.setType(type);
    for (int i = 0; i < payload.length; i++) {
      message.setPayload(i, payload[i]);
    }
    return message;
  }

  /** The sender's endpoint, as the kernel stamped it on delivery. */
  public int source() {
    return words[0];
  }

  public int type() {
    return words[1];
  }

  public Message setType(int type) {
    words[1] = type;
    return this;
  }

  /** Payload word {@code index} (0..{@link MessageLayout#PAYLOAD_WORDS}-1). */
  public int payload(int index) {
    return words[FIRST_PAYLOAD_WORD + checkIndex(index)];
  }

  public Message setPayload(int index, int value) {
    words[FIRST_PAYLOAD_WORD + checkIndex(index)] = value;
    return this;
  }

  /** Whether this is a notification (built by the kernel, not sent by a process). */
  public boolean isNotification() {
    return words[1] == Notification.TYPE;
  }

  /** Zeroes every word. */
  public void clear() {
    java.util.Arrays.fill(words, 0);
  }

  /** Copies the 16 words into {@code target} (for the kernel's copy-in). */
  public void copyTo(int[] target) {
    System.arraycopy(words, 0, target, 0, WORDS);
  }

  /** Replaces the 16 words with {@code source}'s (for the kernel's copy-out). */
  public void copyFrom(int[] source) {
    System.arraycopy(source, 0, words, 0, WORDS);
  }

  private static int checkIndex(int index) {
    if (index < 0 || index >= MessageLayout.PAYLOAD_WORDS) {
      throw new IndexOutOfBoundsException("payload word " + index + " of " + MessageLayout.PAYLOAD_WORDS);
    }
    return index;
  }

  @Override
  public String toString() {
    return "Message[source=" + Endpoint.describe(source()) + ", type=" + type() + "]";
  }
}

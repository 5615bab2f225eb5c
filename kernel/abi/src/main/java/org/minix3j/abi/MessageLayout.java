package org.minix3j.abi;

/**
 * The fixed layout of an IPC message, in the caller's memory and in the kernel's copies.
 *
 * <p>Every message is {@link #SIZE} bytes, little-endian: the source endpoint (filled in by
 * the kernel on delivery, whatever the sender wrote), the message type (a call number, a reply
 * status or a notification type), then {@link #PAYLOAD_WORDS} 32-bit payload words whose
 * meaning each call defines. Messages are never longer; larger data moves by grant.
 */
public final class MessageLayout {
  /** Total size of a message in bytes. */
  public static final int SIZE = 64;

  /** Byte offset of the source endpoint. */
  public static final int SOURCE_OFFSET = 0;

  /** Byte offset of the message type. */
  public static final int TYPE_OFFSET = 4;

  /** Byte offset of the first payload word. */
  public static final int PAYLOAD_OFFSET = 8;

  /** Number of 32-bit payload words. */
  public static final int PAYLOAD_WORDS = (SIZE - PAYLOAD_OFFSET) / Integer.BYTES;

  private MessageLayout() {}

  /** Byte offset of payload word {@code index}. */
  public static int payloadOffset(int index) {
    if (index < 0 || index >= PAYLOAD_WORDS) {
      throw new IndexOutOfBoundsException("payload word " + index + " of " + PAYLOAD_WORDS);
    }
    return PAYLOAD_OFFSET + index * Integer.BYTES;
  }
}

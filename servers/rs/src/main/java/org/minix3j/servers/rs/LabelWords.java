package org.minix3j.servers.rs;

import java.nio.charset.StandardCharsets;
import org.minix3j.abi.Message;

/**
 * A label in four payload words ({@link #BYTES} bytes, NUL-padded, little-endian as a C {@code
 * char[16]} over the message on i386), as RsCalls carries it so user programs need no grant.
 */
final class LabelWords {
  static final int BYTES = 16;

  private LabelWords() {}

  /** Puts {@code label} (at most 16 bytes) in words {@code first..first+3}. */
  static void put(Message message, int first, String label) {
    byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
    for (int word = 0; word < BYTES / 4; word++) {
      int value = 0;
      for (int b = 0; b < 4; b++) {
        int index = word * 4 + b;
        value |= (index < bytes.length ? bytes[index] & 0xFF : 0) << (8 * b);
      }
      message.setPayload(first + word, value);
    }
  }

  /** The label in words {@code first..first+3}, up to the first NUL. */
  static String get(Message message, int first) {
    byte[] bytes = new byte[BYTES];
    int length = 0;
    for (int word = 0; word < BYTES / 4; word++) {
      int value = message.payload(first + word);
      for (int b = 0; b < 4; b++) {
        bytes[word * 4 + b] = (byte) (value >>> (8 * b));
      }
    }
    while (length < BYTES && bytes[length] != 0) {
      length++;
    }
    return new String(bytes, 0, length, StandardCharsets.US_ASCII);
  }
}

package org.minix3j.servers.pm.misc;

import java.nio.charset.StandardCharsets;
import org.minix3j.abi.Message;

/**
 * A program name of up to 16 bytes packed into four payload words, NUL-padded, byte 0 in the
 * low byte of the first word (the C side's {@code char name[16]} over the words).
 */
public final class ProcessNames {
  /** Bytes of a packed name. */
  public static final int LENGTH = 16;

  private ProcessNames() {}

  /** The name in words {@code first}..{@code first}+3 of {@code message}, up to its first NUL. */
  public static String unpack(Message message, int first) {
    byte[] bytes = new byte[LENGTH];
    int length = 0;
    for (int i = 0; i < LENGTH; i++) {
      int value = (message.payload(first + i / 4) >>> (8 * (i % 4))) & 0xFF;
      if (value == 0) {
        break;
      }
      bytes[length++] = (byte) value;
    }
    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }

  /** Packs {@code name} (cut to 15 bytes, so a NUL always ends it) into words from {@code first}. */
  public static void pack(String name, Message message, int first) {
    byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
    for (int word = 0; word < LENGTH / 4; word++) {
      int value = 0;
      for (int b = 0; b < 4; b++) {
        int index = word * 4 + b;
        if (index < bytes.length && index < LENGTH - 1) {
          value |= (bytes[index] & 0xFF) << (8 * b);
        }
      }
      message.setPayload(first + word, value);
    }
  }
}

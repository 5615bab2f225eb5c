package org.minix3j.servers.vm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Exec frames as the C library builds them: argc, argv offsets, 0, envp offsets, 0, strings. */
final class FrameBuilder {
  private FrameBuilder() {}

  static byte[] frame(List<String> arguments, List<String> environment) {
    int pointers = 4 * (1 + arguments.size() + 1 + environment.size() + 1);
    ByteArrayOutputStream strings = new ByteArrayOutputStream();
    int[] words = new int[pointers / 4];
    words[0] = arguments.size();
    int index = 1;
    for (String argument : arguments) {
      words[index++] = pointers + strings.size();
      strings.writeBytes(argument.getBytes(StandardCharsets.US_ASCII));
      strings.write(0);
    }
    words[index++] = 0;
    for (String variable : environment) {
      words[index++] = pointers + strings.size();
      strings.writeBytes(variable.getBytes(StandardCharsets.US_ASCII));
      strings.write(0);
    }
    words[index] = 0;
    byte[] frame = new byte[pointers + strings.size()];
    for (int i = 0; i < words.length; i++) {
      putWord(frame, i * 4, words[i]);
    }
    System.arraycopy(strings.toByteArray(), 0, frame, pointers, strings.size());
    return frame;
  }

  static void putWord(byte[] bytes, int at, int value) {
    bytes[at] = (byte) value;
    bytes[at + 1] = (byte) (value >>> 8);
    bytes[at + 2] = (byte) (value >>> 16);
    bytes[at + 3] = (byte) (value >>> 24);
  }
}

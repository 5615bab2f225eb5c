package org.minix3j.verification.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TLC's tool-mode output, where every message is framed as {@code @!@!@STARTMSG
 * code:class @!@!@} ... {@code @!@!@ENDMSG code @!@!@}, and picks out the messages of the
 * error and bug classes: those explain why TLC could not check a model. Text outside any
 * frame (SANY's parse errors) is kept too when no framed error exists.
 */
final class TlcLog {

  private static final Pattern START =
      Pattern.compile("@!@!@STARTMSG (\\d+):(\\d+) @!@!@");
  private static final Pattern END = Pattern.compile("@!@!@ENDMSG (\\d+) @!@!@");
  private static final int ERROR_CLASS = 1;
  private static final int BUG_CLASS = 2;
  private static final int UNFRAMED_LINES_KEPT = 30;

  private TlcLog() {}

  /** The error messages in {@code log}, each as TLC worded it (framing removed). */
  static List<String> errors(String log) {
    List<String> errors = new ArrayList<>();
    List<String> unframed = new ArrayList<>();
    boolean inFrame = false;
    StringBuilder message = new StringBuilder();
    boolean keeping = false;
    for (String line : log.split("\r?\n", -1)) {
      Matcher start = START.matcher(line);
      if (start.matches()) {
        String classText = start.group(2);
        int messageClass = classText == null ? ERROR_CLASS : Integer.parseInt(classText);
        inFrame = true;
        keeping = messageClass == ERROR_CLASS || messageClass == BUG_CLASS;
        message.setLength(0);
      } else if (END.matcher(line).matches()) {
        if (keeping) {
          errors.add(message.toString().strip());
        }
        inFrame = false;
        keeping = false;
      } else if (inFrame) {
        if (keeping) {
          message.append(line).append('\n');
        }
      } else if (!line.isBlank()) {
        unframed.add(line);
      }
    }
    if (errors.isEmpty()) {
      List<String> meaningful = unframed.stream()
          .filter(line -> !line.startsWith("Parsing file ") && !line.startsWith("Semantic processing"))
          .toList();
      if (!meaningful.isEmpty()) {
        int from = Math.max(0, meaningful.size() - UNFRAMED_LINES_KEPT);
        errors.add(String.join("\n", meaningful.subList(from, meaningful.size())));
      }
    }
    return errors;
  }
}

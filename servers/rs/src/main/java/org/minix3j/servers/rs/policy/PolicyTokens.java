package org.minix3j.servers.rs.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a policy file with their line numbers: the two braces and {@code ;} are
 * words of their own, {@code #} starts a comment to the end of the line, anything else up to
 * white space or one of those is a word.
 */
final class PolicyTokens {
  /** One word and the line it is on. */
  record Token(String text, int line) {
    boolean is(String word) {
      return text.equals(word);
    }
  }

  private final List<Token> tokens = new ArrayList<>();
  private final String source;
  private final int lastLine;
  private int next;

  PolicyTokens(String source, String text) {
    this.source = source;
    int line = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '#') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '{' || c == '}' || c == ';') {
        tokens.add(new Token(String.valueOf(c), line));
        i++;
      } else {
        int start = i;
        while (i < text.length() && !isBreak(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(text.substring(start, i), line));
      }
    }
    lastLine = line;
  }

  private static boolean isBreak(char c) {
    return Character.isWhitespace(c) || c == '{' || c == '}' || c == ';' || c == '#';
  }

  boolean atEnd() {
    return next >= tokens.size();
  }

  /** The next word; an error naming {@code expected} at the end of the file. */
  Token take(String expected) throws PolicyException {
    if (atEnd()) {
      throw error(lastLine, "unexpected end of file, expected " + expected);
    }
    return tokens.get(next++);
  }

  /** Takes the next word, which must be {@code word}. */
  Token expect(String word) throws PolicyException {
    Token token = take("'" + word + "'");
    if (!token.is(word)) {
      throw error(token.line(), "expected '" + word + "', found '" + token.text() + "'");
    }
    return token;
  }

  int lastLine() {
    return lastLine;
  }

  PolicyException error(int line, String detail) {
    return new PolicyException(source, line, detail);
  }
}

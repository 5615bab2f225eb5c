package org.minix3j.drivers.tty;

import static org.minix3j.abi.posix.TermiosLayout.ECHO;
import static org.minix3j.abi.posix.TermiosLayout.ECHOE;
import static org.minix3j.abi.posix.TermiosLayout.ECHOK;
import static org.minix3j.abi.posix.TermiosLayout.ECHONL;
import static org.minix3j.abi.posix.TermiosLayout.ICRNL;
import static org.minix3j.abi.posix.TermiosLayout.IGNCR;
import static org.minix3j.abi.posix.TermiosLayout.INLCR;
import static org.minix3j.abi.posix.TermiosLayout.ISIG;
import static org.minix3j.abi.posix.TermiosLayout.ISTRIP;
import static org.minix3j.abi.posix.TermiosLayout.NOFLSH;
import static org.minix3j.abi.posix.TermiosLayout.ONLCR;
import static org.minix3j.abi.posix.TermiosLayout.OPOST;
import static org.minix3j.abi.posix.TermiosLayout.VEOF;
import static org.minix3j.abi.posix.TermiosLayout.VERASE;
import static org.minix3j.abi.posix.TermiosLayout.VINTR;
import static org.minix3j.abi.posix.TermiosLayout.VKILL;
import static org.minix3j.abi.posix.TermiosLayout.VQUIT;
import static org.minix3j.abi.posix.TermiosLayout.VSUSP;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.minix3j.abi.posix.Signals;

/**
 * The line discipline: what a typed byte does and how written bytes reach the line.
 *
 * <p>Input: ISTRIP, IGNCR, ICRNL, INLCR; with ISIG, VINTR, VQUIT and VSUSP raise SIGINT,
 * SIGQUIT and SIGTSTP (input is flushed first unless NOFLSH). In canonical mode bytes gather in
 * an edit line: VERASE (and ^H) rubs out one (echoed as backspace-space-backspace with ECHOE),
 * VKILL the whole line, newline completes it, VEOF completes it without a terminator (an empty
 * one reads as end of file); a read takes at most one completed line. In raw mode every byte is
 * available at once. Echo with ECHO (newline also with ECHONL).
 *
 * <p>Output: OPOST with ONLCR turns newline into CR LF. Echo uses the same queue; when it is
 * full, echo is dropped, never written data.
 */
final class LineDiscipline {
  /** Longest edit line, its newline included. */
  static final int MAX_CANON = 255;

  /** Raw input kept before a reader takes it. */
  static final int RAW_CAPACITY = 4096;

  /** Raises a signal for the terminal's foreground process group. */
  interface Signaller {
    void raise(int signal);
  }

  private final Termios termios;
  private final ByteQueue output;
  private final ArrayDeque<byte[]> lines = new ArrayDeque<>();
  private int lineOffset;
  private final byte[] edit = new byte[MAX_CANON];
  private int editLength;
  private final ByteQueue raw = new ByteQueue(RAW_CAPACITY);

  LineDiscipline(Termios termios, ByteQueue output) {
    this.termios = termios;
    this.output = output;
  }

  /** A byte arrived from the line. */
  void receive(int typed, Signaller signals) {
    int c = (termios.iflag & ISTRIP) != 0 ? typed & 0x7F : typed & 0xFF;
    if (c == '\r') {
      if ((termios.iflag & IGNCR) != 0) {
        return;
      }
      if ((termios.iflag & ICRNL) != 0) {
        c = '\n';
      }
    } else if (c == '\n' && (termios.iflag & INLCR) != 0) {
      c = '\r';
    }
    if (termios.has(ISIG)) {
      int signal = c == termios.control(VINTR) ? Signals.SIGINT
          : c == termios.control(VQUIT) ? Signals.SIGQUIT
          : c == termios.control(VSUSP) ? Signals.SIGTSTP
          : 0;
      if (signal != 0) {
        if (!termios.has(NOFLSH)) {
          flushInput();
        }
        if (termios.has(ECHO)) {
          echo('^');
          echo(c + '@');
          echo('\n');
        }
        signals.raise(signal);
        return;
      }
    }
    if (termios.canonical()) {
      edit(c);
    } else if (raw.add(c) && termios.has(ECHO)) {
      echo(c);
    }
  }

  private void edit(int c) {
    if (c == termios.control(VERASE) || c == '\b') {
      if (editLength > 0) {
        editLength--;
        rubOut();
      }
    } else if (c == termios.control(VKILL)) {
      while (editLength > 0) {
        editLength--;
        rubOut();
      }
      if (termios.has(ECHO) && termios.has(ECHOK) && !termios.has(ECHOE)) {
        echo('\n');
      }
    } else if (c == termios.control(VEOF)) {
      lines.add(Arrays.copyOf(edit, editLength));
      editLength = 0;
    } else if (c == '\n') {
      edit[editLength++] = '\n';
      lines.add(Arrays.copyOf(edit, editLength));
      editLength = 0;
      if (termios.has(ECHO) || termios.has(ECHONL)) {
        echo('\n');
      }
    } else if (editLength < MAX_CANON - 1) {
      edit[editLength++] = (byte) c;
      if (termios.has(ECHO)) {
        echo(c);
      }
    }
  }

  private void rubOut() {
    if (termios.has(ECHO) && termios.has(ECHOE) && output.room() >= 3) {
      output.add('\b');
      output.add(' ');
      output.add('\b');
    }
  }

  private void echo(int c) {
    if (output.room() >= 2) {
      put(c);
    }
  }

  /** Whether a read can be answered: a completed line (canonical) or any byte (raw). */
  boolean lineReady() {
    return !lines.isEmpty();
  }

  /** Raw bytes waiting. */
  int rawAvailable() {
    return raw.size();
  }

  /** Takes up to {@code max} input bytes (at most one line in canonical mode). */
  int read(byte[] into, int max) {
    if (!termios.canonical()) {
      return raw.take(into, max);
    }
    byte[] line = lines.peek();
    if (line == null) {
      return 0;
    }
    int count = Math.min(max, line.length - lineOffset);
    System.arraycopy(line, lineOffset, into, 0, count);
    lineOffset += count;
    if (lineOffset >= line.length) {
      lines.poll();
      lineOffset = 0;
    }
    return count;
  }

  void flushInput() {
    lines.clear();
    lineOffset = 0;
    editLength = 0;
    raw.clear();
  }

  /** The settings changed from canonical ({@code wasCanonical}) or to it: keep what was typed. */
  void modeChanged(boolean wasCanonical) {
    if (wasCanonical == termios.canonical()) {
      return;
    }
    if (wasCanonical) {
      for (byte[] line : lines) {
        for (int i = lineOffset; i < line.length; i++) {
          raw.add(line[i]);
        }
        lineOffset = 0;
      }
      for (int i = 0; i < editLength; i++) {
        raw.add(edit[i]);
      }
      lines.clear();
      editLength = 0;
    } else {
      while (!raw.isEmpty() && editLength < MAX_CANON - 1) {
        edit[editLength++] = (byte) raw.take();
      }
      raw.clear();
    }
  }

  /** Room in the output queue for written byte {@code c} after output processing. */
  boolean roomFor(int c) {
    return output.room() >= (c == '\n' && onlcr() ? 2 : 1);
  }

  /** Queues written byte {@code c} for the line, with output processing. */
  void put(int c) {
    if (c == '\n' && onlcr()) {
      output.add('\r');
    }
    output.add(c);
  }

  private boolean onlcr() {
    return (termios.oflag & (OPOST | ONLCR)) == (OPOST | ONLCR);
  }
}

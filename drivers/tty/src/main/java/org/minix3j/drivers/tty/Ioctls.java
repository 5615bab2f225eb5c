package org.minix3j.drivers.tty;

import static org.minix3j.abi.posix.TermiosLayout.TCGETS;
import static org.minix3j.abi.posix.TermiosLayout.TCSETS;
import static org.minix3j.abi.posix.TermiosLayout.TCSETSF;
import static org.minix3j.abi.posix.TermiosLayout.TCSETSW;
import static org.minix3j.abi.posix.TermiosLayout.TERMIOS_BYTES;
import static org.minix3j.abi.posix.TermiosLayout.TIOCGPGRP;
import static org.minix3j.abi.posix.TermiosLayout.TIOCGWINSZ;
import static org.minix3j.abi.posix.TermiosLayout.TIOCSPGRP;
import static org.minix3j.abi.posix.TermiosLayout.WINSIZE_BYTES;

import org.minix3j.abi.Errno;

/**
 * The terminal's ioctls: TCGETS, TCSETS (TCSETSW and TCSETSF wait, suspended, until the output
 * has left the UART: tcdrain; TCSETSF then flushes typed input), TIOCGPGRP, TIOCSPGRP (the foreground process
 * group that ^C, ^\ and ^Z signal) and TIOCGWINSZ (24 rows of 80 columns). Anything else is
 * ENOTTY. The argument moves through the request's grant.
 */
final class Ioctls {
  static final int ROWS = 24;
  static final int COLUMNS = 80;

  private final Terminal terminal;
  private final byte[] argument = new byte[TERMIOS_BYTES];

  Ioctls(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * in: w1 id, w2 request, w3 grant of the argument. TCSETSW and TCSETSF wait (suspended) until
   * the output has left the UART, as tcdrain needs.
   */
  int ioctl(int caller, int id, int request, int grant) {
    switch (request) {
      case TCGETS -> {
        terminal.termios.encode(argument);
        return copyTo(caller, grant, TERMIOS_BYTES);
      }
      case TCSETS, TCSETSW, TCSETSF -> {
        int copied = terminal.sys.safecopyFrom(caller, grant, 0, argument, 0, TERMIOS_BYTES);
        if (copied < 0) {
          return copied;
        }
        if (request != TCSETS && terminal.outputPending()) {
          terminal.drains.add(new Terminal.Drain(caller, id, request, argument.clone()));
          return Transfers.SUSPENDED;
        }
        return terminal.applySettings(request, argument);
      }
      case TIOCGPGRP -> {
        Termios.putInt(argument, 0, terminal.foreground);
        return copyTo(caller, grant, 4);
      }
      case TIOCSPGRP -> {
        int copied = terminal.sys.safecopyFrom(caller, grant, 0, argument, 0, 4);
        if (copied < 0) {
          return copied;
        }
        int group = Termios.getInt(argument, 0);
        if (group <= 0) {
          return Errno.EINVAL.wireValue();
        }
        terminal.foreground = group;
        return Errno.OK_VALUE;
      }
      case TIOCGWINSZ -> {
        java.util.Arrays.fill(argument, 0, WINSIZE_BYTES, (byte) 0);
        argument[0] = (byte) ROWS;
        argument[2] = (byte) COLUMNS;
        return copyTo(caller, grant, WINSIZE_BYTES);
      }
      default -> {
        return Errno.ENOTTY.wireValue();
      }
    }
  }

  private int copyTo(int caller, int grant, int length) {
    int copied = terminal.sys.safecopyTo(caller, grant, 0, argument, 0, length);
    return copied < 0 ? copied : Errno.OK_VALUE;
  }
}

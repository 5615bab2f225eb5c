package org.minix3j.abi.posix;

import org.minix3j.abi.protocol.CHeader;

/**
 * {@code struct termios} (four 32-bit flag words, {@link #NCCS} control characters, two speeds),
 * its flag bits and control-character indexes (Linux values), {@code struct winsize}, and the
 * ioctl requests of terminals.
 */
@CHeader(file = "minix/termios_layout.h", prefix = "")
public final class TermiosLayout {
  public static final int TERMIOS_IFLAG = 0;
  public static final int TERMIOS_OFLAG = 4;
  public static final int TERMIOS_CFLAG = 8;
  public static final int TERMIOS_LFLAG = 12;
  public static final int TERMIOS_CC = 16;
  public static final int NCCS = 20;
  public static final int TERMIOS_ISPEED = 36;
  public static final int TERMIOS_OSPEED = 40;
  public static final int TERMIOS_BYTES = 44;

  public static final int BRKINT = 0000002;
  public static final int ISTRIP = 0000040;
  public static final int INLCR = 0000100;
  public static final int IGNCR = 0000200;
  public static final int ICRNL = 0000400;
  public static final int IXON = 0002000;

  public static final int OPOST = 0000001;
  public static final int ONLCR = 0000004;

  public static final int CS8 = 0000060;
  public static final int CREAD = 0000200;

  public static final int ISIG = 0000001;
  public static final int ICANON = 0000002;
  public static final int ECHO = 0000010;
  public static final int ECHOE = 0000020;
  public static final int ECHOK = 0000040;
  public static final int ECHONL = 0000100;
  public static final int NOFLSH = 0000200;
  public static final int TOSTOP = 0000400;
  public static final int IEXTEN = 0100000;

  public static final int VINTR = 0;
  public static final int VQUIT = 1;
  public static final int VERASE = 2;
  public static final int VKILL = 3;
  public static final int VEOF = 4;
  public static final int VTIME = 5;
  public static final int VMIN = 6;
  public static final int VSTART = 8;
  public static final int VSTOP = 9;
  public static final int VSUSP = 10;

  public static final int TCGETS = 0x5401;
  public static final int TCSETS = 0x5402;
  public static final int TCSETSW = 0x5403;
  public static final int TCSETSF = 0x5404;
  public static final int TIOCGPGRP = 0x540F;
  public static final int TIOCSPGRP = 0x5410;
  public static final int TIOCGWINSZ = 0x5413;

  /** {@code struct winsize}: rows, columns, x and y pixels, 16 bits each. */
  public static final int WINSIZE_BYTES = 8;

  private TermiosLayout() {}
}

package org.minix3j.drivers.tty;

import static org.minix3j.abi.posix.TermiosLayout.*; // the termios names, as C writes them

/**
 * The terminal's settings, {@code struct termios} ({@link
 * org.minix3j.abi.posix.TermiosLayout}): four flag words, the control characters and the
 * speeds, with the defaults of a console in cooked mode, and their wire form (little-endian,
 * {@code TERMIOS_BYTES} bytes).
 */
final class Termios {
  /** B115200, the speed the console runs at. */
  static final int B115200 = 0010002;

  int iflag = ICRNL;
  int oflag = OPOST | ONLCR;
  int cflag = CS8 | CREAD | B115200;
  int lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | IEXTEN;
  final byte[] cc = new byte[NCCS];
  int ispeed = B115200;
  int ospeed = B115200;

  Termios() {
    cc[VINTR] = 0x03;
    cc[VQUIT] = 0x1C;
    cc[VERASE] = 0x7F;
    cc[VKILL] = 0x15;
    cc[VEOF] = 0x04;
    cc[VTIME] = 0;
    cc[VMIN] = 1;
    cc[VSTART] = 0x11;
    cc[VSTOP] = 0x13;
    cc[VSUSP] = 0x1A;
  }

  boolean canonical() {
    return (lflag & ICANON) != 0;
  }

  boolean has(int lflagBit) {
    return (lflag & lflagBit) != 0;
  }

  /** Control character {@code index} (0..255), or -1 when disabled (0 is POSIX's disable). */
  int control(int index) {
    int value = cc[index] & 0xFF;
    return value == 0 ? -1 : value;
  }

  int min() {
    return cc[VMIN] & 0xFF;
  }

  int time() {
    return cc[VTIME] & 0xFF;
  }

  void encode(byte[] into) {
    putInt(into, TERMIOS_IFLAG, iflag);
    putInt(into, TERMIOS_OFLAG, oflag);
    putInt(into, TERMIOS_CFLAG, cflag);
    putInt(into, TERMIOS_LFLAG, lflag);
    System.arraycopy(cc, 0, into, TERMIOS_CC, NCCS);
    putInt(into, TERMIOS_ISPEED, ispeed);
    putInt(into, TERMIOS_OSPEED, ospeed);
  }

  void decode(byte[] from) {
    iflag = getInt(from, TERMIOS_IFLAG);
    oflag = getInt(from, TERMIOS_OFLAG);
    cflag = getInt(from, TERMIOS_CFLAG);
    lflag = getInt(from, TERMIOS_LFLAG);
    System.arraycopy(from, TERMIOS_CC, cc, 0, NCCS);
    ispeed = getInt(from, TERMIOS_ISPEED);
    ospeed = getInt(from, TERMIOS_OSPEED);
  }

  static void putInt(byte[] into, int offset, int value) {
    for (int i = 0; i < 4; i++) {
      into[offset + i] = (byte) (value >>> (8 * i));
    }
  }

  static int getInt(byte[] from, int offset) {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value |= (from[offset + i] & 0xFF) << (8 * i);
    }
    return value;
  }
}

package org.minix3j.machine.elf;

/**
 * A file that is not a loadable static i386 ELF executable, or one that does not fit the
 * machine. The message names the field at fault and its value, so that a user can see what is
 * wrong without a hex dump.
 */
public final class ElfFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ElfFormatException(String message) {
    super(message);
  }
}

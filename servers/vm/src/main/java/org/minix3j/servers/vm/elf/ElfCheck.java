package org.minix3j.servers.vm.elf;

/** The outcome of checking an ELF file: accepted, rejected (ENOEXEC) or not readable. */
public sealed interface ElfCheck {
  /** The file is a program VM can load. */
  record Accepted(ElfImage image) implements ElfCheck {}

  /** The file is not a program VM can load, and why. */
  record Rejected(String reason) implements ElfCheck {}

  /** The file's bytes could not be copied; {@code error} is the copy's Errno wire value. */
  record Unreadable(int error) implements ElfCheck {}
}

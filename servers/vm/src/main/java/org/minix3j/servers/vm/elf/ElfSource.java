package org.minix3j.servers.vm.elf;

/** Where the bytes of an ELF file come from (for VM: the read grant VFS made over its buffer). */
@FunctionalInterface
public interface ElfSource {
  /**
   * Copies {@code length} bytes of the file from {@code offset} into {@code into} at {@code
   * intoOffset}; returns 0 or a negative Errno wire value (all or nothing).
   */
  int read(int offset, byte[] into, int intoOffset, int length);
}

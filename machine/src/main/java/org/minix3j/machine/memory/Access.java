package org.minix3j.machine.memory;

/** The kind of a memory access, as the MMU checks it: data read, data write, or fetch. */
public enum Access {
  /** A data read. */
  READ,
  /** A data write: needs R/W at both levels and sets the dirty bit. */
  WRITE,
  /** An instruction fetch: faults on a no-execute page. */
  EXECUTE
}

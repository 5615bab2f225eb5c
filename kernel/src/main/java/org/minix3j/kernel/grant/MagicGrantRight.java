package org.minix3j.kernel.grant;

/**
 * Who may create magic grants (a range of a third process's user memory, for another process
 * to copy to or from): in MINIX only VFS, so that MFS and drivers move file data straight
 * between a user's buffer and the disk cache. The kernel answers from the granter's declared
 * privilege; see the package comment for the rule.
 */
@FunctionalInterface
public interface MagicGrantRight {
  /** No process may create magic grants. */
  MagicGrantRight NOBODY = granterSlot -> false;

  /** Whether the process in {@code granterSlot} may create magic grants. */
  boolean allows(int granterSlot);
}

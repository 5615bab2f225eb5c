package org.minix3j.kernel.grant;

/** Where a grant's bytes live. */
public enum GrantKind {
  /** A range of the granter's own user virtual memory. */
  USER,
  /** A range of a byte array the granter (a Java system process) handed to the kernel. */
  BUFFER,
  /** A range of a third process's user virtual memory (needs the magic-grant right). */
  MAGIC
}

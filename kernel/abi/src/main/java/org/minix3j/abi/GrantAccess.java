package org.minix3j.abi;

/**
 * What a grant lets its grantee do, seen from the grantee: {@link #READ} lets it copy out of
 * the granted range (SYS_SAFECOPYFROM), {@link #WRITE} lets it copy into it (SYS_SAFECOPYTO,
 * and memset), {@link #READ_WRITE} both. MINIX's {@code CPF_READ} and {@code CPF_WRITE}.
 */
public enum GrantAccess {
  READ(true, false),
  WRITE(false, true),
  READ_WRITE(true, true);

  private final boolean read;
  private final boolean write;

  GrantAccess(boolean read, boolean write) {
    this.read = read;
    this.write = write;
  }

  /** Whether the grantee may copy from the granted range. */
  public boolean allowsRead() {
    return read;
  }

  /** Whether the grantee may copy into (or fill) the granted range. */
  public boolean allowsWrite() {
    return write;
  }
}

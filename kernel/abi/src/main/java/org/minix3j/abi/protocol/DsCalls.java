package org.minix3j.abi.protocol;

/**
 * Requests to DS, the data store (SENDREC to {@link org.minix3j.abi.SystemSlots#DS}). Keys are
 * strings of at most {@link #KEY_MAX} bytes and move through a read grant of the caller's (w0
 * grant id, w1 length, no NUL). A value is a 32-bit number, an endpoint (a label: DS's naming
 * service) or up to {@link #DATA_MAX} bytes of memory. Entries belong to their publisher:
 * only it may overwrite or delete them, and DS keeps a restarted process's memory entries for
 * its new copy (same label). Subscribers are NOTIFYed when a matching key is published or
 * deleted and ask {@link #CHECK} what changed.
 */
public final class DsCalls {
  /**
   * in: w0-w1 key, w2 kind ({@link #KIND_U32}, {@link #KIND_LABEL}, {@link #KIND_MEMORY}), w3 the
   * number or endpoint, w4 grant id of the data (read), w5 data length, w6 flags ({@link
   * #OVERWRITE}, {@link #PRIVATE}). EEXIST if the key exists and OVERWRITE is not set; EPERM if
   * another owns it.
   */
  public static final int PUBLISH = 600;

  /**
   * in: w0-w1 key, w2 kind, w3 grant id for the data (write), w4 its capacity. ESRCH if none;
   * EPERM for a {@link #PRIVATE} entry of someone else's. out: w0 the number or endpoint, w1 the
   * data length.
   */
  public static final int RETRIEVE = 601;

  /**
   * in: w0-w1 a regular expression over keys (java.util.regex, whole-key match), w2 flags
   * ({@link #INITIAL}: also notify for keys that exist now).
   */
  public static final int SUBSCRIBE = 602;

  /**
   * After a notification: one changed key. in: w0 grant id for the key (write), w1 its capacity.
   * result: the key's length, or ENOENT when nothing more changed; out: w0 kind, w1 the number
   * or endpoint, w2 1 if the key was deleted.
   */
  public static final int CHECK = 603;

  /** in: w0-w1 key. */
  public static final int DELETE = 604;

  /**
   * in: w0 an endpoint, w1 grant id for its label (write), w2 capacity. result: the label's
   * length, or ESRCH.
   */
  public static final int LABEL_OF = 605;

  /** A 32-bit number. */
  public static final int KIND_U32 = 1;

  /** An endpoint, published under a label. */
  public static final int KIND_LABEL = 2;

  /** Bytes. */
  public static final int KIND_MEMORY = 3;

  /** PUBLISH flag: replace an existing entry of the caller's. */
  public static final int OVERWRITE = 1;

  /**
   * PUBLISH flag: the entry is private. Only its owner (the publisher's label, so also a
   * restarted copy of the publisher; before DS knows the label, the publishing endpoint) may
   * RETRIEVE it, anyone else gets EPERM; subscribers other than the owner are not told of it.
   * A driver keeps the state it wants back after a restart this way.
   */
  public static final int PRIVATE = 2;

  /** SUBSCRIBE flag: notify at once for the keys that match now. */
  public static final int INITIAL = 1;

  /** Longest key in bytes. */
  public static final int KEY_MAX = 64;

  /** Longest memory value in bytes. */
  public static final int DATA_MAX = 4096;

  /** Key of the boot time (KIND_U32, seconds since 1970 UTC at uptime 0), published by PM. */
  public static final String BOOT_TIME_KEY = "system.boot_time";

  /** Prefix of the key under which a driver's label maps to its device major (KIND_U32). */
  public static final String DRIVER_MAJOR_PREFIX = "driver.major.";

  private DsCalls() {}
}

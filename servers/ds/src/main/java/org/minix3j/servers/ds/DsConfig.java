package org.minix3j.servers.ds;

/**
 * DS's boot parameters: how much it keeps, so that no caller can make it grow without bound.
 *
 * @param entryLimit most entries held at once (a publish beyond it gets ENOSPC)
 * @param subscriberLimit most subscribing processes (ENOSPC beyond)
 * @param patternLimit most expressions per subscriber (ENOSPC beyond)
 * @param queueLimit most changed keys queued per subscriber for CHECK; when full, the oldest
 *     change is dropped (the subscriber can still RETRIEVE the key)
 */
public record DsConfig(int entryLimit, int subscriberLimit, int patternLimit, int queueLimit) {
  public DsConfig {
    if (entryLimit < 1 || subscriberLimit < 1 || patternLimit < 1 || queueLimit < 1) {
      throw new IllegalArgumentException("DS limits must be positive");
    }
  }

  /** The limits the boot image uses. */
  public static DsConfig defaults() {
    return new DsConfig(1024, 64, 16, 256);
  }
}

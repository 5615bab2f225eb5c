package org.minix3j.servers.rs;

/**
 * A known bug of RS switched on, to show that Recovery conformance catches it (spec:
 * Recovery's Bug of the same name); {@link #NONE} in every real boot.
 */
public enum RsMutant {
  /** RS as it should be. */
  NONE,
  /** Recovery!NoPublish: a restarted service's new endpoint is not published in DS. */
  NO_PUBLISH,
  /** Recovery!NoBackoff: a failed service is restarted at once, without its back-off. */
  NO_BACKOFF
}

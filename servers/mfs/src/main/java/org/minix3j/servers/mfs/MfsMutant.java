package org.minix3j.servers.mfs;

/**
 * A known bug of MFS switched on, to show that Recovery conformance catches it (spec:
 * Recovery's Bug of the same name); {@link #NONE} in every real boot.
 */
public enum MfsMutant {
  /** MFS as it should be. */
  NONE,
  /**
   * Recovery!ForgetPending: when the block driver's new instance is found, the request that was
   * in flight is not sent again; MFS carries on as if it had been done.
   */
  FORGET_PENDING
}

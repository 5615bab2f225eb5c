package org.minix3j.abi.protocol;

/**
 * Requests to RS, the reincarnation server (SENDREC to {@link org.minix3j.abi.SystemSlots#RS}),
 * from the {@code service} utility and from system processes. A label is up to 16 bytes in w0-w3
 * (NUL-padded) so that user programs need no grant. Only root may change a service: RS asks PM
 * for a user caller's effective uid ({@link PmCalls#GETEPINFO}); EPERM otherwise.
 */
public final class RsCalls {
  /**
   * in: w0 index to start at. result: the index returned (look again from result + 1), or
   * ESRCH past the last; out: w0-w3 label, w4 endpoint, w5 restarts so far, w6 state ({@link
   * #STATE_UP}, ...).
   */
  public static final int LIST = 700;

  /**
   * in: w0-w3 label. The service is ended and started afresh from the boot image, with a new
   * endpoint that RS publishes in DS. ESRCH for an unknown label; EPERM for a caller that is not
   * root, or a service whose policy says {@code restart never}.
   */
  public static final int RESTART = 701;

  /** A service that is running. */
  public static final int STATE_UP = 'U';

  /** A service being restarted. */
  public static final int STATE_RESTARTING = 'R';

  /** A service that is down. */
  public static final int STATE_DOWN = 'D';

  private RsCalls() {}
}

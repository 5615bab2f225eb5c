package org.minix3j.abi.protocol;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;

/**
 * Requests to RS, the reincarnation server (SENDREC to {@link org.minix3j.abi.SystemSlots#RS}),
 * from the {@code service} utility and from system processes. A label is up to 16 bytes in w0-w3
 * (NUL-padded) so that user programs need no grant. Only root may change a service: RS asks PM
 * for a user caller's effective uid ({@link PmCalls#GETEPINFO}); EPERM otherwise.
 *
 * <p>Heartbeats: RS pings each service that declares a {@code heartbeat} period with a NOTIFY
 * once a period; the service answers with a NOTIFY to RS ({@link #answerPing}, which a main loop
 * calls on every notification it receives). The answer is a NOTIFY, never a SEND, as MINIX's
 * SEF answers RS's ping: a service must never block on RS, which may itself be waiting in a
 * SENDREC down the call graph (to PM, and PM to the service), and a SEND would close that cycle.
 * A service that has not answered when the next ping is due is killed and restarted with the
 * reason {@link #REASON_HEARTBEAT}.
 */
public final class RsCalls {
  /**
   * in: w0 index to start at. result: the index returned (look again from result + 1), or
   * ESRCH past the last; out: w0-w3 label, w4 endpoint, w5 restarts so far, w6 state ({@link
   * #STATE_UP}, ...), w7 the last failure's reason ({@link #REASON_NONE}, ...), w8 failures in a
   * row (the back-off's count; 0 again after the service stayed up for a while), w9 the back-off
   * delay still to wait in milliseconds (0 unless the state is {@link #STATE_BACKOFF}), w10 the
   * signal of the last failure (0 for none), w11 1 while RS's last ping is unanswered.
   */
  public static final int LIST = 700;

  /**
   * in: w0-w3 label. The service is ended and started afresh from the boot image, with a new
   * endpoint that RS publishes in DS. ESRCH for an unknown label; EPERM for a caller that is not
   * root, or a service whose policy says {@code restart never}.
   */
  public static final int RESTART = 701;

  /**
   * in: w0-w3 label. The service is stopped for good: RS ends its instance (SYS_EXIT) and leaves
   * it {@link #STATE_DOWN} with the reason {@link #REASON_KILLED}; it is not restarted until a
   * {@link #REFRESH}. ESRCH for an unknown label; EPERM for a caller that is not root, or a
   * service whose policy says {@code restart never} (its peers cannot do without it).
   */
  public static final int DOWN = 702;

  /**
   * in: w0-w3 label. A clean restart: the instance (if one runs) is ended and a fresh copy
   * started at once, without back-off; a service that was down or given up comes back, its count
   * of failures in a row cleared. Errors as for {@link #RESTART}, of which this is the new name.
   */
  public static final int REFRESH = 703;

  /**
   * in: w0-w3 the program (a boot-image program, named by its service's label), w4-w7 the label
   * to run it under (empty: the program's own), w8 the heartbeat period in milliseconds (-1: the
   * policy's, 0: none). Starts a service from the program: under its own label when that service
   * is down (after {@link #DOWN}, a failure under {@code restart never} or given up: as {@link
   * #REFRESH}), or as a second copy under a new label in a free system slot, with the program's
   * policy; a restart of that copy reuses its own slot. result: the new endpoint. EPERM for a
   * caller that is not root or a program whose policy says {@code restart never}; ESRCH for an
   * unknown program; EBUSY if the label's service is running; ENOSPC if no system slot is free;
   * EINVAL for a bad label or period.
   */
  public static final int UP = 704;

  /**
   * in: w0-w3 label, w4 offset. The text of the last failure, as the log writes it ({@code
   * crash: IllegalStateException: queue overflow}, {@code heartbeat}, {@code panic}, ...; {@code
   * -} for none), from the byte {@code offset} on. result: the bytes returned in w0-w13 (at most
   * {@link #TEXT_BYTES}; 0 past the end); ESRCH for an unknown label; EINVAL for a negative
   * offset.
   */
  public static final int FAILURE = 705;

  /**
   * in: w0-w3 label, w4 offset. The snapshot of the label's last dead instance, kept when its
   * policy says {@code restart ... snapshot}: lines of text (RS's view: label, endpoint,
   * restarts, reason, time; then what the kernel kept of the death), from the byte {@code offset}
   * on. result: the bytes returned in w0-w13 (at most {@link #TEXT_BYTES}; 0 past the end);
   * ESRCH for an unknown label; ENOENT if no snapshot is kept; EINVAL for a negative offset.
   */
  public static final int SNAPSHOT = 706;

  /**
   * in: w0-w3 label, w4-w11 a script path ({@link PmCalls#SCRIPT_PATH_BYTES} bytes,
   * NUL-padded; empty: none). From now on a failure of the service runs that script (as the
   * policy's {@code restart ... script PATH}) instead of RS's own restart, or, with none, RS
   * restarts it again. EPERM for a caller that is not root or a {@code restart never} service;
   * ESRCH for an unknown label; EINVAL for a path that is not absolute.
   */
  public static final int SCRIPT = 707;

  /** The most bytes of text one {@link #FAILURE} or {@link #SNAPSHOT} reply carries (w0-w13). */
  public static final int TEXT_BYTES = 56;

  /** A service that is running. */
  public static final int STATE_UP = 'U';

  /** A service being restarted. */
  public static final int STATE_RESTARTING = 'R';

  /** A service that is down: stopped, failed under {@code restart never}, or given up. */
  public static final int STATE_DOWN = 'D';

  /** A service that failed and waits out its back-off delay before RS restarts it. */
  public static final int STATE_BACKOFF = 'B';

  /** No failure yet. */
  public static final int REASON_NONE = 0;

  /** The instance took an exception (a CPU fault, or a Java body that threw): PM's signal. */
  public static final int REASON_CRASH = 1;

  /** The instance exited on its own (MINIX's panic; a Java body whose run() returned). */
  public static final int REASON_PANIC = 2;

  /** The instance did not answer RS's ping within its heartbeat period; RS killed it. */
  public static final int REASON_HEARTBEAT = 3;

  /** The instance was stopped on request ({@link #DOWN}). */
  public static final int REASON_KILLED = 4;

  private RsCalls() {}

  /**
   * The heartbeat's answer, for a service's main loop: if {@code received} is a notification
   * from RS (its ping), NOTIFYs RS back and returns true (the loop then goes on receiving);
   * otherwise does nothing and returns false.
   */
  public static boolean answerPing(SystemCalls sys, Message received) {
    if (!isPing(received)) {
      return false;
    }
    int unused = sys.notify(received.source());
    return true;
  }

  /** Whether {@code received} is RS's ping: a notification from RS's slot. */
  public static boolean isPing(Message received) {
    return received.isNotification()
        && Endpoint.isProcess(received.source())
        && Endpoint.slot(received.source()) == SystemSlots.RS;
  }
}

package org.minix3j.abi.protocol;

/**
 * Requests to a character-device driver (tty, the memory driver's null and zero, the printer)
 * from VFS (SENDREC), and how a driver finishes later what it could not finish at once.
 *
 * <p>Every request carries w0 minor and w1 a request id chosen by VFS. The reply's type is
 * {@link #REPLY}: w0 the request id, w1 the status (bytes, 0, or a negative error), w2 {@link
 * #SUSPENDED} if the request is left pending. A driver with news (a pending request finished,
 * a descriptor became ready for select) NOTIFYs VFS; VFS then sends {@link #STATUS} until the
 * answer is {@link #NO_STATUS}. Data moves through the grant in the request (a magic grant on
 * the user's buffer); the driver may use it until it answers the request.
 */
public final class CharDevice {
  /** in: w0 minor, w1 id, w2 open flags, w3 the opener's endpoint, w4 the opener's process group. */
  public static final int OPEN = 520;

  /** in: w0 minor, w1 id. */
  public static final int CLOSE = 521;

  /** in: w0 minor, w1 id, w2 grant id, w3 count, w4 position, w5 flags (O_NONBLOCK), w6 endpoint. */
  public static final int READ = 522;

  /** in: as {@link #READ}. */
  public static final int WRITE = 523;

  /**
   * in: w0 minor, w1 id, w2 request (TCGETS, ...), w3 grant id of the argument (read and write),
   * w4 endpoint, w5 the caller's process group.
   */
  public static final int IOCTL = 524;

  /** in: w0 minor, w1 the id of a pending request: it ends with EINTR (answered in this reply). */
  public static final int CANCEL = 525;

  /**
   * in: w0 minor, w1 id, w2 the operations asked ({@link #SELECT_READ}, {@link #SELECT_WRITE}),
   * w3 1 to be told later of those not ready now. result: the operations ready now.
   */
  public static final int SELECT = 526;

  /**
   * After the driver's NOTIFY. The reply's type says what happened: {@link #REVIVE} (w0 the id,
   * w1 the status), {@link #SELECT_READY} (w0 minor, w1 the operations now ready) or {@link
   * #NO_STATUS}.
   */
  public static final int STATUS = 527;

  /** The type of a driver's answer to a request. */
  public static final int REPLY = 540;

  /** A pending request finished (answer to {@link #STATUS}). */
  public static final int REVIVE = 541;

  /** A selected minor became ready (answer to {@link #STATUS}). */
  public static final int SELECT_READY = 542;

  /** Nothing more to report (answer to {@link #STATUS}). */
  public static final int NO_STATUS = 543;

  /** Reply word w2 when the request stays pending. */
  public static final int SUSPENDED = 1;

  /** Select operation: readable. */
  public static final int SELECT_READ = 1;

  /** Select operation: writable. */
  public static final int SELECT_WRITE = 2;

  /** Select operation: exceptional condition. */
  public static final int SELECT_EXCEPT = 4;

  private CharDevice() {}
}

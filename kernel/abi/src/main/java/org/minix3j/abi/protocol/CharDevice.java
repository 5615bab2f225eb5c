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
 *
 * <p>When a driver dies, a request it held (pending, or in flight in VFS's SENDREC) fails with
 * EIO: it may have had an effect already and is never sent again. The exception is a driver
 * that says in OPEN's reply that its writes are {@link #REISSUABLE} (the printer): it keeps
 * each write's progress where its next instance finds it, and VFS sends such a write again, the
 * same id with {@link #REISSUE} in w5 and a new grant, to the new instance, which goes on from
 * where its predecessor stopped, so that the effect happens exactly once.
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

  /**
   * OPEN's reply word w2, as a bit: WRITEs on this minor are re-issued after the driver dies
   * (the driver continues them exactly, see the class comment).
   */
  public static final int REISSUABLE = 2;

  /**
   * A bit of READ's and WRITE's w5 (above every open flag): this request, same id, was sent
   * before to an instance of the driver that died; the new instance continues it where the
   * dead one stopped.
   */
  public static final int REISSUE = 1 << 30;

  /** Select operation: readable. */
  public static final int SELECT_READ = 1;

  /** Select operation: writable. */
  public static final int SELECT_WRITE = 2;

  /** Select operation: exceptional condition. */
  public static final int SELECT_EXCEPT = 4;

  private CharDevice() {}
}

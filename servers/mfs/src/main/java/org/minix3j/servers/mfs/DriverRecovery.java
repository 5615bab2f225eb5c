package org.minix3j.servers.mfs;

import java.nio.charset.StandardCharsets;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.protocol.DsCalls;

/**
 * Finding the block driver again after it died: its label, learnt from DS at MOUNT (LABEL_OF of
 * the driver's endpoint), and {@link #awaitNewInstance}, which asks DS for the label's endpoint
 * until it is another than the dead one. RS restarts a driver after a back-off, so the asking
 * is spread over time: between two tries MFS sleeps on SYS_SETALARM (RECEIVE from CLOCK only,
 * so VFS's next request waits), each sleep twice the last, from {@link #FIRST_WAIT_MILLIS} up
 * to {@link #LONGEST_WAIT_MILLIS}, for at most {@link #WAIT_LIMIT_SECONDS} of uptime in all
 * (longer than RS's longest default back-off) and {@link #MAX_TRIES} tries. The periodic
 * write-back alarm that a sleep replaced is armed again afterwards.
 *
 * <p>Without a label (DS did not know the driver at MOUNT) there is nothing to wait for: the
 * caller fails the request with EIO, as before recovery existed.
 */
final class DriverRecovery {
  /** Uptime MFS waits for a new instance, in all, before a request ends with EIO. */
  static final int WAIT_LIMIT_SECONDS = 30;

  /** The first sleep between two look-ups. */
  static final int FIRST_WAIT_MILLIS = 10;

  /** The longest sleep between two look-ups. */
  static final int LONGEST_WAIT_MILLIS = 1000;

  /** Most look-ups per wait, whatever the clock says. */
  static final int MAX_TRIES = 64;

  private final SystemCalls sys;
  private final int ds;
  private final long syncTicks;
  private final byte[] label = new byte[DsCalls.KEY_MAX];
  private int labelLength;
  private final Message message = new Message();
  private final Message notification = new Message();

  /**
   * @param ds DS's endpoint
   * @param syncTicks the period of the write-back alarm, re-armed after a sleep; 0 for none
   */
  DriverRecovery(SystemCalls sys, int ds, long syncTicks) {
    this.sys = sys;
    this.ds = ds;
    this.syncTicks = syncTicks;
  }

  /** Asks DS for the label of {@code driver}; returns whether it is known now. */
  boolean learnLabel(int driver) {
    int grant = sys.grant(ds, GrantAccess.WRITE, label, 0, label.length);
    if (grant < 0) {
      return false;
    }
    message.clear();
    message.setType(DsCalls.LABEL_OF).setPayload(0, driver).setPayload(1, grant)
        .setPayload(2, label.length);
    int status = sys.sendrec(ds, message);
    sys.revokeGrant(grant);
    labelLength = status == Errno.OK_VALUE && message.type() > 0
        ? Math.min(message.type(), label.length) : 0;
    return labelLength > 0;
  }

  /** The driver's label, or "" when DS did not know it. */
  String label() {
    return new String(label, 0, labelLength, StandardCharsets.US_ASCII);
  }

  /**
   * The endpoint of the driver's instance that replaced {@code dead}, or {@link Endpoint#NONE}
   * when none appeared within the bound.
   */
  // spec: Recovery!FSCheckDS (the FS takes the endpoint DS now has for the label)
  int awaitNewInstance(int dead) {
    if (labelLength == 0) {
      return Endpoint.NONE;
    }
    int ticksPerSecond = Math.max(1, sys.ticksPerSecond());
    long deadline = Math.max(0, sys.uptime()) + (long) WAIT_LIMIT_SECONDS * ticksPerSecond;
    long wait = Math.max(1, (long) FIRST_WAIT_MILLIS * ticksPerSecond / 1000);
    long longest = Math.max(1, (long) LONGEST_WAIT_MILLIS * ticksPerSecond / 1000);
    boolean slept = false;
    int found = Endpoint.NONE;
    for (int tries = 0; tries < MAX_TRIES; tries++) {
      int endpoint = retrieveLabel();
      if (endpoint >= 0 && endpoint != dead) {
        found = endpoint;
        break;
      }
      long now = Math.max(0, sys.uptime());
      if (now >= deadline) {
        break;
      }
      sys.setAlarm(Math.min(wait, deadline - now), false);
      slept = true;
      sys.receive(Notification.CLOCK, notification);
      wait = Math.min(wait * 2, longest);
    }
    if (slept) {
      sys.setAlarm(syncTicks, false); // the write-back's period starts again
    }
    return found;
  }

  /** RETRIEVE of the label (KIND_LABEL): the endpoint, or a negative error. */
  private int retrieveLabel() {
    int grant = sys.grant(ds, GrantAccess.READ, label, 0, labelLength);
    if (grant < 0) {
      return grant;
    }
    message.clear();
    message.setType(DsCalls.RETRIEVE).setPayload(0, grant).setPayload(1, labelLength)
        .setPayload(2, DsCalls.KIND_LABEL);
    int status = sys.sendrec(ds, message);
    sys.revokeGrant(grant);
    if (status < 0) {
      return status;
    }
    return message.type() < 0 ? message.type() : message.payload(0);
  }
}

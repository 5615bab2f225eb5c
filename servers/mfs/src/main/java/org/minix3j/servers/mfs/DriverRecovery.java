package org.minix3j.servers.mfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.MessageLayout;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.protocol.DsCalls;

/**
 * Finding the block driver again after it died: its label, learnt from DS at MOUNT (LABEL_OF of
 * the driver's endpoint), to which MFS then subscribes, and {@link #awaitNewInstance}, which
 * asks DS for the label's endpoint until it is another than the dead one. Between two tries MFS
 * waits for DS's notification that the label changed (RS publishes the new instance), so it
 * sends the request again as soon as the new instance exists, whatever RS's back-off was; an
 * alarm bounds the wait to {@link #WAIT_LIMIT_SECONDS} of uptime in all (longer than RS's
 * longest default back-off) and {@link #MAX_TRIES} tries. A request that arrives meanwhile is
 * kept, in order, for the caller's loop to serve next ({@link #takeDeferred}); VFS waits in its
 * SENDREC to MFS, so there is seldom one. The periodic write-back alarm that the bound replaced
 * is armed again afterwards.
 *
 * <p>Without a label (DS did not know the driver at MOUNT) there is nothing to wait for: the
 * caller fails the request with EIO, as before recovery existed.
 */
final class DriverRecovery {
  /** Uptime MFS waits for a new instance, in all, before a request ends with EIO. */
  static final int WAIT_LIMIT_SECONDS = 30;

  /** Most look-ups per wait, whatever the clock says. */
  static final int MAX_TRIES = 64;

  /** Requests kept while waiting at most; one more is answered EAGAIN. */
  static final int MAX_DEFERRED = 16;

  private final SystemCalls sys;
  private final int ds;
  private final long syncTicks;
  private final byte[] label = new byte[DsCalls.KEY_MAX];
  private int labelLength;
  private final Message message = new Message();
  private final Message notification = new Message();
  private final Message answer = new Message();
  private final ArrayDeque<int[]> deferred = new ArrayDeque<>();
  private boolean waiting;
  private final byte[] changedKey = new byte[DsCalls.KEY_MAX];

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
    return labelLength > 0 && subscribe();
  }

  /** SUBSCRIBE to the label's key alone: DS NOTIFYs MFS whenever RS publishes an instance. */
  private boolean subscribe() {
    byte[] pattern = ("\\Q" + label() + "\\E").getBytes(StandardCharsets.US_ASCII);
    int grant = sys.grant(ds, GrantAccess.READ, pattern, 0, pattern.length);
    if (grant < 0) {
      return false;
    }
    message.clear();
    message.setType(DsCalls.SUBSCRIBE).setPayload(0, grant).setPayload(1, pattern.length);
    int status = sys.sendrec(ds, message);
    sys.revokeGrant(grant);
    return status == Errno.OK_VALUE && message.type() >= 0;
  }

  /**
   * DS NOTIFYed MFS: takes every change it has (CHECK until none is left), so that DS's next
   * change notifies again. The endpoint itself is asked for when a request needs it.
   */
  void takeChanges() {
    for (int round = 0; round < MAX_TRIES; round++) {
      int grant = sys.grant(ds, GrantAccess.WRITE, changedKey, 0, changedKey.length);
      if (grant < 0) {
        return;
      }
      message.clear();
      message.setType(DsCalls.CHECK).setPayload(0, grant).setPayload(1, changedKey.length);
      int status = sys.sendrec(ds, message);
      sys.revokeGrant(grant);
      if (status < 0 || message.type() < 0) {
        return;
      }
    }
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
    boolean armed = false;
    int found = Endpoint.NONE;
    waiting = true;
    for (int tries = 0; tries < MAX_TRIES; tries++) {
      int endpoint = retrieveLabel();
      if (endpoint >= 0 && endpoint != dead) {
        found = endpoint;
        break;
      }
      if (!armed) {
        sys.setAlarm(deadline, true);
        armed = true;
      }
      if (!awaitNews(deadline)) {
        break;
      }
    }
    waiting = false;
    if (armed) {
      sys.setAlarm(syncTicks, false); // the write-back's period starts again
    }
    return found;
  }

  /** Whether MFS is waiting for the driver's next instance now (for observers). */
  boolean waiting() {
    return waiting;
  }

  /** Payload word {@code word} of each request kept while waiting, oldest first (observers). */
  int[] deferredPayloads(int word) {
    return deferred.stream().mapToInt(words -> words[MessageLayout.PAYLOAD_OFFSET / Integer.BYTES + word]).toArray();
  }

  /**
   * Moves the oldest request that arrived while MFS waited for the driver into {@code into};
   * false if there is none. The caller's loop serves these before it receives again.
   */
  boolean takeDeferred(Message into) {
    int[] words = deferred.poll();
    if (words == null) {
      return false;
    }
    into.copyFrom(words);
    return true;
  }

  /**
   * Waits for DS's next notification; false once the deadline's alarm rang instead. A request
   * that arrives meanwhile is kept for later (past {@link #MAX_DEFERRED}, answered EAGAIN).
   */
  private boolean awaitNews(long deadline) {
    while (true) {
      if (sys.receive(Endpoint.ANY, notification) < 0) {
        return false;
      }
      if (!notification.isNotification()) {
        if (deferred.size() < MAX_DEFERRED) {
          int[] words = new int[Message.WORDS];
          notification.copyTo(words);
          deferred.add(words);
        } else {
          answer.clear();
          answer.setType(Errno.EAGAIN.wireValue());
          sys.send(notification.source(), answer);
        }
        continue;
      }
      if (notification.source() == ds) {
        takeChanges();
        return true;
      }
      if (notification.source() == Notification.CLOCK && Math.max(0, sys.uptime()) >= deadline) {
        return false;
      }
    }
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

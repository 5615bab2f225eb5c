package org.minix3j.kernel.ipc;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Notification;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.proc.IpcCall;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessState;
import org.minix3j.kernel.proc.ProcessTable;

/**
 * Message passing: SEND, SENDREC, RECEIVE and NOTIFY, and the cleanup when a process exits,
 * step for step as spec/Ipc.tla states them.
 *
 * <p>Entry points: {@link #send}, {@link #receive}, {@link #notify}, {@link #kernelNotify},
 * {@link #exit}. The caller of the first three is a running process holding no message (the
 * spec's {@code CanCall}); its outgoing message, if any, is already in its slot's message
 * words. Each returns the call's result ({@link Errno#OK_VALUE} or a negative error) when the
 * call completed, or {@link #BLOCKED} when the caller now waits; either way the caller's
 * {@link ProcessSlot#result()} says the same. Privilege checks come before, in the trap; nothing
 * here allocates.
 */
public final class Ipc {
  /** Returned when the call left its caller blocked. */
  public static final int BLOCKED = ProcessSlot.NO_RESULT;

  private static final int OK = Errno.OK_VALUE;

  private final ProcessTable table;
  private final KernelMutant mutant;
  private IpcListener listener = IpcListener.NONE;
  private NotificationSource notifications = NotificationSource.EMPTY;

  public Ipc(ProcessTable table, KernelMutant mutant) {
    this.table = table;
    this.mutant = mutant;
  }

  public void setListener(IpcListener listener) {
    this.listener = listener;
  }

  public void setNotificationSource(NotificationSource notifications) {
    this.notifications = notifications;
  }

  // spec: Ipc!ProcSend (kind "send" or "sendrec")
  public int send(ProcessSlot caller, int destination, boolean sendrec) {
    requireCanCall(caller);
    if (!table.inRange(destination)) {
      return fail(caller, Errno.EBADSRCDST);
    }
    ProcessSlot receiver = table.slot(Endpoint.slot(destination));
    if (!sendTargetOk(receiver, destination)) {
      return fail(caller, Errno.EDEADSRCDST);
    }
    if (willReceive(receiver, caller)) {
      deliver(caller, receiver);
      receiver.complete(OK);
      listener.unblocked(receiver);
      if (sendrec) {
        caller.setBlocking(ProcessState.RECEIVING, IpcCall.SENDREC, destination);
        caller.setResult(BLOCKED);
        return BLOCKED;
      }
      caller.complete(OK);
      return OK;
    }
    if (mutant != KernelMutant.NO_DEADLOCK_REFUSAL
        && Deadlock.closesCycle(table, caller, receiver)) {
      return fail(caller, Errno.ELOCKED);
    }
    caller.setBlocking(ProcessState.SENDING, sendrec ? IpcCall.SENDREC : IpcCall.SEND, destination);
    caller.setHoldsMessage(true);
    caller.setResult(BLOCKED);
    receiver.enqueueSender(caller);
    return BLOCKED;
  }

  // spec: Ipc!ProcReceive
  public int receive(ProcessSlot caller, int source) {
    requireCanCall(caller);
    if (source != Endpoint.ANY) {
      if (!table.inRange(source)) {
        return fail(caller, Errno.EBADSRCDST);
      }
      if (current(source) == null) {
        return fail(caller, Errno.EDEADSRCDST);
      }
    }
    int notifier = pendingNotification(caller, source);
    if (notifier >= 0) {
      // spec: Ipc!TakeNotification
      if (mutant != KernelMutant.NOTIFICATION_DELIVERED_TWICE) {
        caller.pending().clear(notifier);
      }
      writeNotification(caller, notifier);
      caller.complete(OK);
      return OK;
    }
    ProcessSlot before = null;
    for (ProcessSlot sender = caller.queueHead(); sender != null; sender = sender.queueNext()) {
      if (source == Endpoint.ANY || sender.endpoint() == source) {
        takeQueued(caller, sender, before);
        return OK;
      }
      before = sender;
    }
    if (source != Endpoint.ANY
        && mutant != KernelMutant.NO_DEADLOCK_REFUSAL
        && Deadlock.closesCycle(table, caller, table.slot(Endpoint.slot(source)))) {
      return fail(caller, Errno.ELOCKED);
    }
    caller.setBlocking(ProcessState.RECEIVING, IpcCall.RECEIVE, source);
    caller.setResult(BLOCKED);
    return BLOCKED;
  }

  // spec: Ipc!ProcNotify
  public int notify(ProcessSlot caller, int destination) {
    requireCanCall(caller);
    if (!table.inRange(destination)) {
      return fail(caller, Errno.EBADSRCDST);
    }
    ProcessSlot receiver = current(destination);
    if (receiver == null) {
      return fail(caller, Errno.EDEADSRCDST);
    }
    post(caller.slot(), receiver);
    caller.complete(OK);
    return OK;
  }

  /**
   * A notification from one of the kernel's own sources ({@link Notification#HARDWARE}, {@link
   * Notification#CLOCK}) to a live process (spec: Ipc!ProcNotify, the kernel as notifier).
   */
  public void kernelNotify(int sourceSlot, ProcessSlot receiver) {
    if (!ProcessTable.isKernelSlot(sourceSlot) || !receiver.alive()) {
      throw new IllegalArgumentException("kernel notification from slot " + sourceSlot + " to " + receiver);
    }
    post(sourceSlot, receiver);
  }

  /**
   * The cleanup when {@code process} exits, is killed or crashes: peers blocked sending to it
   * or receiving from it fail with EDEADSRCDST, it leaves the queue it waits in, its message is
   * handed back, and notifications to and from it are dropped; then its slot is empty.
   */
  // spec: Ipc!ProcExit
  public void exit(ProcessSlot process) {
    if (!process.alive() || ProcessTable.isKernelSlot(process.slot())) {
      throw new IllegalArgumentException("cannot exit " + process);
    }
    int endpoint = process.endpoint();
    for (int slot = 0; slot < table.size(); slot++) {
      ProcessSlot other = table.slot(slot);
      if (other != process && other.state().blocked() && other.peer() == endpoint) {
        ProcessSlot queue = other.queuedOn();
        if (queue != null) {
          queue.removeSender(other);
        }
        other.setHoldsMessage(false);
        other.complete(Errno.EDEADSRCDST.wireValue());
        listener.unblocked(other);
      }
      other.pending().clear(process.slot());
    }
    ProcessSlot queue = process.queuedOn();
    if (queue != null) {
      queue.removeSender(process);
    }
    // Only senders with a stale peer can still wait here (a kernel without the generation check).
    for (ProcessSlot left = process.queueHead(); left != null; left = process.queueHead()) {
      process.unlinkSender(left, null);
    }
    table.vacate(process);
  }

  // ---- the spec's helpers ----

  private static void requireCanCall(ProcessSlot caller) {
    if (caller.state() != ProcessState.RUNNING || caller.holdsMessage()) {
      throw new IllegalStateException("IPC call by a process that cannot call: " + caller);
    }
  }

  private int fail(ProcessSlot caller, Errno error) {
    caller.setResult(error.wireValue());
    return error.wireValue();
  }

  private @Nullable ProcessSlot current(int endpoint) {
    return table.current(endpoint);
  }

  private boolean sendTargetOk(ProcessSlot receiver, int destination) {
    if (mutant == KernelMutant.GENERATION_NOT_CHECKED) {
      return receiver.alive();
    }
    return receiver.alive() && receiver.generation() == Endpoint.generation(destination);
  }

  /** Receiver waits for a message that {@code sender} may give it (spec: Ipc!WillReceive). */
  private static boolean willReceive(ProcessSlot receiver, ProcessSlot sender) {
    return receiver.state() == ProcessState.RECEIVING
        && (receiver.peer() == Endpoint.ANY || receiver.peer() == sender.endpoint());
  }

  /** The notifying slot whose notification this receive takes, lowest first, or -1. */
  private int pendingNotification(ProcessSlot caller, int source) {
    if (source == Endpoint.ANY) {
      return caller.pending().lowest();
    }
    int slot = Endpoint.slot(source);
    return caller.pending().isSet(slot) ? slot : -1;
  }

  /** Sets the pending bit, or delivers at once to a receiver waiting for it. */
  private void post(int sourceSlot, ProcessSlot receiver) {
    if (acceptsNotification(receiver, sourceSlot)) {
      writeNotification(receiver, sourceSlot);
      receiver.complete(OK);
      listener.unblocked(receiver);
    } else {
      receiver.pending().set(sourceSlot);
    }
  }

  /** A plain RECEIVE from ANY or the source (spec: Ipc!AcceptsNotification). */
  private boolean acceptsNotification(ProcessSlot receiver, int sourceSlot) {
    return receiver.state() == ProcessState.RECEIVING
        && receiver.call() == IpcCall.RECEIVE
        && (receiver.peer() == Endpoint.ANY
            || receiver.peer() == table.slot(sourceSlot).endpoint());
  }

  // spec: Ipc!TakeQueued
  private void takeQueued(ProcessSlot receiver, ProcessSlot sender, @Nullable ProcessSlot before) {
    receiver.unlinkSender(sender, before);
    deliver(sender, receiver);
    sender.setHoldsMessage(false);
    if (sender.call() == IpcCall.SENDREC) {
      sender.setBlocking(ProcessState.RECEIVING, IpcCall.SENDREC, receiver.endpoint());
      sender.setResult(BLOCKED);
    } else {
      sender.complete(OK);
      listener.unblocked(sender);
    }
    receiver.complete(OK);
  }

  /** Copies the sender's message into the receiver's, stamping the source. */
  private static void deliver(ProcessSlot sender, ProcessSlot receiver) {
    System.arraycopy(sender.message(), 0, receiver.message(), 0, ProcessSlot.MESSAGE_WORDS);
    receiver.message()[0] = sender.endpoint();
  }

  private void writeNotification(ProcessSlot receiver, int sourceSlot) {
    int[] words = receiver.message();
    java.util.Arrays.fill(words, 0);
    words[0] = table.slot(sourceSlot).endpoint();
    words[1] = Notification.TYPE;
    words[2 + Notification.ARGUMENT_WORD] = notifications.argument(receiver, sourceSlot);
    words[2 + Notification.TIME_WORD] = (int) notifications.microseconds();
  }
}

package org.minix3j.kernel.proc;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.MessageLayout;

/**
 * One process-table slot: the process's identity and its IPC state, the fields of
 * spec/Ipc.tla per slot (generation, pstate, call, peer, outbox, queue, pending, result).
 *
 * <p>Message storage: each slot owns one message of {@link MessageLayout#SIZE} bytes, kept as
 * 16 words. A sender's message lives there from the moment of its call until the receiver
 * takes it (the spec's {@code outbox}: the sender's own buffer, never a kernel queue), and a
 * receiver's message is delivered there. {@link #holdsMessage()} says whether the words are an
 * undelivered outgoing message.
 *
 * <p>The senders blocked on this process form an intrusive FIFO through {@link #queueNext}, so
 * blocking a sender allocates nothing. Only the IPC code and the process table change these
 * fields; everything else reads them.
 */
public final class ProcessSlot {
  /** Words in a message. */
  public static final int MESSAGE_WORDS = MessageLayout.SIZE / Integer.BYTES;

  /** The result of a call not yet completed (the spec's "NONE"). */
  public static final int NO_RESULT = Integer.MIN_VALUE;

  private final int slot;
  private int generation;
  private boolean everUsed;
  private ProcessState state = ProcessState.DEAD;
  private IpcCall call = IpcCall.NONE;
  private int peer = Endpoint.NONE;
  private final int[] message = new int[MESSAGE_WORDS];
  private boolean holdsMessage;
  private @Nullable ProcessSlot queueHead;
  private @Nullable ProcessSlot queueTail;
  private @Nullable ProcessSlot queueNext;
  private @Nullable ProcessSlot queuedOn;
  private final SlotBitmap pending;
  private int result = NO_RESULT;
  private String name = "";

  ProcessSlot(int slot, int tableSize) {
    this.slot = slot;
    this.pending = new SlotBitmap(tableSize);
  }

  public int slot() {
    return slot;
  }

  public int generation() {
    return generation;
  }

  /** The endpoint of the process now in this slot (or of the last one, if the slot is empty). */
  public int endpoint() {
    return Endpoint.of(slot, generation);
  }

  public ProcessState state() {
    return state;
  }

  public boolean alive() {
    return state != ProcessState.DEAD;
  }

  public IpcCall call() {
    return call;
  }

  /** The endpoint this process is blocked on, {@link Endpoint#ANY}, or {@link Endpoint#NONE}. */
  public int peer() {
    return peer;
  }

  /** The slot's message words (the caller must not keep the array). */
  public int[] message() {
    return message;
  }

  public boolean holdsMessage() {
    return holdsMessage;
  }

  public SlotBitmap pending() {
    return pending;
  }

  /** The result of the last completed call, or {@link #NO_RESULT}. */
  public int result() {
    return result;
  }

  public String name() {
    return name;
  }

  /** The first sender blocked on this process, or null. */
  public @Nullable ProcessSlot queueHead() {
    return queueHead;
  }

  /** The sender after this one in the queue it waits in, or null. */
  public @Nullable ProcessSlot queueNext() {
    return queueNext;
  }

  /** The process whose queue this one waits in, or null. */
  public @Nullable ProcessSlot queuedOn() {
    return queuedOn;
  }

  // ---- changes, for the IPC code and the process table ----

  /** Marks the slot occupied by a fresh process: generation 0 the first time, the next after. */
  void occupy(String processName) {
    if (everUsed) {
      generation = Endpoint.nextGeneration(generation);
    }
    everUsed = true;
    name = processName;
    resetIpc(ProcessState.RUNNING);
  }

  void vacate() {
    resetIpc(ProcessState.DEAD);
  }

  /** No call, no peer, no message held, no result, no notification pending. */
  private void resetIpc(ProcessState newState) {
    state = newState;
    call = IpcCall.NONE;
    peer = Endpoint.NONE;
    holdsMessage = false;
    result = NO_RESULT;
    pending.clearAll();
  }

  /** Sets state, call and peer together. */
  public void setBlocking(ProcessState newState, IpcCall newCall, int newPeer) {
    state = newState;
    call = newCall;
    peer = newPeer;
  }

  /** Back to running with no call in progress and the given result. */
  public void complete(int newResult) {
    state = ProcessState.RUNNING;
    call = IpcCall.NONE;
    peer = Endpoint.NONE;
    result = newResult;
  }

  public void setResult(int newResult) {
    result = newResult;
  }

  public void setHoldsMessage(boolean holds) {
    holdsMessage = holds;
  }

  /** Appends {@code sender} to this process's queue of blocked senders. */
  public void enqueueSender(ProcessSlot sender) {
    sender.queueNext = null;
    sender.queuedOn = this;
    if (queueTail == null) {
      queueHead = sender;
    } else {
      queueTail.queueNext = sender;
    }
    queueTail = sender;
  }

  /** Removes {@code sender} from this process's queue; {@code before} is its predecessor or null. */
  public void unlinkSender(ProcessSlot sender, @Nullable ProcessSlot before) {
    if (before == null) {
      queueHead = sender.queueNext;
    } else {
      before.queueNext = sender.queueNext;
    }
    if (queueTail == sender) {
      queueTail = before;
    }
    sender.queueNext = null;
    sender.queuedOn = null;
  }

  /** Removes {@code sender} from this process's queue, wherever it is in it. */
  public void removeSender(ProcessSlot sender) {
    ProcessSlot before = null;
    for (ProcessSlot s = queueHead; s != null; s = s.queueNext) {
      if (s == sender) {
        unlinkSender(s, before);
        return;
      }
      before = s;
    }
  }

  @Override
  public String toString() {
    return name + "(" + Endpoint.describe(endpoint()) + ", " + state + ")";
  }
}

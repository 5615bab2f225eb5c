package org.minix3j.kernel.sched;

import java.util.Arrays;

/**
 * Who runs next: {@link #QUEUES} ready queues, queue 0 first, round robin within a queue, and a
 * quantum of clock ticks per process. There is no TLA+ spec for scheduling: it is mechanism
 * the specs leave to the implementation (they only require that a process that can run
 * eventually does).
 *
 * <p>Entry points: {@link #admit} when a process is created, {@link #ready} when it may run
 * (created, or woken by IPC), {@link #unready} when it blocks or stops, {@link #pick} for the
 * process to run now, {@link #tick} once per clock tick for the running process, {@link
 * #remove} when it exits. The running process stays at the head of its queue; when its quantum
 * is used up it goes to the back of the next lower queue with a fresh quantum (MINIX's penalty
 * for a process that keeps the CPU), down to the lowest; when it blocks it is back in its own
 * queue. So a process that loops without ever blocking sinks below everyone else and cannot
 * starve the processes that would notice it (RS and the servers RS waits on).
 *
 * <p>Invariants: a slot is in at most one queue, exactly when {@link #isReady}; queues are
 * intrusive lists through per-slot arrays, so nothing here allocates after construction;
 * everything is decided by the order of calls alone (deterministic).
 */
public final class Scheduler {
  /** Ready queues, as in MINIX. */
  public static final int QUEUES = 16;

  /** Where a user process goes unless told otherwise (MINIX's USER_Q). */
  public static final int USER_QUEUE = 7;

  /** Where a system process goes unless told otherwise. */
  public static final int SYSTEM_QUEUE = 4;

  /** Ticks in a quantum unless told otherwise. */
  public static final int DEFAULT_QUANTUM = 8;

  private static final int NONE = -1;

  private final int[] head = new int[QUEUES];
  private final int[] tail = new int[QUEUES];
  private final int[] next;
  private final int[] queueOf;
  private final int[] ownQueue;
  private final int[] quantum;
  private final int[] ticksLeft;
  private final boolean[] ready;

  public Scheduler(int slots) {
    next = new int[slots];
    queueOf = new int[slots];
    ownQueue = new int[slots];
    quantum = new int[slots];
    ticksLeft = new int[slots];
    ready = new boolean[slots];
    Arrays.fill(head, NONE);
    Arrays.fill(tail, NONE);
  }

  /** A new process in {@code slot}: its queue and quantum; not yet ready. */
  public void admit(int slot, int queue, int quantumTicks) {
    if (queue < 0 || queue >= QUEUES || quantumTicks <= 0) {
      throw new IllegalArgumentException("queue " + queue + ", quantum " + quantumTicks);
    }
    remove(slot);
    queueOf[slot] = queue;
    ownQueue[slot] = queue;
    quantum[slot] = quantumTicks;
    ticksLeft[slot] = quantumTicks;
  }

  /** Appends {@code slot} to the back of its queue, unless it is already ready. */
  public void ready(int slot) {
    if (ready[slot]) {
      return;
    }
    ready[slot] = true;
    int queue = queueOf[slot];
    next[slot] = NONE;
    if (tail[queue] == NONE) {
      head[queue] = slot;
    } else {
      next[tail[queue]] = slot;
    }
    tail[queue] = slot;
  }

  /**
   * Takes {@code slot} out of its queue (it blocked or stopped); nothing if it was not ready. It
   * is back in its own queue, whatever it sank to.
   */
  public void unready(int slot) {
    dequeue(slot);
    queueOf[slot] = ownQueue[slot];
  }

  private void dequeue(int slot) {
    if (!ready[slot]) {
      return;
    }
    ready[slot] = false;
    int queue = queueOf[slot];
    int before = NONE;
    for (int s = head[queue]; s != NONE; s = next[s]) {
      if (s == slot) {
        if (before == NONE) {
          head[queue] = next[s];
        } else {
          next[before] = next[s];
        }
        if (tail[queue] == s) {
          tail[queue] = before;
        }
        return;
      }
      before = s;
    }
  }

  /** The process left the table: out of its queue. */
  public void remove(int slot) {
    unready(slot);
  }

  public boolean isReady(int slot) {
    return ready[slot];
  }

  /** The slot to run: the head of the first non-empty queue, or -1 when nothing is ready. */
  public int pick() {
    for (int queue = 0; queue < QUEUES; queue++) {
      if (head[queue] != NONE) {
        return head[queue];
      }
    }
    return NONE;
  }

  /**
   * A clock tick while {@code slot} ran: one tick of its quantum; when that was the last, it
   * goes to the back of the next lower queue with a new quantum. Returns whether the quantum
   * ran out.
   */
  public boolean tick(int slot) {
    if (--ticksLeft[slot] > 0) {
      return false;
    }
    ticksLeft[slot] = quantum[slot];
    if (ready[slot]) {
      dequeue(slot);
      queueOf[slot] = Math.min(queueOf[slot] + 1, QUEUES - 1);
      ready(slot);
    }
    return true;
  }

  /** Whether {@code slot} should give the turn to another process now. */
  public boolean shouldYield(int slot) {
    return pick() != slot;
  }

  public int queueOf(int slot) {
    return queueOf[slot];
  }

  /** The queue {@code slot} was admitted to, whatever it sank to since. */
  public int ownQueueOf(int slot) {
    return ownQueue[slot];
  }

  /** The quantum of {@code slot}, in clock ticks. */
  public int quantumOf(int slot) {
    return quantum[slot];
  }
}

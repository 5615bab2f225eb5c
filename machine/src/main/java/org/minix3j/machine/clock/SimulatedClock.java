package org.minix3j.machine.clock;

import java.util.Comparator;
import java.util.TreeSet;

/**
 * The single simulated clock of the minix3j machine (nanoseconds since power-on) and its event
 * queue. Nothing inside the machine reads the host clock: time moves only when the run loop
 * calls {@link #advanceTo} or {@link #advanceBy}.
 *
 * <p>Entry points: devices call {@link #scheduleAt} / {@link #scheduleAfter} to complete work
 * later, and {@link #cancel} when they are reprogrammed. The machine's run loop asks
 * {@link #nextEventTime()} to size the CPU's instruction budget, runs the CPU, then advances the
 * clock, which fires every event that has become due.
 *
 * <p>Invariants: time never goes backwards; events fire in (time, insertion order) order, each at
 * most once, with {@link #now()} equal to the event's time while its action runs; an event
 * scheduled by an action for a time already reached fires in the same advance. Actions must not
 * advance the clock themselves.
 */
public final class SimulatedClock {
  /** What {@link #nextEventTime()} returns when the queue is empty. */
  public static final long NO_EVENT = Long.MAX_VALUE;

  private static final Comparator<ScheduledEvent> FIRING_ORDER =
      Comparator.comparingLong(ScheduledEvent::time).thenComparingLong(ScheduledEvent::sequence);

  private final TreeSet<ScheduledEvent> queue = new TreeSet<>(FIRING_ORDER);
  private long now;
  private long nextSequence;
  private long eventsFired;
  private boolean advancing;
  private EventTraceListener traceListener = EventTraceListener.NONE;

  /** The current simulated time in nanoseconds. */
  public long now() {
    return now;
  }

  /** Schedules {@code action} at the absolute simulated time {@code time} (not in the past). */
  public ScheduledEvent scheduleAt(long time, String name, Runnable action) {
    if (time < now) {
      throw new IllegalArgumentException(
          "event '" + name + "' scheduled at " + time + " ns, before the current time " + now);
    }
    ScheduledEvent event = new ScheduledEvent(time, nextSequence++, name, action);
    queue.add(event);
    return event;
  }

  /** Schedules {@code action} {@code delay} nanoseconds from now. */
  public ScheduledEvent scheduleAfter(long delay, String name, Runnable action) {
    if (delay < 0) {
      throw new IllegalArgumentException("event '" + name + "' with negative delay " + delay);
    }
    return scheduleAt(Math.addExact(now, delay), name, action);
  }

  /** Removes a pending event; returns false if it had already fired or been cancelled. */
  public boolean cancel(ScheduledEvent event) {
    if (!event.isActive()) {
      return false;
    }
    event.deactivate();
    return queue.remove(event);
  }

  /** The time of the earliest pending event, or {@link #NO_EVENT}. */
  public long nextEventTime() {
    return queue.isEmpty() ? NO_EVENT : queue.first().time();
  }

  /** The number of pending events. */
  public int pendingEvents() {
    return queue.size();
  }

  /** The number of events fired since power-on. */
  public long eventsFired() {
    return eventsFired;
  }

  /** Installs the observer of fired events (replaces the previous one). */
  public void setTraceListener(EventTraceListener listener) {
    this.traceListener = listener;
  }

  /** Advances the clock by {@code delta} nanoseconds, firing every event that becomes due. */
  public void advanceBy(long delta) {
    if (delta < 0) {
      throw new IllegalArgumentException("cannot move the clock back by " + -delta + " ns");
    }
    advanceTo(Math.addExact(now, delta));
  }

  /**
   * Moves the clock to {@code time}, firing in order every event due at or before it (including
   * events that those actions schedule within the interval), then leaves the clock at
   * {@code time}.
   */
  public void advanceTo(long time) {
    if (time < now) {
      throw new IllegalArgumentException(
          "cannot move the clock back from " + now + " ns to " + time + " ns");
    }
    if (advancing) {
      throw new IllegalStateException("an event action tried to advance the clock");
    }
    advancing = true;
    try {
      while (!queue.isEmpty() && queue.first().time() <= time) {
        ScheduledEvent event = queue.pollFirst();
        if (event == null) {
          break;
        }
        event.deactivate();
        now = event.time();
        eventsFired++;
        traceListener.eventFired(now, event.name());
        event.fire();
      }
      now = time;
    } finally {
      advancing = false;
    }
  }

  /** Fires every event due at the current time (those scheduled for "now"). */
  public void runDueEvents() {
    advanceTo(now);
  }
}

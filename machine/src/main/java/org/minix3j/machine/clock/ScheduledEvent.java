package org.minix3j.machine.clock;

/**
 * One pending entry of the {@link SimulatedClock}'s event queue: an action due at a simulated
 * time (nanoseconds).
 *
 * <p>Returned by {@link SimulatedClock#scheduleAt} so that the device that scheduled it can
 * cancel it (for example a timer that is reprogrammed). Events are ordered by time and then by
 * sequence number, the order in which they were scheduled, so ties are broken
 * deterministically. A fired or cancelled event is inactive and stays so.
 */
public final class ScheduledEvent {
  private final long time;
  private final long sequence;
  private final String name;
  private final Runnable action;
  private boolean active = true;

  ScheduledEvent(long time, long sequence, String name, Runnable action) {
    this.time = time;
    this.sequence = sequence;
    this.name = name;
    this.action = action;
  }

  /** The simulated time (ns) at which the event fires. */
  public long time() {
    return time;
  }

  /** The insertion order; breaks ties between events due at the same time. */
  public long sequence() {
    return sequence;
  }

  /** A short name for traces, such as {@code "pit0.irq"}. */
  public String name() {
    return name;
  }

  /** True while the event is queued: neither fired nor cancelled. */
  public boolean isActive() {
    return active;
  }

  void deactivate() {
    active = false;
  }

  void fire() {
    action.run();
  }

  @Override
  public String toString() {
    return name + "@" + time + "#" + sequence + (active ? "" : " (inactive)");
  }
}

package org.minix3j.machine.clock;

/**
 * Observes every event the {@link SimulatedClock} fires, in firing order. Used to compare two
 * runs step for step (determinism) and to debug device timing.
 */
@FunctionalInterface
public interface EventTraceListener {
  /** A listener that records nothing. */
  EventTraceListener NONE = (time, name) -> {};

  /** Called just before the event's action runs, with the clock already at {@code time}. */
  void eventFired(long time, String name);
}

package org.minix3j.machine.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {
  private final SimulatedClock clock = new SimulatedClock();
  private final List<String> fired = new ArrayList<>();

  private Runnable record(String name) {
    return () -> fired.add(name + "@" + clock.now());
  }

  @Test
  void eventsFireInTimeOrderAndTiesInInsertionOrder() {
    clock.scheduleAt(300, "c", record("c"));
    clock.scheduleAt(100, "a1", record("a1"));
    clock.scheduleAt(100, "a2", record("a2"));
    clock.scheduleAt(200, "b", record("b"));
    clock.scheduleAt(100, "a3", record("a3"));

    clock.advanceTo(1_000);

    assertEquals(List.of("a1@100", "a2@100", "a3@100", "b@200", "c@300"), fired);
    assertEquals(1_000, clock.now());
    assertEquals(5, clock.eventsFired());
  }

  @Test
  void advanceStopsBeforeLaterEventsAndReportsTheNextOne() {
    clock.scheduleAt(50, "early", record("early"));
    clock.scheduleAt(500, "late", record("late"));
    assertEquals(50, clock.nextEventTime());

    clock.advanceTo(499);

    assertEquals(List.of("early@50"), fired);
    assertEquals(500, clock.nextEventTime());
    clock.advanceBy(1);
    assertEquals(List.of("early@50", "late@500"), fired);
    assertEquals(SimulatedClock.NO_EVENT, clock.nextEventTime());
  }

  @Test
  void cancelledEventsNeverFire() {
    ScheduledEvent doomed = clock.scheduleAt(100, "doomed", record("doomed"));
    clock.scheduleAt(100, "kept", record("kept"));

    assertTrue(clock.cancel(doomed));
    assertFalse(clock.cancel(doomed));
    assertFalse(doomed.isActive());
    clock.advanceTo(200);

    assertEquals(List.of("kept@100"), fired);
    assertEquals(0, clock.pendingEvents());
  }

  @Test
  void anEventCanCancelAnotherDueAtTheSameTime() {
    List<ScheduledEvent> later = new ArrayList<>();
    clock.scheduleAt(10, "canceller", () -> clock.cancel(later.get(0)));
    later.add(clock.scheduleAt(10, "victim", record("victim")));

    clock.advanceTo(20);

    assertEquals(List.of(), fired);
  }

  @Test
  void eventsScheduledByAnActionWithinTheIntervalFireInTheSameAdvance() {
    clock.scheduleAt(
        10,
        "first",
        () -> {
          fired.add("first@" + clock.now());
          clock.scheduleAfter(5, "second", record("second"));
          clock.scheduleAfter(0, "now", record("now"));
        });

    clock.advanceTo(100);

    assertEquals(List.of("first@10", "now@10", "second@15"), fired);
  }

  @Test
  void timeNeverGoesBackwards() {
    clock.advanceTo(100);
    assertThrows(IllegalArgumentException.class, () -> clock.advanceTo(99));
    assertThrows(IllegalArgumentException.class, () -> clock.scheduleAt(99, "past", () -> {}));
    assertThrows(IllegalArgumentException.class, () -> clock.advanceBy(-1));
    assertEquals(100, clock.now());
  }

  @Test
  void anActionMayNotAdvanceTheClock() {
    clock.scheduleAt(10, "rogue", () -> clock.advanceTo(20));
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> clock.advanceTo(30));
    assertTrue(String.valueOf(refused.getMessage()).contains("advance"));
  }

  @Test
  void theTraceListenerSeesEveryFiredEventInOrder() {
    List<String> trace = new ArrayList<>();
    clock.setTraceListener((time, name) -> trace.add(name + "@" + time));
    clock.scheduleAt(7, "x", () -> {});
    clock.scheduleAt(3, "y", () -> {});

    clock.advanceTo(10);

    assertEquals(List.of("y@3", "x@7"), trace);
  }
}

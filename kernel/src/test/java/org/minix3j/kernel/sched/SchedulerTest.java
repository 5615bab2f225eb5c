package org.minix3j.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SchedulerTest {
  private final Scheduler scheduler = new Scheduler(8);

  @Test
  void theLowestNumberedQueueRunsFirstAndBlockedProcessesLeaveIt() {
    scheduler.admit(2, 7, 1);
    scheduler.admit(3, 4, 1);
    scheduler.ready(2);
    assertEquals(2, scheduler.pick());
    scheduler.ready(3);
    assertEquals(3, scheduler.pick(), "queue 4 before queue 7");
    assertTrue(scheduler.shouldYield(2));
    scheduler.unready(3);
    assertFalse(scheduler.isReady(3));
    assertEquals(2, scheduler.pick());
    scheduler.unready(2);
    assertEquals(-1, scheduler.pick());
  }

  @Test
  void aProcessWhoseQuantumRunsOutGoesToTheBackOfItsQueue() {
    scheduler.admit(2, 5, 2);
    scheduler.admit(3, 5, 2);
    scheduler.ready(2);
    scheduler.ready(3);
    assertFalse(scheduler.tick(2), "one tick of two");
    assertEquals(2, scheduler.pick());
    assertTrue(scheduler.tick(2));
    assertEquals(3, scheduler.pick(), "round robin");
    assertTrue(scheduler.shouldYield(2));
  }

  @Test
  void readyTwiceQueuesOnceAndUnreadyFromTheMiddleKeepsTheOrder() {
    for (int slot = 2; slot <= 4; slot++) {
      scheduler.admit(slot, 6, 1);
      scheduler.ready(slot);
    }
    scheduler.ready(2);
    scheduler.unready(3);
    assertEquals(2, scheduler.pick());
    scheduler.unready(2);
    assertEquals(4, scheduler.pick());
    scheduler.unready(4);
    assertEquals(-1, scheduler.pick());
  }

  @Test
  void aProcessThatKeepsItsQuantumSinksBelowTheOthersAndIsBackInItsQueueWhenItBlocks() {
    scheduler.admit(2, 2, 1);
    scheduler.admit(3, 4, 1);
    scheduler.ready(2);
    scheduler.ready(3);
    assertTrue(scheduler.tick(2));
    assertEquals(2, scheduler.pick(), "queue 3 is still before queue 4");
    assertTrue(scheduler.tick(2));
    assertEquals(4, scheduler.queueOf(2));
    assertEquals(3, scheduler.pick(), "the looping process sank behind queue 4's");
    assertEquals(2, scheduler.ownQueueOf(2));
    scheduler.unready(2);
    assertEquals(2, scheduler.queueOf(2), "blocked: back in its own queue");
    scheduler.ready(2);
    assertEquals(2, scheduler.pick());
  }
}

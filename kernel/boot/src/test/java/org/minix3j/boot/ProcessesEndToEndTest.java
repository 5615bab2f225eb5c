package org.minix3j.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.boot.BootedSystem.expect;

import org.junit.jupiter.api.Test;

/**
 * Processes end to end: fork, exec, exit and wait through PM, background jobs and their
 * statuses, ps and date, the process limit under a fork bomb, and determinism (the same
 * command line runs the same way, to the byte and to the simulated nanosecond).
 */
class ProcessesEndToEndTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void theShellsPidDiffersFromItsChilds() {
    expect("p=$$; c=$(sh -c 'echo $$'); test -n \"$p\" && test -n \"$c\" && test \"$p\" != \"$c\""
        + " && echo differ", "differ\n", 0);
  }

  @Test
  void backgroundJobsRunTogetherAndWaitCollectsThemAll() {
    BootedSystem.Run run = expect("sleep 1 & sleep 1 & sleep 1 & echo started; wait; echo all",
        "started\nall\n", 0);
    assertTrue(run.simulatedNanoseconds() >= SECOND, run.describe());
    assertTrue(run.simulatedNanoseconds() < 2 * SECOND, "the three sleeps overlap; " + run.describe());
  }

  @Test
  void waitGivesABackgroundJobsExitStatus() {
    expect("sh -c 'exit 3' & wait $!; echo $?", "3\n", 0);
  }

  @Test
  void psListsTheRunningShell() {
    expect("ps | grep sh", "    3     1     3     0 S        0 sh\n", 0);
  }

  @Test
  void fiftyChildrenInARowAllComeAndGo() {
    expect("i=0; while [ $i -lt 50 ]; do sh -c true || break; i=$((i+1)); done; echo $i",
        "50\n", 0);
  }

  @Test
  void dateShowsTheBootDateOfTheCmosClock() {
    expect("date", "Wed Jan  1 00:00:00 UTC 2025\n", 0);
  }

  @Test
  void unameNamesTheSystem() {
    expect("uname", "minix3j\n", 0);
  }

  @Test
  void aForkBombHitsTheProcessLimit() {
    expect("/usr/tests/posix/hostile_fork_bomb_hits_process_limit; echo $?", "0\n", 0);
  }

  @Test
  void theSystemKeepsRunningAfterAForkBomb() {
    expect("/usr/tests/posix/hostile_fork_bomb_hits_process_limit > /dev/null 2>&1; echo alive;"
        + " sh -c 'echo a child runs'", "alive\na child runs\n", 0);
  }

  @Test
  void theSameCommandLineRunsTheSameWayTwice() {
    String line = "printf 'b\\na\\n' | sort > /tmp/s; sleep 1 & sh -c 'cat /tmp/s' & wait;"
        + " ps | grep sh; date; ls -l /tmp";
    BootedSystem.Run first = BootedSystem.run(line);
    BootedSystem.Run second = BootedSystem.run(line);
    assertEquals(BootDriver.Ending.SHUTDOWN, first.ending(), first.describe());
    assertEquals(first.output(), second.output());
    assertEquals(first.status(), second.status());
    assertEquals(first.simulatedNanoseconds(), second.simulatedNanoseconds());
    assertEquals(first.diagnostics(), second.diagnostics());
  }
}

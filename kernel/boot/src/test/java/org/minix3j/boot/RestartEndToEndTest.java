package org.minix3j.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.boot.BootedSystem.expect;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.SystemSlots;

/**
 * Service repair end to end: {@code service refresh LABEL} (and its old name {@code restart})
 * has RS end a driver and start a fresh copy from the boot image with a new endpoint, which DS
 * hands to VFS (and VFS to MFS for the root device's driver), so the console and the root file
 * system keep working; the drivers answer RS's heartbeat, so they stay up. Output the old
 * terminal driver had queued but not yet sent is lost with it, so the tty cases look at the end
 * of the console only.
 */
class RestartEndToEndTest {
  private static final String TTY_AGAIN =
      "rs: restarted tty, endpoint 8.1 (refresh, restart 1, after 0 ms)";

  /** Runs {@code commandLine}, which must end the system with status 0. */
  private static BootedSystem.Run shutsDownCleanly(String commandLine) {
    BootedSystem.Run run = BootedSystem.run(commandLine);
    String context = "command line: " + commandLine + "\n" + run.describe();
    assertEquals(BootDriver.Ending.SHUTDOWN, run.ending(), context);
    assertEquals(0, run.status(), context);
    return run;
  }

  @Test
  void theConsoleKeepsWorkingAfterItsDriverWasReplaced() {
    BootedSystem.Run run = shutsDownCleanly("service restart tty; echo back");
    assertTrue(run.output().endsWith("back\n"), run.describe());
    assertTrue(run.diagnostics().contains(TTY_AGAIN), run.describe());
  }

  @Test
  void aDriverThatCrashesWhilePmWaitsOnAnExecIsRepairedAtOnceNotByTheHeartbeat() {
    // The RAM disk's driver dies in the middle of the boot's reads, while PM waits for VFS
    // (exec reads the program through MFS, which waits for the driver): PM cannot report the
    // death, the kernel's notice to RS does, and the exec completes.
    BootedSystem.Run run = BootedSystem.run("echo booted", new CrashAtEntry("memory", 300));
    String context = run.describe();
    assertEquals(BootDriver.Ending.SHUTDOWN, run.ending(), context);
    assertEquals(0, run.status(), context);
    assertTrue(run.output().endsWith("booted\n"), context);
    assertTrue(run.diagnostics().stream().anyMatch(line -> line.startsWith(
        "rs: memory failed (crash: IllegalStateException: memory: injected crash")),
        context);
    assertFalse(run.diagnostics().stream().anyMatch(line -> line.contains("(heartbeat)")),
        context);
  }

  @Test
  void serviceListShowsTheNewEndpointAndOneRestart() {
    BootedSystem.Run run = shutsDownCleanly("service restart tty; service list | grep tty");
    String endpoint = Endpoint.describe(Endpoint.of(SystemSlots.TTY, 1));
    assertTrue(Pattern.compile(
        "(?m)tty\\s+" + Pattern.quote(endpoint) + "\\s+-\\s+1 up\\s+0 -\\s+-$")
        .matcher(run.output()).find(), run.describe());
  }

  @Test
  void eachRestartTakesTheNextGeneration() {
    BootedSystem.Run run = shutsDownCleanly(
        "service restart tty && service restart tty && echo twice");
    assertTrue(run.output().endsWith("twice\n"), run.describe());
    assertTrue(run.diagnostics().contains("rs: restarted tty, endpoint 8.2 (refresh, restart 2, after 0 ms)"),
        run.describe());
  }

  @Test
  void theRootFileSystemStaysReadableAfterAMemoryDriverRestart() {
    BootedSystem.Run run =
        expect("service restart memory; cat /etc/passwd | head -1", "root:x:0:0:root:/root:/bin/sh\n", 0);
    assertTrue(run.diagnostics().contains(
        "rs: restarted memory, endpoint 9.1 (refresh, restart 1, after 0 ms)"), run.describe());
  }

  @Test
  void refreshIsTheNameOfACleanRestart() {
    BootedSystem.Run run = expect("service refresh memory; cat /etc/passwd | head -1",
        "root:x:0:0:root:/root:/bin/sh\n", 0);
    assertTrue(run.diagnostics().contains(
        "rs: restarted memory, endpoint 9.1 (refresh, restart 1, after 0 ms)"), run.describe());
  }

  @Test
  void theDriversAnswerTheirHeartbeatsAndStayUp() {
    BootedSystem.Run run = expect("sleep 3; service list > /tmp/l; head -1 /tmp/l; grep tty /tmp/l; grep memory /tmp/l",
        """
        LABEL            ENDPOINT   PID RESTARTS STATE      INAROW BACKOFF  FAILURE
        tty                   8.0     -        0 up              0 -        -
        memory                9.0     -        0 up              0 -        -
        """, 0);
    assertTrue(run.simulatedNanoseconds() > 3_000_000_000L, "thirty heartbeat periods passed");
    assertTrue(run.diagnostics().stream().noneMatch(line -> line.contains("failed")),
        run.describe());
  }

  @Test
  void aServiceThatIsNeverRestartedCannotBeStopped() {
    expect("service down vm; echo $?", "service: down vm: operation not permitted\n1\n", 0);
  }

  @Test
  void theRootFileSystemStaysWritableAfterAMemoryDriverRestart() {
    expect("service restart memory; echo kept > /tmp/restart; sync; cat /tmp/restart", "kept\n", 0);
  }

  @Test
  void aServiceThatIsNeverRestartedIsRefused() {
    expect("service restart pm; echo $?", "service: restart pm: operation not permitted\n1\n", 0);
  }

  /**
   * ^C after a restart of the terminal driver still reaches the shell's process group. init
   * made the command line's shell the console's foreground group (TIOCSPGRP) before it ran; the
   * old driver saved that group in its private DS key, the new one took it back at start. The
   * check is the signal itself: ^C is typed once "ready" is on the console (after the restart),
   * while the shell runs a long sleep in its own group; the shell dies of SIGINT, so the system
   * ends with 128 + 2 and "not reached" never shows. A new driver that had lost the group would
   * signal no one (its foreground group would be 0): the sleep would end, "not reached" print,
   * and the status be 0.
   */
  @Test
  void controlCStillSignalsTheShellsGroupAfterTheTerminalDriverWasReplaced() {
    String commandLine = "service restart tty; echo ready; sleep 50; echo not reached";
    boolean[] typed = {false};
    BootedSystem.Run run = BootedSystem.run(commandLine, 80_000_000_000L, output -> {
      if (typed[0] || !output.endsWith("ready\n")) {
        return new byte[0];
      }
      typed[0] = true;
      return new byte[] {0x03};
    });
    String context = "command line: " + commandLine + "\n" + run.describe();
    assertTrue(typed[0], context);
    assertEquals(BootDriver.Ending.SHUTDOWN, run.ending(), context);
    assertEquals(128 + 2, run.status(), context);
    assertFalse(run.output().contains("not reached"), context);
    assertTrue(run.diagnostics().contains(TTY_AGAIN), context);
  }

  /**
   * A file larger than MFS's cache (256 blocks of 1 KiB) read through a pipe while the memory
   * driver is replaced. The first cat has read no more than what fills the pipe when the
   * subshell restarts the driver (the subshell's cat, which empties the pipe, starts only after
   * the restart), and /tmp/copy, written last, holds the cache: so the rest of /tmp/big comes
   * from the device, through the new driver. Every byte arrives, in order, and both files still
   * read the same afterwards. RS restarts at once and VFS passes the new endpoint on (NEWDRIVER)
   * before a user process runs again, so MFS follows by NEWDRIVER here; a driver that dies
   * holding one of MFS's requests is MFS's own unit tests' case (DriverRecoveryTest).
   */
  @Test
  void aFileLargerThanTheCacheReadsRightAcrossAMemoryDriverRestart() {
    BootedSystem.Run run = expect("yes 0123456789 | head -n 40000 > /tmp/big; cp /tmp/big /tmp/copy;"
        + " sync; cat /tmp/big | (service restart memory; cat) > /tmp/piped; wc -c < /tmp/piped;"
        + " cmp /tmp/piped /tmp/copy && cmp /tmp/big /tmp/copy && echo same",
        "440000\nsame\n", 0);
    assertTrue(run.diagnostics().contains("rs: restarted memory, endpoint 9.1 (refresh, restart 1, after 0 ms)"),
        run.describe());
  }
}

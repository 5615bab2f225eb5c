package org.minix3j.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.boot.BootedSystem.expect;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.SystemSlots;

/**
 * Service restart end to end: {@code service restart LABEL} has RS end a driver and start a
 * fresh copy from the boot image with a new endpoint, which DS hands to VFS (and VFS to MFS for
 * the root device's driver), so the console and the root file system keep working. Output the
 * old terminal driver had queued but not yet sent is lost with it, so the tty cases look at the
 * end of the console only.
 */
class RestartEndToEndTest {
  private static final String TTY_AGAIN = "rs: restarted tty, endpoint 8.1 (service restart)";

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
  void serviceListShowsTheNewEndpointAndOneRestart() {
    BootedSystem.Run run = shutsDownCleanly("service restart tty; service list | grep tty");
    String endpoint = Endpoint.describe(Endpoint.of(SystemSlots.TTY, 1));
    assertTrue(Pattern.compile("(?m)tty\\s+" + Pattern.quote(endpoint) + "\\s+1 up$")
        .matcher(run.output()).find(), run.describe());
  }

  @Test
  void eachRestartTakesTheNextGeneration() {
    BootedSystem.Run run = shutsDownCleanly(
        "service restart tty && service restart tty && echo twice");
    assertTrue(run.output().endsWith("twice\n"), run.describe());
    assertTrue(run.diagnostics().contains("rs: restarted tty, endpoint 8.2 (service restart)"),
        run.describe());
  }

  @Test
  void theRootFileSystemStaysReadableAfterAMemoryDriverRestart() {
    BootedSystem.Run run =
        expect("service restart memory; cat /etc/passwd | head -1", "root:x:0:0:root:/root:/bin/sh\n", 0);
    assertTrue(run.diagnostics().contains("rs: restarted memory, endpoint 9.1 (service restart)"),
        run.describe());
  }

  @Test
  void theRootFileSystemStaysWritableAfterAMemoryDriverRestart() {
    expect("service restart memory; echo kept > /tmp/restart; sync; cat /tmp/restart", "kept\n", 0);
  }

  @Test
  void aServiceThatIsNeverRestartedIsRefused() {
    expect("service restart pm; echo $?", "service: restart pm: operation not permitted\n1\n", 0);
  }
}

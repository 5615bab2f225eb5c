package org.minix3j.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.boot.BootedSystem.expect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.protocol.RsCalls;

/**
 * RS's policy features end to end: the reason of a crash names the exception and its message
 * (in the log, {@code service list} and {@code service snapshot}, from the kernel's death
 * record), a policy script runs with label, reason and count and decides the restart, {@code
 * service up} brings back a service that was stopped or starts a second copy, and only root may
 * change services.
 */
class PolicyEndToEndTest {
  private static final String OVERFLOW = "IllegalStateException: queue overflow";

  /** The first instance of {@code label} throws at once; every later one runs as it is. */
  private static ServiceWrap firstCrashes(String label) {
    int[] instances = {0};
    return (service, instance) -> {
      if (!service.equals(label) || instances[0]++ > 0) {
        return instance;
      }
      return sys -> {
        throw new IllegalStateException("queue overflow");
      };
    };
  }

  /**
   * The {@code which}-th instance of {@code label}'s program (counting from 0) throws when RS's
   * first ping reaches it: it fails once it runs, after whoever started it was answered.
   */
  private static ServiceWrap crashesOnPing(String label, int which) {
    int[] instances = {0};
    return (service, instance) -> {
      if (!service.equals(label) || instances[0]++ != which) {
        return instance;
      }
      return sys -> instance.run(failingOnPing(sys));
    };
  }

  @SuppressWarnings("nullness") // a proxy's arguments and results are as reflection has them
  private static SystemCalls failingOnPing(SystemCalls sys) {
    return (SystemCalls) Proxy.newProxyInstance(SystemCalls.class.getClassLoader(),
        new Class<?>[] {SystemCalls.class}, (proxy, method, arguments) -> {
          Object result;
          try {
            result = method.invoke(sys, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (method.getName().equals("receive") && arguments[1] instanceof Message received
              && RsCalls.isPing(received)) {
            throw new IllegalStateException("queue overflow");
          }
          return result;
        });
  }

  private static BootedSystem.Run shutsDownCleanly(String commandLine, ServiceWrap wrap) {
    BootedSystem.Run run = BootedSystem.run(commandLine, wrap);
    String context = "command line: " + commandLine + "\n" + run.describe();
    assertEquals(BootDriver.Ending.SHUTDOWN, run.ending(), context);
    assertEquals(0, run.status(), context);
    return run;
  }

  @Test
  void aSnapshotAfterACrashShowsTheExceptionAndItsMessage() {
    BootedSystem.Run run =
        shutsDownCleanly("service snapshot printer", firstCrashes("printer"));
    String output = run.commandOutput();
    assertTrue(output.startsWith("label printer\nendpoint 11.0\nrestarts 0\nreason crash: "
        + OVERFLOW + "\nsignal 6\n"), run.describe());
    assertTrue(output.contains("\nkernel:\nexception " + OVERFLOW + "\n  at "
        + PolicyEndToEndTest.class.getName()), run.describe());
    assertTrue(output.contains("\nipc running\n") && output.contains("\ngrants in use 0\n"),
        run.describe());
    assertTrue(run.diagnostics().contains("rs: printer failed (crash: " + OVERFLOW
        + ", signal 6), restart in 100 ms"), run.describe());
  }

  @Test
  void serviceListShowsTheExceptionAsTheLastFailure() {
    BootedSystem.Run run = shutsDownCleanly("sleep 1; service list | grep printer",
        firstCrashes("printer"));
    assertTrue(Pattern.compile("(?m)^printer\\s+11\\.1\\s+-\\s+1 up\\s+1 -\\s+crash: "
        + Pattern.quote(OVERFLOW) + "$").matcher(run.output()).find(), run.describe());
  }

  @Test
  void aServiceWithoutSnapshotInItsPolicyKeepsNone() {
    expect("service snapshot tty; echo $?", "service: snapshot tty: none kept (the policy says "
        + "no snapshot, or it has not failed)\n1\n", 0);
  }

  @Test
  void aPolicyScriptRunsWithLabelReasonAndCountAndRestartsTheService() {
    BootedSystem.Run run = shutsDownCleanly(
        "service up memory -label memory2 -policy /etc/rs/restart.sh; sleep 1; "
            + "service list | grep memory2", crashesOnPing("memory", 1));
    assertTrue(run.output().contains("rs script: memory2 failed (crash), failure 1\n"),
        run.describe());
    assertTrue(run.diagnostics().contains("rs: memory2 failed (crash: " + OVERFLOW
        + ", signal 6), script /etc/rs/restart.sh memory2 crash 1: left to the script"),
        run.describe());
    assertTrue(run.diagnostics().stream().anyMatch(line ->
        line.startsWith("rs: restarted memory2, endpoint 12.1 (refresh, restart 1, after ")),
        run.describe());
    assertTrue(Pattern.compile("(?m)^memory2\\s+12\\.1\\s+-\\s+1 up\\s+0 -\\s+crash: "
        + Pattern.quote(OVERFLOW) + "$").matcher(run.output()).find(), run.describe());
  }

  @Test
  void aStoppedPrinterComesBackWithServiceUpAndPrints() {
    BootedSystem.Run run = expect("service down printer; service up printer; echo $?; "
        + "echo after > /dev/lp; service list | grep printer",
        "0\nprinter              11.1     -        1 up              0 -        killed\n", 0);
    assertEquals("after\n", run.printed(), run.describe());
    assertTrue(run.diagnostics().contains(
        "rs: restarted printer, endpoint 11.1 (up, restart 1, after 0 ms)"), run.describe());
  }

  @Test
  void aSecondCopyRunsUnderItsOwnLabelInAFreeSlotAndAnswersItsHeartbeat() {
    BootedSystem.Run run = expect("service up memory -label memory2; sleep 1; "
        + "service list | grep memory", """
        memory                9.0     -        0 up              0 -        -
        memory2              12.0     -        0 up              0 -        -
        """, 0);
    assertTrue(run.diagnostics().stream().noneMatch(line -> line.contains("failed")),
        run.describe());
  }

  @Test
  void onlyRootMayStartAService() {
    expect("service down printer; su 100 -c 'service up printer'; echo $?; "
        + "service list | grep printer", """
        service: up printer: operation not permitted
        1
        printer              11.0     -        0 down            0 -        killed
        """, 0);
  }

  @Test
  void aProgramFileIsNoServiceProgram() {
    expect("service up /bin/sh; echo $?", "service: up: /bin/sh: not a program of the boot "
        + "image: every service is a Java program of the image, named by its label\n1\n", 0);
  }

  @Test
  void anUnknownProgramIsRefused() {
    expect("service up frobnicator; echo $?",
        "service: up frobnicator: no such program in the boot image\n1\n", 0);
  }
}

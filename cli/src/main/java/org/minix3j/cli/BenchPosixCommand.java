package org.minix3j.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code minix3j bench posix}: the time of the whole POSIX run (boot, every program of
 * conformance/posix, shutdown), simulated and host, as {@code minix3j posix --quiet} prints it.
 */
@Command(
    name = "posix",
    mixinStandardHelpOptions = true,
    description = "The time of the whole POSIX run, simulated and host.")
public final class BenchPosixCommand implements Callable<Integer> {
  @Override
  public Integer call() throws IOException, InterruptedException {
    PosixCommand posix = new PosixCommand();
    posix.quiet = true;
    return posix.call();
  }
}

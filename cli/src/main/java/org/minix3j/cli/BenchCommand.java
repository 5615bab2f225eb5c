package org.minix3j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for {@code minix3j bench}; replaced by the real command. */
@Command(name = "bench", description = "not built yet")
public final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("minix3j bench: not built yet");
    return 2;
  }
}

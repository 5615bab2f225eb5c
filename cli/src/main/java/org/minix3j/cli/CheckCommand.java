package org.minix3j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for {@code minix3j check}; replaced by the real command. */
@Command(name = "check", description = "not built yet")
public final class CheckCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("minix3j check: not built yet");
    return 2;
  }
}

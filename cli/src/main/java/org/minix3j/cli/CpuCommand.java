package org.minix3j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for {@code minix3j cpu}; replaced by the real command. */
@Command(name = "cpu", description = "not built yet")
public final class CpuCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("minix3j cpu: not built yet");
    return 2;
  }
}

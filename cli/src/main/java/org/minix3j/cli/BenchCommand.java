package org.minix3j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code minix3j bench}: the benchmarks. For now the CPU benchmark ({@code bench cpu}, {@link
 * BenchCpuCommand}); with no subcommand every available benchmark runs.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks; prints figures (they are not tests).",
    subcommands = {BenchCpuCommand.class})
public final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return new BenchCpuCommand().call();
  }
}

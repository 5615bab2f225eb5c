package org.minix3j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code minix3j bench}: the benchmarks: the CPU ({@code bench cpu}, {@link BenchCpuCommand})
 * and the IPC round trip ({@code bench ipc}, {@link BenchIpcCommand}); with no subcommand every
 * available benchmark runs.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks; prints figures (they are not tests).",
    subcommands = {BenchCpuCommand.class, BenchIpcCommand.class})
public final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    int cpu = new BenchCpuCommand().call();
    int ipc = new BenchIpcCommand().call();
    return Math.max(cpu, ipc);
  }
}

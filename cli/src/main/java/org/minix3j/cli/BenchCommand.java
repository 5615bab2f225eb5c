package org.minix3j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code minix3j bench}: the benchmarks: the CPU ({@code bench cpu}, {@link BenchCpuCommand}),
 * the IPC round trip ({@code bench ipc}, {@link BenchIpcCommand}), the booted system ({@code
 * bench boot}, {@link BenchBootCommand}), the POSIX run ({@code bench posix}) and recovery
 * ({@code bench recovery}, {@link BenchRecoveryCommand}); with no subcommand every benchmark
 * runs.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks; prints figures (they are not tests).",
    subcommands = {BenchCpuCommand.class, BenchIpcCommand.class, BenchBootCommand.class,
        BenchPosixCommand.class, BenchRecoveryCommand.class})
public final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() throws Exception {
    int cpu = new BenchCpuCommand().call();
    int ipc = new BenchIpcCommand().call();
    int boot = new BenchBootCommand().call();
    int posix = new BenchPosixCommand().call();
    int recovery = new BenchRecoveryCommand().call();
    return Math.max(Math.max(Math.max(cpu, ipc), Math.max(boot, posix)), recovery);
  }
}

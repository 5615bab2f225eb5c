package org.minix3j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code minix3j cpu}: the IA-32 machine without the kernel. Its subcommand {@code run}
 * ({@link CpuRunCommand}) runs a static i386 ELF on the bare machine.
 */
@Command(
    name = "cpu",
    mixinStandardHelpOptions = true,
    description = "Run programs on the bare minix3j machine (no kernel).",
    subcommands = {CpuRunCommand.class})
public final class CpuCommand implements Runnable {
  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public void run() {
    CommandLine.usage(spec.commandLine(), System.out);
  }
}

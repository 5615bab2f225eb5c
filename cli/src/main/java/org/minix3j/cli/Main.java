package org.minix3j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code minix3j} command: one entry point whose subcommands check the specifications,
 * run the machine and, later, boot the system.
 */
@Command(
    name = "minix3j",
    mixinStandardHelpOptions = true,
    version = "minix3j 0.1.0",
    description = "The MINIX 3 reliability architecture on an emulated IA-32 machine.",
    subcommands = {
      CheckCommand.class,
      ConformCommand.class,
      AuditCommand.class,
      CpuCommand.class,
      BootCommand.class,
      InjectCommand.class,
      PosixCommand.class,
      MkfsCommand.class,
      BenchCommand.class
    })
public final class Main implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}

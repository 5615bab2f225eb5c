package org.minix3j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minix3j.machine.bare.BareResult;
import org.minix3j.machine.bare.BareSession;
import org.minix3j.machine.cpu.Trap;
import org.minix3j.machine.elf.ElfFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minix3j cpu run FILE [ARGS]}: loads a static i386 ELF onto the bare machine with a
 * minimal Linux {@code int 0x80} handler (exit, write, exit_group) and runs it; the program's
 * standard output and error go to ours, and the command exits with the program's status.
 *
 * <p>A fault is reported with its kind, address and EIP, and the command exits as a shell
 * reports a process killed by the matching signal (128 + SIGFPE, SIGILL or SIGSEGV); reaching
 * the instruction limit exits with 124; a file that is not a valid executable exits with 2.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run a static i386 ELF (Linux int 0x80 exit/write) on the bare machine.")
public final class CpuRunCommand implements Callable<Integer> {
  private static final int SIGILL = 4;
  private static final int SIGFPE = 8;
  private static final int SIGSEGV = 11;
  private static final int LIMIT_STATUS = 124;

  @Parameters(index = "0", paramLabel = "FILE", description = "the executable")
  Path file = Path.of("");

  @Parameters(index = "1..*", paramLabel = "ARGS", description = "its arguments (argv[1..])")
  List<String> arguments = new ArrayList<>();

  @Option(names = "--regs", description = "print the instruction count and final registers")
  boolean registers;

  @Option(names = "--count", description = "print the number of instructions executed")
  boolean count;

  @Option(names = "--limit", paramLabel = "N", description = "stop after N instructions "
      + "(default ${DEFAULT-VALUE})")
  long limit = 50_000_000_000L;

  @Option(names = "--memory", paramLabel = "MIB", description = "RAM in MiB (default "
      + "${DEFAULT-VALUE})")
  int memoryMebibytes = 64;

  @Option(names = "--env", paramLabel = "NAME=VALUE", description = "an environment variable "
      + "(repeatable; the environment is otherwise empty)")
  List<String> environment = new ArrayList<>();

  @Override
  public Integer call() {
    PrintStream error = System.err;
    if (memoryMebibytes < 2 || memoryMebibytes > 2047) {
      error.println("minix3j cpu run: --memory must be between 2 and 2047 MiB");
      return 2;
    }
    byte[] elf;
    try {
      elf = Files.readAllBytes(file);
    } catch (IOException failure) {
      String reason = failure instanceof java.nio.file.NoSuchFileException
          ? "no such file" : String.valueOf(failure.getMessage());
      error.println("minix3j cpu run: cannot read " + file + ": " + reason);
      return 2;
    }
    List<String> argv = new ArrayList<>();
    argv.add(file.toString());
    argv.addAll(arguments);
    BareSession session;
    try {
      // The session writes to standard output and error but does not own them: closing the
      // session leaves both open.
      session = BareSession.load(elf, argv, environment, memoryMebibytes << 20, System.out,
          error);
    } catch (ElfFormatException invalid) {
      error.println("minix3j cpu run: " + file + ": " + invalid.getMessage());
      return 2;
    }
    BareResult result;
    try (session) {
      result = session.run(limit);
    }
    System.out.flush();
    if (registers || count) {
      error.println("instructions: " + result.instructions());
    }
    if (registers) {
      error.print(result.registerDump());
    }
    return switch (result.ending()) {
      case EXITED -> result.exitStatus();
      case LIMIT_REACHED -> {
        error.println("minix3j cpu run: " + file + ": " + result.describe());
        yield LIMIT_STATUS;
      }
      case FAULTED -> {
        error.println("minix3j cpu run: " + file + ": " + result.describe());
        yield 128 + signalFor(result.fault());
      }
    };
  }

  private static int signalFor(@org.checkerframework.checker.nullness.qual.Nullable Trap trap) {
    if (trap == null) {
      return SIGSEGV;
    }
    return switch (trap.kind()) {
      case DIVIDE_ERROR -> SIGFPE;
      case INVALID_OPCODE -> SIGILL;
      default -> SIGSEGV;
    };
  }
}

package org.minix3j.machine.bare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * qemu-i386-static (QEMU user mode) as the reference machine: runs a static i386 Linux
 * executable and returns its exit status and output.
 *
 * <p>Entry points: {@link #requireInstalled()} fails with the install instruction when QEMU
 * is missing; {@link #run} runs one program.
 */
public final class QemuReference {
  /** The reference emulator's command name. */
  public static final String COMMAND = "qemu-i386-static";

  private static final String INSTALL =
      "install QEMU user mode (apt-get install qemu-user-static); it is the CPU's reference";

  private final Path workDirectory;

  public QemuReference(Path workDirectory) {
    this.workDirectory = workDirectory;
  }

  /** What a program did under QEMU: its exit status and its output (copied in and out). */
  public static final class Result {
    private final int exitStatus;
    private final byte[] standardOutput;
    private final byte[] standardError;

    public Result(int exitStatus, byte[] standardOutput, byte[] standardError) {
      this.exitStatus = exitStatus;
      this.standardOutput = standardOutput.clone();
      this.standardError = standardError.clone();
    }

    public int exitStatus() {
      return exitStatus;
    }

    /** A copy of what the program wrote to standard output. */
    public byte[] standardOutput() {
      return standardOutput.clone();
    }

    /** A copy of what the program wrote to standard error. */
    public byte[] standardError() {
      return standardError.clone();
    }
  }

  /** Throws a {@link HostToolException} saying how to install QEMU when it is not on PATH. */
  public static void requireInstalled() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String directory : path.split(java.io.File.pathSeparator, -1)) {
        if (!directory.isEmpty() && java.nio.file.Files.isExecutable(Path.of(directory, COMMAND))) {
          return;
        }
      }
    }
    throw new HostToolException(COMMAND + " is not installed; " + INSTALL);
  }

  /** Runs {@code executable} with {@code arguments} (argv[1..]) under QEMU. */
  public Result run(Path executable, List<String> arguments, long timeoutSeconds) {
    return run(executable, arguments, timeoutSeconds, false);
  }

  /**
   * Runs {@code executable} under QEMU, translating one instruction per block when {@code
   * singleStep} is set. The differential tests use single-step mode: QEMU 7.2's CMPXCHG8B,
   * translated in a larger block, loses the flags it should leave unchanged (PF) and can
   * abort QEMU with an IOPL assertion; one instruction per block does not.
   */
  public Result run(
      Path executable, List<String> arguments, long timeoutSeconds, boolean singleStep) {
    requireInstalled();
    List<String> command = new ArrayList<>(List.of(COMMAND));
    if (singleStep) {
      command.add("-singlestep");
    }
    command.add(executable.toString());
    command.addAll(arguments);
    HostProcess.Outcome outcome = HostProcess.run(command, workDirectory, timeoutSeconds, INSTALL);
    return new Result(outcome.exitStatus(), outcome.standardOutput(), outcome.standardError());
  }
}

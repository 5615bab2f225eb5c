package org.minix3j.machine.bare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one host program to completion with its output captured in files (so that a chatty
 * program cannot block on a full pipe), and returns its status and output.
 *
 * <p>Entry point: {@link #run}. Host processes are outside the simulated machine, so the
 * timeout here is host time; it only stops runaway tools.
 */
final class HostProcess {
  private HostProcess() {}

  /** What a host program did: its exit status and its captured output (copied in and out). */
  static final class Outcome {
    private final int exitStatus;
    private final byte[] standardOutput;
    private final byte[] standardError;

    Outcome(int exitStatus, byte[] standardOutput, byte[] standardError) {
      this.exitStatus = exitStatus;
      this.standardOutput = standardOutput.clone();
      this.standardError = standardError.clone();
    }

    int exitStatus() {
      return exitStatus;
    }

    byte[] standardOutput() {
      return standardOutput.clone();
    }

    byte[] standardError() {
      return standardError.clone();
    }

    String errorText() {
      return new String(standardError, java.nio.charset.StandardCharsets.UTF_8).strip();
    }
  }

  static Outcome run(List<String> command, Path workDirectory, long timeoutSeconds, String install) {
    try {
      Files.createDirectories(workDirectory);
      Path outputFile = Files.createTempFile(workDirectory, "stdout", ".txt");
      Path errorFile = Files.createTempFile(workDirectory, "stderr", ".txt");
      try {
        Process process;
        try {
          process =
              new ProcessBuilder(command)
                  .directory(workDirectory.toFile())
                  .redirectOutput(outputFile.toFile())
                  .redirectError(errorFile.toFile())
                  .start();
        } catch (IOException notFound) {
          throw new HostToolException(
              "cannot run '" + command.get(0) + "': " + notFound.getMessage() + "; " + install,
              notFound);
        }
        process.getOutputStream().close();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor();
          throw new HostToolException(
              "'" + String.join(" ", command) + "' did not finish in " + timeoutSeconds + " s");
        }
        return new Outcome(
            process.exitValue(), Files.readAllBytes(outputFile), Files.readAllBytes(errorFile));
      } finally {
        Files.deleteIfExists(outputFile);
        Files.deleteIfExists(errorFile);
      }
    } catch (IOException failure) {
      throw new HostToolException("running '" + command.get(0) + "': " + failure, failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new HostToolException("interrupted while running '" + command.get(0) + "'");
    }
  }
}

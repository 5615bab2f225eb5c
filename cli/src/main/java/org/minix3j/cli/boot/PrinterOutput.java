package org.minix3j.cli.boot;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.machine.devices.lpt.PrinterSink;

/**
 * What the machine's printer prints, into a host file ({@code boot --printer FILE}): buffered,
 * written out at {@link #close()}. A failing file never disturbs the machine: the first failure
 * is kept and reported at close, later bytes are dropped.
 */
public final class PrinterOutput implements PrinterSink, AutoCloseable {
  private final Path file;
  private final OutputStream stream;
  private @Nullable IOException failure;

  private PrinterOutput(Path file, OutputStream stream) {
    this.file = file;
    this.stream = stream;
  }

  /** Creates (or empties) {@code file} for the printer's output. */
  public static PrinterOutput create(Path file) throws IOException {
    try {
      return new PrinterOutput(file, new BufferedOutputStream(Files.newOutputStream(file)));
    } catch (NoSuchFileException e) {
      throw new IOException("cannot write the printer's output to " + file
          + ": no such directory", e);
    } catch (IOException e) {
      throw new IOException("cannot write the printer's output to " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void printed(int byteValue) {
    if (failure != null) {
      return;
    }
    try {
      stream.write(byteValue);
    } catch (IOException e) {
      failure = e;
    }
  }

  /** Writes what is buffered and closes the file; throws the first failure of the run. */
  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } catch (IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
    IOException problem = failure;
    if (problem != null) {
      throw new IOException("the printer's output to " + file + " failed: " + problem.getMessage(),
          problem);
    }
  }
}

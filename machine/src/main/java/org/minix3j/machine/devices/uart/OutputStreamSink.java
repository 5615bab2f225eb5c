package org.minix3j.machine.devices.uart;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A {@link SerialSink} that copies the console's bytes to a host stream (the terminal, a log
 * file), flushing after every byte so that prompts show at once.
 * A failing stream never disturbs the machine: the first failure is kept for the caller to
 * report and later bytes are dropped.
 */
public final class OutputStreamSink implements SerialSink {
  private final OutputStream stream;
  private IOException failure = new IOException("no failure");
  private boolean failed;

  /** A sink writing to {@code stream}. */
  public OutputStreamSink(OutputStream stream) {
    this.stream = stream;
  }

  @Override
  public void transmitted(int byteValue) {
    if (failed) {
      return;
    }
    try {
      stream.write(byteValue);
      stream.flush();
    } catch (IOException problem) {
      failed = true;
      failure = problem;
    }
  }

  /** True once a write to the stream has failed (output is dropped from then on). */
  public boolean failed() {
    return failed;
  }

  /** The first failure; meaningful only when {@link #failed()}. */
  public IOException failure() {
    return failure;
  }
}

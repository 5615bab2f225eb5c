package org.minix3j.cli.boot;

import java.io.IOException;
import java.io.OutputStream;
import org.minix3j.machine.devices.uart.SerialSink;

/**
 * The console's output on the host: the UART's bytes to a stream, buffered and flushed at each
 * line's end and whenever {@link #flush()} is called (before the host waits for typing, so a
 * prompt shows). For {@code boot -c}, whose output goes to files and pipes, the terminal's
 * CR LF line ends become plain LF.
 */
public final class ConsoleOutput implements SerialSink {
  private static final int CR = '\r';
  private static final int LF = '\n';

  private final OutputStream stream;
  private final boolean plainLineEnds;
  private final byte[] buffer = new byte[8192];
  private int used;
  private boolean carriageReturnHeld;
  private @org.checkerframework.checker.nullness.qual.Nullable IOException failure;

  /** Output to {@code stream}; {@code plainLineEnds} turns CR LF into LF. */
  public ConsoleOutput(OutputStream stream, boolean plainLineEnds) {
    this.stream = stream;
    this.plainLineEnds = plainLineEnds;
  }

  @Override
  public void transmitted(int byteValue) {
    if (plainLineEnds) {
      if (carriageReturnHeld) {
        carriageReturnHeld = false;
        if (byteValue != LF) {
          put(CR);
        }
      }
      if (byteValue == CR) {
        carriageReturnHeld = true;
        return;
      }
    }
    put(byteValue);
    if (byteValue == LF) {
      flush();
    }
  }

  /** Writes what is buffered. */
  public void flush() {
    if (used == 0 || failure != null) {
      used = 0;
      return;
    }
    try {
      stream.write(buffer, 0, used);
      stream.flush();
    } catch (IOException e) {
      failure = e;
    }
    used = 0;
  }

  /** The first write that failed (output is dropped from then on), or null. */
  public @org.checkerframework.checker.nullness.qual.Nullable IOException failure() {
    return failure;
  }

  private void put(int byteValue) {
    if (used == buffer.length) {
      flush();
    }
    buffer[used++] = (byte) byteValue;
  }
}

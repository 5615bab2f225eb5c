package org.minix3j.machine.devices.uart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class OutputStreamSinkTest {
  @Test
  void bytesReachTheStream() {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    OutputStreamSink sink = new OutputStreamSink(stream);
    sink.transmitted('o');
    sink.transmitted('k');
    assertEquals("ok", stream.toString(java.nio.charset.StandardCharsets.US_ASCII));
    assertFalse(sink.failed());
  }

  @Test
  void aFailingStreamIsRecordedNotThrown() {
    OutputStreamSink sink =
        new OutputStreamSink(
            new OutputStream() {
              @Override
              public void write(int value) throws IOException {
                throw new IOException("terminal gone");
              }
            });
    sink.transmitted('x');
    sink.transmitted('y');
    assertTrue(sink.failed());
    assertEquals("terminal gone", sink.failure().getMessage());
  }
}

package org.minix3j.cli.boot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;
import org.minix3j.boot.HostConsole;

/**
 * The host terminal as minix3j's console: raw mode while the system runs (every key goes to the
 * machine: ^C reaches the shell as SIGINT, not the JVM), restored on {@link #close()} whatever
 * happened. ^] ({@link #ESCAPE}) leaves, as in telnet and QEMU's monitor.
 */
public final class HostTerminal implements HostConsole, AutoCloseable {
  /** The key that leaves the console: ^]. */
  public static final int ESCAPE = 0x1D;

  private final Terminal terminal;
  private final Attributes saved;
  private final NonBlockingReader reader;
  private boolean leave;

  private HostTerminal(Terminal terminal) {
    this.terminal = terminal;
    this.saved = terminal.enterRawMode();
    this.reader = terminal.reader();
  }

  /** Opens the process's terminal (or, without one, its standard input) in raw mode. */
  public static HostTerminal open() throws IOException {
    return new HostTerminal(TerminalBuilder.builder().system(true).build());
  }

  @Override
  public byte[] poll(long waitMillis) throws IOException {
    ByteArrayOutputStream typed = new ByteArrayOutputStream();
    int c = reader.read(Math.max(1, waitMillis));
    while (c >= 0) {
      if (c == ESCAPE) {
        leave = true;
        break;
      }
      byte[] bytes = Character.toString(c).getBytes(StandardCharsets.UTF_8);
      typed.write(bytes, 0, bytes.length);
      c = reader.read(1);
    }
    if (c == NonBlockingReader.EOF && typed.size() == 0) {
      leave = true;
    }
    return typed.toByteArray();
  }

  @Override
  public boolean leaveRequested() {
    return leave;
  }

  @Override
  public void close() throws IOException {
    terminal.setAttributes(saved);
    terminal.flush();
    terminal.close();
  }
}

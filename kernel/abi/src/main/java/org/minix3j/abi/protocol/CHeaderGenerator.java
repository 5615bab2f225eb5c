package org.minix3j.abi.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.MessageLayout;
import org.minix3j.abi.SignalFrame;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.DirentLayout;
import org.minix3j.abi.posix.ExecFrame;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.posix.StatLayout;
import org.minix3j.abi.posix.StatfsLayout;
import org.minix3j.abi.posix.TermiosLayout;
import org.minix3j.abi.posix.UserLayout;
import org.minix3j.abi.posix.WaitStatus;

/**
 * Writes the C library's ABI headers: one header per {@link CHeader} class, plus the headers of
 * the ABI classes the C side needs that carry no annotation (error numbers, the IPC trap, the
 * message layout, the endpoints a user program may call, the signal frame, RS's calls).
 *
 * <p>Entry points: {@link #main} (the userland build runs it with the output directory) and
 * {@link #headers()} (the file name to text map, for tests). Every {@code public static final}
 * {@code int} or {@code String} field of a class becomes {@code #define PREFIX_NAME value},
 * sorted by name, so the output is the same on every run. Each header has an include guard and
 * says it is generated; its macros are plain numbers, usable from C and from assembly.
 */
public final class CHeaderGenerator {
  /** Every class carrying {@link CHeader}; a test checks that none is missing. */
  static final List<Class<?>> ANNOTATED =
      List.of(
          PmCalls.class,
          VfsCalls.class,
          Devices.class,
          DirentLayout.class,
          ExecFrame.class,
          FileFlags.class,
          Limits.class,
          Signals.class,
          StatLayout.class,
          StatfsLayout.class,
          TermiosLayout.class,
          UserLayout.class,
          WaitStatus.class);

  /** A class whose constants become a header, with the header's path and the macro prefix. */
  record Source(Class<?> type, String file, String prefix) {}

  private CHeaderGenerator() {}

  /** Writes every header under {@code args[0]} (created if missing). */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CHeaderGenerator OUTPUT_DIRECTORY");
    }
    Path root = Path.of(args[0]);
    try {
      for (Map.Entry<String, String> header : headers().entrySet()) {
        Path file = root.resolve(header.getKey());
        Path parent = file.getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        byte[] text = header.getValue().getBytes(StandardCharsets.US_ASCII);
        if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), text)) {
          Files.write(file, text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every source: the annotated classes, then the ABI classes the C library also needs. */
  static List<Source> sources() {
    List<Source> sources = new ArrayList<>();
    for (Class<?> type : ANNOTATED) {
      CHeader header = type.getAnnotation(CHeader.class);
      if (header == null) {
        throw new IllegalStateException(type.getName() + " has no @CHeader");
      }
      sources.add(new Source(type, header.file(), header.prefix()));
    }
    sources.add(new Source(MessageLayout.class, "minix/message_layout.h", "MESSAGE_"));
    sources.add(new Source(SignalFrame.class, "minix/signal_frame.h", "SIGFRAME_"));
    sources.add(new Source(RsCalls.class, "minix/rs.h", "RS_"));
    return sources;
  }

  /** Header path to header text, in path order. */
  public static Map<String, String> headers() {
    Map<String, String> headers = new TreeMap<>();
    for (Source source : sources()) {
      StringBuilder body = new StringBuilder();
      defines(body, source.type(), source.prefix());
      headers.put(source.file(), wrap(source.file(), source.type().getName(), body));
    }
    headers.put("minix/errno_numbers.h", wrap("minix/errno_numbers.h", Errno.class.getName(),
        errnoBody()));
    headers.put("minix/ipc.h", wrap("minix/ipc.h", IpcFunction.class.getName(), ipcBody()));
    headers.put("minix/endpoints.h", wrap("minix/endpoints.h",
        SystemSlots.class.getName() + ", " + Endpoint.class.getName(), endpointsBody()));
    return headers;
  }

  private static StringBuilder errnoBody() {
    StringBuilder body = new StringBuilder();
    for (Errno errno : Errno.values()) {
      define(body, errno.name(), Integer.toString(errno.number()));
    }
    define(body, "ERRNO_MAX", Integer.toString(maxErrno()));
    body.append("\n/* X(name, number, description) for every error, in number order. */\n");
    body.append("#define ERRNO_TABLE(X)");
    for (Errno errno : Errno.values()) {
      body.append(" \\\n  X(").append(errno.name()).append(", ").append(errno.number())
          .append(", ").append(quote(errno.description())).append(')');
    }
    body.append('\n');
    return body;
  }

  private static int maxErrno() {
    int max = 0;
    for (Errno errno : Errno.values()) {
      max = Math.max(max, errno.number());
    }
    return max;
  }

  private static StringBuilder ipcBody() {
    StringBuilder body = new StringBuilder();
    for (IpcFunction function : IpcFunction.values()) {
      define(body, "IPC_" + function.name(), Integer.toString(function.number()));
    }
    define(body, "IPC_TRAP_VECTOR", hex(IpcFunction.TRAP_VECTOR));
    return body;
  }

  private static StringBuilder endpointsBody() {
    StringBuilder body = new StringBuilder();
    body.append("/* The servers a user program may SENDREC to (first generation = slot). */\n");
    define(body, "PM_ENDPOINT", Integer.toString(SystemSlots.PM));
    define(body, "VFS_ENDPOINT", Integer.toString(SystemSlots.VFS));
    define(body, "RS_ENDPOINT", Integer.toString(SystemSlots.RS));
    define(body, "DS_ENDPOINT", Integer.toString(SystemSlots.DS));
    body.append("\n/* Boot slots. */\n");
    defines(body, SystemSlots.class, "SLOT_");
    body.append("\n/* Special endpoints and the endpoint encoding. */\n");
    defines(body, Endpoint.class, "ENDPOINT_");
    return body;
  }

  private static void defines(StringBuilder body, Class<?> type, String prefix) {
    List<Field> fields = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && (field.getType() == int.class || field.getType() == String.class)) {
        fields.add(field);
      }
    }
    fields.sort(Comparator.comparing(Field::getName));
    for (Field field : fields) {
      define(body, prefix + field.getName(), value(field));
    }
  }

  @SuppressWarnings("nullness") // a static field is read with a null receiver
  private static String value(Field field) {
    try {
      if (field.getType() == String.class) {
        return quote(String.valueOf(field.get(null)));
      }
      return number(field.getInt(null));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }

  /** A C and assembler constant: decimal, parenthesised when negative. */
  static String number(int value) {
    if (value == Integer.MIN_VALUE) {
      return "(-2147483647-1)";
    }
    return value < 0 ? "(" + value + ")" : Integer.toString(value);
  }

  private static String hex(int value) {
    return "0x" + Integer.toHexString(value).toUpperCase(Locale.ROOT);
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\');
      }
      quoted.append(c);
    }
    return quoted.append('"').toString();
  }

  private static void define(StringBuilder body, String name, String value) {
    body.append("#define ").append(name).append(' ').append(value).append('\n');
  }

  private static String wrap(String file, String origin, CharSequence body) {
    String guard = "MINIX3J_" + file.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    return "/* " + file + ": generated from the ABI (" + origin + "), do not edit. */\n"
        + "#ifndef " + guard + "\n#define " + guard + "\n\n" + body + "\n#endif\n";
  }
}

package org.minix3j.servers.rs.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.MemoryRange;
import org.minix3j.abi.PortRange;
import org.minix3j.abi.protocol.PmCalls;

/**
 * One block of the policy file, from after its opening brace to its closing one: each statement is a
 * keyword, values and {@code ;}. Labels of destinations are checked in {@link #build}, once
 * every service of the file is known.
 */
final class BlockParser {
  private static final Set<String> USER_KEYWORDS = Set.of("ipc", "destinations");

  private final PolicyTokens tokens;
  private final String label;
  private final int line;
  private final boolean user;
  private final Map<String, MemoryRange> memoryNames;
  private final Map<String, Integer> seen = new TreeMap<>();
  private final List<IpcFunction> primitives = new ArrayList<>();
  private final List<PolicyTokens.Token> destinations = new ArrayList<>();
  private final List<KernelCall> calls = new ArrayList<>();
  private final List<PortRange> ports = new ArrayList<>();
  private final List<Integer> irqLines = new ArrayList<>();
  private final List<MemoryRange> memory = new ArrayList<>();
  private OptionalInt major = OptionalInt.empty();
  private int majorLine;
  private RestartPolicy restart = RestartPolicy.DEFAULT;
  private long heartbeatMillis;

  BlockParser(PolicyTokens tokens, String label, int line, boolean user, Map<String, MemoryRange> memoryNames) {
    this.tokens = tokens;
    this.label = label;
    this.line = line;
    this.user = user;
    this.memoryNames = memoryNames;
  }

  int line() {
    return line;
  }

  int majorLine() {
    return majorLine;
  }

  /** Reads statements up to and including the closing brace. */
  void parseBody() throws PolicyException {
    while (true) {
      PolicyTokens.Token keyword = tokens.take("a keyword or '}'");
      if (keyword.is("}")) {
        return;
      }
      List<PolicyTokens.Token> values = new ArrayList<>();
      while (true) {
        PolicyTokens.Token value = tokens.take("';'");
        if (value.is(";")) {
          break;
        }
        if (value.is("{") || value.is("}")) {
          throw tokens.error(value.line(), "expected ';' after '" + keyword.text() + "', found '"
              + value.text() + "'");
        }
        values.add(value);
      }
      statement(keyword, values);
    }
  }

  private void statement(PolicyTokens.Token keyword, List<PolicyTokens.Token> values)
      throws PolicyException {
    String name = keyword.text();
    if (user && !USER_KEYWORDS.contains(name) && KEYWORDS.contains(name)) {
      throw tokens.error(keyword.line(), "'" + name + "' is not allowed in the user block");
    }
    if (!KEYWORDS.contains(name)) {
      throw tokens.error(keyword.line(), "unknown keyword '" + name + "'");
    }
    Integer first = seen.putIfAbsent(name, keyword.line());
    if (first != null) {
      throw tokens.error(keyword.line(), "'" + name + "' given twice (first at line " + first + ")");
    }
    if (values.isEmpty()) {
      throw tokens.error(keyword.line(), "'" + name + "' needs a value");
    }
    switch (name) {
      case "ipc" -> {
        for (PolicyTokens.Token value : values) {
          IpcFunction primitive = primitive(value.text());
          if (primitive == null) {
            throw tokens.error(value.line(), "unknown IPC primitive '" + value.text() + "'");
          }
          if (user && primitive != IpcFunction.SENDREC) {
            throw tokens.error(value.line(), "user processes may only SENDREC");
          }
          primitives.add(primitive);
        }
      }
      case "destinations" -> destinations.addAll(values);
      case "calls" -> {
        for (PolicyTokens.Token value : values) {
          KernelCall call = KernelCall.fromName(value.text());
          if (call == null) {
            throw tokens.error(value.line(), "unknown kernel call '" + value.text() + "'");
          }
          if (call == KernelCall.SYS_PRIVCTL && !label.equals(PolicyParser.RS_LABEL)) {
            throw tokens.error(value.line(), "only " + PolicyParser.RS_LABEL + " may hold SYS_PRIVCTL");
          }
          calls.add(call);
        }
      }
      case "ports" -> {
        for (PolicyTokens.Token value : values) {
          long[] range = range(value, 0xFFFF);
          ports.add(new PortRange((int) range[0], (int) range[1]));
        }
      }
      case "irq" -> {
        for (PolicyTokens.Token value : values) {
          irqLines.add((int) number(value, 0, 15));
        }
      }
      case "memory" -> {
        for (PolicyTokens.Token value : values) {
          MemoryRange named = memoryNames.get(value.text());
          if (named != null) {
            memory.add(named);
          } else if (Character.isDigit(value.text().charAt(0))) {
            long[] range = range(value, 0xFFFF_FFFFL);
            memory.add(new MemoryRange(range[0], range[1] - range[0] + 1));
          } else {
            throw tokens.error(value.line(), "unknown memory region '" + value.text() + "' (known: "
                + String.join(", ", memoryNames.keySet()) + ")");
          }
        }
      }
      case "major" -> {
        single(keyword, values);
        major = OptionalInt.of((int) number(values.get(0), 0, 255));
        majorLine = keyword.line();
      }
      case "restart" -> restart = restart(values);
      case "heartbeat" -> {
        single(keyword, values);
        heartbeatMillis = number(values.get(0), 0, 3_600_000);
      }
      default -> throw new AssertionError(name);
    }
  }

  private static final Set<String> KEYWORDS =
      Set.of("ipc", "destinations", "calls", "ports", "irq", "memory", "major", "restart", "heartbeat");

  private static @Nullable IpcFunction primitive(String name) {
    for (IpcFunction function : IpcFunction.values()) {
      if (function.name().equals(name)) {
        return function;
      }
    }
    return null;
  }

  private RestartPolicy restart(List<PolicyTokens.Token> values) throws PolicyException {
    PolicyTokens.Token modeWord = values.get(0);
    RestartPolicy.Mode mode =
        switch (modeWord.text()) {
          case "always" -> RestartPolicy.Mode.ALWAYS;
          case "never" -> RestartPolicy.Mode.NEVER;
          default -> throw tokens.error(modeWord.line(), "restart is 'always' or 'never', not '"
              + modeWord.text() + "'");
        };
    RestartPolicy base = RestartPolicy.DEFAULT;
    int limit = base.limit();
    long backoffBase = base.backoffBaseMillis();
    int factor = base.backoffFactor();
    long cap = base.backoffCapMillis();
    Optional<String> script = base.script();
    boolean snapshot = base.snapshot();
    int i = 1;
    while (i < values.size()) {
      PolicyTokens.Token option = values.get(i);
      switch (option.text()) {
        case "limit" -> {
          limit = (int) number(argument(values, i, 1), 0, 1_000_000);
          i += 2;
        }
        case "backoff" -> {
          backoffBase = number(argument(values, i, 1), 0, 3_600_000);
          factor = (int) number(argument(values, i, 2), 1, 16);
          cap = number(argument(values, i, 3), backoffBase, 3_600_000);
          i += 4;
        }
        case "script" -> {
          PolicyTokens.Token path = argument(values, i, 1);
          if (!path.text().startsWith("/")) {
            throw tokens.error(path.line(),
                "script is an absolute path, not '" + path.text() + "'");
          }
          if (path.text().length() >= PmCalls.SCRIPT_PATH_BYTES) {
            throw tokens.error(path.line(), "script path '" + path.text() + "' is longer than "
                + (PmCalls.SCRIPT_PATH_BYTES - 1) + " bytes");
          }
          script = Optional.of(path.text());
          i += 2;
        }
        case "snapshot" -> {
          snapshot = true;
          i += 1;
        }
        default -> throw tokens.error(option.line(), "unknown restart option '" + option.text()
            + "' (limit, backoff, script, snapshot)");
      }
    }
    return new RestartPolicy(mode, limit, backoffBase, factor, cap, script, snapshot);
  }

  private PolicyTokens.Token argument(List<PolicyTokens.Token> values, int option, int offset)
      throws PolicyException {
    if (option + offset >= values.size()) {
      PolicyTokens.Token last = values.get(values.size() - 1);
      throw tokens.error(last.line(), "'" + values.get(option).text() + "' needs more values");
    }
    return values.get(option + offset);
  }

  private void single(PolicyTokens.Token keyword, List<PolicyTokens.Token> values)
      throws PolicyException {
    if (values.size() != 1) {
      throw tokens.error(keyword.line(), "'" + keyword.text() + "' takes one value");
    }
  }

  /** A number from {@code min} to {@code max}: decimal, or hexadecimal with 0x. */
  private long number(PolicyTokens.Token token, long min, long max) throws PolicyException {
    long value = parse(token, token.text());
    if (value < min || value > max) {
      throw tokens.error(token.line(), "'" + token.text() + "' is out of range " + min + ".." + max);
    }
    return value;
  }

  private long parse(PolicyTokens.Token token, String text) throws PolicyException {
    try {
      if (text.startsWith("0x") || text.startsWith("0X")) {
        return Long.parseLong(text.substring(2), 16);
      }
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw tokens.error(token.line(), "bad number '" + text + "'");
    }
  }

  /** {@code FIRST-LAST} (inclusive) or one number, within 0..{@code max}. */
  private long[] range(PolicyTokens.Token token, long max) throws PolicyException {
    String text = token.text();
    int dash = text.indexOf('-');
    long first = parse(token, dash < 0 ? text : text.substring(0, dash));
    long last = dash < 0 ? first : parse(token, text.substring(dash + 1));
    if (first < 0 || last > max || first > last) {
      throw tokens.error(token.line(), "bad range '" + text + "'");
    }
    return new long[] {first, last};
  }

  /** The checked policy; every destination must be one of {@code services} (or "users"). */
  ServicePolicy build(Set<String> services) throws PolicyException {
    List<String> labels = new ArrayList<>();
    for (PolicyTokens.Token destination : destinations) {
      String name = destination.text();
      boolean known = services.contains(name) || (!user && name.equals(PolicyFile.USERS));
      if (!known) {
        throw tokens.error(destination.line(), "unknown label '" + name + "'");
      }
      if (name.equals(label)) {
        throw tokens.error(destination.line(), "'" + name + "' names the service itself");
      }
      if (labels.contains(name)) {
        throw tokens.error(destination.line(), "'" + name + "' given twice");
      }
      labels.add(name);
    }
    return new ServicePolicy(label, line, primitives, labels, calls, ports, irqLines, memory, major,
        restart, heartbeatMillis);
  }
}

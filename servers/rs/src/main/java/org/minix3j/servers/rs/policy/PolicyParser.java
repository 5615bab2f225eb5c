package org.minix3j.servers.rs.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.MemoryRange;

/**
 * Reads a policy file, MINIX's {@code system.conf} in minix3j's form:
 *
 * <pre>
 * # comment
 * service tty {
 *   ipc SEND RECEIVE NOTIFY;           # IPC primitives
 *   destinations vfs pm;                # labels of other services; "users": every user process
 *   calls SYS_DEVIO SYS_IRQCTL;         # kernel calls (KernelCall names)
 *   ports 0x3f8-0x3ff 0x70;             # I/O ports, inclusive ranges or single ports
 *   irq 4;                              # IRQ lines 0..15
 *   memory ramdisk 0xa0000-0xbffff;     # physical ranges, inclusive, or names the boot image defines
 *   major 4;                            # device major (drivers)
 *   restart always limit 5 backoff 100 2 10000 script /etc/rs.tty;
 *   heartbeat 1000;                     # milliseconds, 0 for none
 * }
 * user { ipc SENDREC; destinations pm vfs rs ds; }
 * </pre>
 *
 * <p>Every mistake is a {@link PolicyException} with its line: an unknown keyword, primitive,
 * call or label, a bad number or range, a keyword given twice in a block, a service declared
 * twice, a major used twice, SYS_PRIVCTL for anyone but {@code rs}, more than the primitives
 * and destinations in the user block, a missing user block.
 */
public final class PolicyParser {
  /** The label of the reincarnation server, the only one that may hold SYS_PRIVCTL. */
  static final String RS_LABEL = "rs";

  private final String source;
  private final Map<String, MemoryRange> memoryNames;

  /**
   * A parser for the file called {@code source} (for messages), with the memory regions the
   * boot image names ({@code pool}, {@code ramdisk}, ...).
   */
  public PolicyParser(String source, Map<String, MemoryRange> memoryNames) {
    this.source = source;
    this.memoryNames = new TreeMap<>(memoryNames);
  }

  /** Parses {@code text}. */
  public PolicyFile parse(String text) throws PolicyException {
    PolicyTokens tokens = new PolicyTokens(source, text);
    Map<String, BlockParser> blocks = new LinkedHashMap<>();
    @Nullable BlockParser user = null;
    while (!tokens.atEnd()) {
      PolicyTokens.Token start = tokens.take("'service' or 'user'");
      if (start.is("service")) {
        PolicyTokens.Token label = tokens.take("a label");
        checkLabel(tokens, label);
        if (blocks.containsKey(label.text())) {
          throw tokens.error(label.line(), "duplicate service '" + label.text() + "' (first at line "
              + blocks.get(label.text()).line() + ")");
        }
        tokens.expect("{");
        BlockParser block = new BlockParser(tokens, label.text(), label.line(), false, memoryNames);
        block.parseBody();
        blocks.put(label.text(), block);
      } else if (start.is(PolicyFile.USER_LABEL)) {
        if (user != null) {
          throw tokens.error(start.line(), "duplicate user block (first at line " + user.line() + ")");
        }
        tokens.expect("{");
        user = new BlockParser(tokens, PolicyFile.USER_LABEL, start.line(), true, memoryNames);
        user.parseBody();
      } else {
        throw tokens.error(start.line(), "expected 'service' or 'user', found '" + start.text() + "'");
      }
    }
    if (user == null) {
      throw tokens.error(tokens.lastLine(), "no user block");
    }
    Set<String> labels = new TreeSet<String>(blocks.keySet());
    Map<String, ServicePolicy> services = new LinkedHashMap<>();
    Map<Integer, String> majors = new TreeMap<>();
    for (BlockParser block : blocks.values()) {
      ServicePolicy policy = block.build(labels);
      if (policy.major().isPresent()) {
        String other = majors.putIfAbsent(policy.major().getAsInt(), policy.label());
        if (other != null) {
          throw tokens.error(block.majorLine(), "major " + policy.major().getAsInt()
              + " is already " + other + "'s");
        }
      }
      services.put(policy.label(), policy);
    }
    return new PolicyFile(services, user.build(labels));
  }

  private static void checkLabel(PolicyTokens tokens, PolicyTokens.Token label) throws PolicyException {
    String text = label.text();
    boolean valid = !text.isEmpty() && text.length() <= 16 && Character.isLetter(text.charAt(0));
    for (int i = 0; i < text.length() && valid; i++) {
      char c = text.charAt(i);
      valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
    if (!valid || text.equals(PolicyFile.USERS) || text.equals(PolicyFile.USER_LABEL)) {
      throw tokens.error(label.line(), "bad label '" + text
          + "' (1 to 16 of a-z, 0-9, _ and -, starting with a letter; not 'user' or 'users')");
    }
  }
}

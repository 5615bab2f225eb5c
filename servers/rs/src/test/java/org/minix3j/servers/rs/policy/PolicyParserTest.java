package org.minix3j.servers.rs.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.MemoryRange;
import org.minix3j.abi.PortRange;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SystemSlots;

class PolicyParserTest {
  static <T> T present(@Nullable T value) {
    if (value == null) {
      throw new AssertionError("missing");
    }
    return value;
  }

  static final Map<String, MemoryRange> MEMORY =
      Map.of("pool", new MemoryRange(0x200000, 0x5E00000), "ramdisk", new MemoryRange(0x6000000, 0x2000000));

  static final List<String> BOOT_SERVICES =
      List.of("pm", "vfs", "rs", "ds", "vm", "mfs", "tty", "memory", "printer", "ata");

  private static final String USER = "user { ipc SENDREC; destinations a; }\n";

  static String bootPolicyText() throws IOException {
    try (InputStream in = PolicyFile.class.getResourceAsStream(PolicyFile.RESOURCE)) {
      if (in == null) {
        throw new AssertionError("no " + PolicyFile.RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static PolicyFile parse(String text) throws PolicyException {
    return new PolicyParser("test.conf", MEMORY).parse(text);
  }

  @Test
  void theBootPolicyParsesAndCoversEveryBootService() throws Exception {
    PolicyFile file = new PolicyParser("system.conf", MEMORY).parse(bootPolicyText());
    assertEquals(BOOT_SERVICES, List.copyOf(file.services().keySet()));
    for (String label : BOOT_SERVICES) {
      ServicePolicy policy = file.service(label);
      assertTrue(policy != null && !policy.primitives().isEmpty(), label);
    }
    assertEquals(List.of(IpcFunction.SENDREC), file.user().primitives());
    assertEquals(List.of("pm", "vfs", "rs", "ds"), file.user().destinations());
    ServicePolicy tty = present(file.services().get("tty"));
    assertEquals(List.of(new PortRange(0x3f8, 0x3ff)), tty.ports());
    assertEquals(List.of(4), tty.irqLines());
    assertEquals(4, tty.major().getAsInt());
    ServicePolicy printer = present(file.services().get("printer"));
    assertEquals(List.of(new PortRange(0x378, 0x37a)), printer.ports());
    assertEquals(List.of(7), printer.irqLines());
    assertEquals(Devices.PRINTER_MAJOR, printer.major().getAsInt());
    assertTrue(present(file.services().get("vfs")).destinations().contains("printer"));
    assertEquals(List.of(MEMORY.get("ramdisk")), present(file.services().get("memory")).memory());
    assertEquals(List.of(MEMORY.get("pool")), present(file.services().get("vm")).memory());
    assertEquals(1, present(file.services().get("memory")).major().getAsInt());
    for (ServicePolicy policy : file.services().values()) {
      assertEquals(policy.label().equals("rs"), policy.calls().contains(KernelCall.SYS_PRIVCTL),
          policy.label());
    }
    assertTrue(present(file.services().get("pm")).calls().contains(KernelCall.SYS_DEVIO));
    assertEquals(List.of(new PortRange(0x70, 0x71)), present(file.services().get("pm")).ports());
  }

  @Test
  void everyKeywordIsKept() throws Exception {
    PolicyFile file = parse("""
        # a comment
        service a {
          ipc SEND RECEIVE;   # trailing comment
          destinations b users;
          calls SYS_DEVIO
                SYS_IRQCTL;
          ports 0x3f8-0x3ff 0x70 96;
          irq 4 7;
          memory ramdisk 0xa0000-0xbffff;
          major 9;
          restart always limit 5 backoff 50 3 2000 script /etc/rs.a;
          heartbeat 500;
        }
        service b{ipc SEND;}
        """ + USER);
    ServicePolicy a = present(file.services().get("a"));
    assertEquals(2, a.line());
    assertEquals(List.of(IpcFunction.SEND, IpcFunction.RECEIVE), a.primitives());
    assertEquals(List.of("b", "users"), a.destinations());
    assertEquals(List.of(KernelCall.SYS_DEVIO, KernelCall.SYS_IRQCTL), a.calls());
    assertEquals(List.of(new PortRange(0x3f8, 0x3ff), new PortRange(0x70, 0x70), new PortRange(96, 96)),
        a.ports());
    assertEquals(List.of(4, 7), a.irqLines());
    assertEquals(List.of(MEMORY.get("ramdisk"), new MemoryRange(0xa0000, 0x20000)), a.memory());
    assertEquals(9, a.major().getAsInt());
    assertEquals(new RestartPolicy(RestartPolicy.Mode.ALWAYS, 5, 50, 3, 2000, Optional.of("/etc/rs.a")),
        a.restart());
    assertEquals(500, a.heartbeatMillis());
    ServicePolicy b = present(file.services().get("b"));
    assertEquals(RestartPolicy.DEFAULT, b.restart());
    assertFalse(a.restart().snapshot() || b.restart().snapshot(), "no snapshot unless asked");
    ServicePolicy c = present(parse("service a { restart always snapshot limit 2; }\n" + USER)
        .services().get("a"));
    assertTrue(c.restart().snapshot());
    assertEquals(2, c.restart().limit());
    assertTrue(b.major().isEmpty());
    assertEquals(0, b.heartbeatMillis());
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      service a { frob 1; }                              | 1 | unknown keyword 'frob'
      service a { ipc SEND BOUNCE; }                     | 1 | unknown IPC primitive 'BOUNCE'
      service a { calls SYS_FROB; }                      | 1 | unknown kernel call 'SYS_FROB'
      service a { calls SYS_PRIVCTL; }                   | 1 | only rs may hold SYS_PRIVCTL
      service a { ports 0x3ff-0x3f8; }                   | 1 | bad range '0x3ff-0x3f8'
      service a { ports 0x10000; }                       | 1 | bad range '0x10000'
      service a { ports 12zz; }                          | 1 | bad number '12zz'
      service a { irq 16; }                              | 1 | '16' is out of range 0..15
      service a { memory 0x2000-0x1000; }                | 1 | bad range '0x2000-0x1000'
      service a { memory video; }                        | 1 | unknown memory region 'video' (known: pool, ramdisk)
      service a { destinations nobody; }                 | 1 | unknown label 'nobody'
      service a { destinations a; }                      | 1 | 'a' names the service itself
      service a { ipc SEND; ipc RECEIVE; }               | 1 | 'ipc' given twice (first at line 1)
      service a { calls; }                               | 1 | 'calls' needs a value
      service a { major 1 2; }                           | 1 | 'major' takes one value
      service a { major 300; }                           | 1 | '300' is out of range 0..255
      service a { restart sometimes; }                   | 1 | restart is 'always' or 'never', not 'sometimes'
      service a { restart always backoff 10; }           | 1 | 'backoff' needs more values
      service a { restart always forever; }              | 1 | unknown restart option 'forever' (limit, backoff, script, snapshot)
      service a { restart always script rs.sh; }         | 1 | script is an absolute path, not 'rs.sh'
      service a { heartbeat -5; }                        | 1 | '-5' is out of range 0..3600000
      service a { ipc SEND }                             | 1 | expected ';' after 'ipc', found '}'
      service a ipc SEND;                                | 1 | expected '{', found 'ipc'
      service Bad { }                                    | 1 | bad label 'Bad' (1 to 16 of a-z, 0-9, _ and -, starting with a letter; not 'user' or 'users')
      service users { }                                  | 1 | bad label 'users' (1 to 16 of a-z, 0-9, _ and -, starting with a letter; not 'user' or 'users')
      server a { }                                       | 1 | expected 'service' or 'user', found 'server'
      """)
  void errorsNameTheLine(String block, int line, String message) {
    PolicyException e = assertThrows(PolicyException.class, () -> parse(block + "\n" + USER));
    assertEquals("test.conf:" + line + ": " + message, e.getMessage());
    assertEquals(line, e.line());
  }

  @Test
  void fileLevelErrors() {
    assertEquals("test.conf:3: duplicate service 'a' (first at line 1)",
        assertThrows(PolicyException.class,
            () -> parse("service a { ipc SEND; }\n\nservice a { ipc SEND; }\n" + USER)).getMessage());
    assertEquals("test.conf:2: no user block",
        assertThrows(PolicyException.class, () -> parse("service a { ipc SEND; }\n")).getMessage());
    assertEquals("test.conf:3: duplicate user block (first at line 2)",
        assertThrows(PolicyException.class,
            () -> parse("service a { ipc SEND; }\n" + USER + USER)).getMessage());
    assertEquals("test.conf:2: major 4 is already a's",
        assertThrows(PolicyException.class,
            () -> parse("service a { major 4; }\nservice b { major 4; }\n" + USER)).getMessage());
    assertEquals("test.conf:1: unexpected end of file, expected ';'",
        assertThrows(PolicyException.class, () -> parse("service a { ipc SEND")).getMessage());
    assertEquals("test.conf:2: unexpected end of file, expected a keyword or '}'",
        assertThrows(PolicyException.class, () -> parse("service a {\n")).getMessage());
  }

  @Test
  void theUserBlockIsRestricted() {
    assertEquals("test.conf:2: 'calls' is not allowed in the user block",
        assertThrows(PolicyException.class,
            () -> parse("service a { ipc SEND; }\nuser { calls SYS_KILL; }\n")).getMessage());
    assertEquals("test.conf:2: user processes may only SENDREC",
        assertThrows(PolicyException.class,
            () -> parse("service a { ipc SEND; }\nuser { ipc SEND; }\n")).getMessage());
    assertEquals("test.conf:2: unknown label 'users'",
        assertThrows(PolicyException.class,
            () -> parse("service a { ipc SEND; }\nuser { destinations users; }\n")).getMessage());
  }

  @Test
  void conversionResolvesLabelsAndExpandsUsers() throws Exception {
    PolicyFile file = parse("""
        service a { ipc SEND NOTIFY; destinations b c users; calls SYS_DEVIO; ports 0x60;
                    irq 1; memory ramdisk; }
        service b { ipc SEND; }
        service c { ipc SEND; }
        """ + USER);
    ServicePrivilege privilege = Privileges.toPrivilege(present(file.services().get("a")),
        label -> label.equals("b") ? Endpoint.of(9, 3) : -1);
    assertEquals(List.of(IpcFunction.SEND, IpcFunction.NOTIFY), privilege.primitives());
    int users = SystemSlots.TABLE_SIZE - SystemSlots.FIRST_USER;
    assertEquals(1 + users, privilege.destinations().size(), "c has no process: left out");
    assertEquals(Endpoint.of(9, 3), privilege.destinations().get(0));
    assertEquals(SystemSlots.FIRST_USER, privilege.destinations().get(1));
    assertEquals(SystemSlots.TABLE_SIZE - 1, privilege.destinations().get(users));
    assertEquals(List.of(KernelCall.SYS_DEVIO), privilege.calls());
    assertEquals(List.of(new PortRange(0x60, 0x60)), privilege.ports());
    assertEquals(List.of(1), privilege.irqLines());
    assertEquals(List.of(MEMORY.get("ramdisk")), privilege.memory());
  }
}

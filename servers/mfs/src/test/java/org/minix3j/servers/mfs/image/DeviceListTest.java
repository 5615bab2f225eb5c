package org.minix3j.servers.mfs.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceListTest {
  @Test
  void parsesLinesCommentsAndOwners() throws Exception {
    List<DeviceList.Entry> entries = DeviceList.parse("""
        # the console and the RAM disk
        /dev/console c 4 0 0600
        dev/ram   b 1 0 600   5 6   # owned by 5:6

        """);
    assertEquals(2, entries.size());
    assertEquals(new DeviceList.Entry(2, "/dev/console", false, 4, 0, 0600, 0, 0), entries.get(0));
    assertEquals(new DeviceList.Entry(3, "dev/ram", true, 1, 0, 0600, 5, 6), entries.get(1));
    FileTree tree = new FileTree();
    DeviceList.addAll("/dev/null c 1 3 0666\n", tree);
    FileTree.Node found = tree.find("dev/null");
    if (!(found instanceof FileTree.DeviceNode node)) {
      throw new AssertionError("no device node: " + found);
    }
    assertEquals(0x103, node.device());
  }

  @Test
  void badLinesNameTheirNumber() {
    assertEquals("line 2: type 'x' must be c (character) or b (block)",
        message("/dev/a c 1 1 0600\n/dev/b x 1 1 0600"));
    assertEquals("line 1: expected 'path c|b major minor mode [uid gid]', got 4 fields",
        message("/dev/a c 1 1"));
    assertEquals("line 1: major 256 is outside 0..255", message("/dev/a c 256 1 0600"));
    assertEquals("line 1: mode '0988' is not an octal number", message("/dev/a c 1 1 0988"));
    assertEquals("line 1: minor 'x' is not a decimal number", message("/dev/a c 1 x 0600"));
  }

  @Test
  void clashesAreReportedWithTheLine() throws Exception {
    FileTree tree = new FileTree();
    tree.file("dev/tty", new byte[0], 0644, 0, 0);
    DeviceListException e = assertThrows(DeviceListException.class,
        () -> DeviceList.addAll("\n/dev/tty c 4 0 0600\n", tree));
    assertEquals(2, e.line());
  }

  private static String message(String text) {
    return String.valueOf(assertThrows(DeviceListException.class, () -> DeviceList.parse(text))
        .getMessage());
  }
}

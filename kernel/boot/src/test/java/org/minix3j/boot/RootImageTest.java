package org.minix3j.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minix3j.servers.mfs.image.ImageException;

/** The root file system image: fsck.minix finds it clean, and it is made the same every time. */
class RootImageTest {
  @Test
  void theRootImageOfTheUserlandPassesFsckMinix(@TempDir Path directory)
      throws IOException, InterruptedException {
    Path file = directory.resolve("root.img");
    Files.write(file, BootedSystem.image());
    Process fsck = new ProcessBuilder(fsckMinix(), "-f", file.toString())
        .redirectErrorStream(true).start();
    String said = new String(fsck.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, fsck.waitFor(), "fsck.minix -f said:\n" + said);
    assertEquals("", said.replace("Forcing filesystem check on " + file + ".", "").strip(),
        "fsck.minix -f said:\n" + said);
  }

  @Test
  void theSameTreeGivesTheSameImage(@TempDir Path tree) throws IOException, ImageException {
    Files.createDirectories(tree.resolve("bin"));
    Files.writeString(tree.resolve("bin/hello"), "#!/bin/sh\necho hello\n");
    Files.createSymbolicLink(tree.resolve("bin/hi"), Path.of("hello"));
    byte[] first = RootImage.build(tree, RootImage.bootDevices(), 2);
    byte[] second = RootImage.build(tree, RootImage.bootDevices(), 2);
    assertArrayEquals(first, second);
    assertEquals(2 << 20, first.length);
  }

  @Test
  void aBadDeviceListOrAMissingTreeIsAClearError(@TempDir Path tree) {
    ImageException bad = assertThrows(ImageException.class,
        () -> RootImage.build(tree, "/dev/x q 1 2 0600\n", 2));
    String badMessage = String.valueOf(bad.getMessage());
    assertTrue(badMessage.contains("line 1"), badMessage);
    IOException missing = assertThrows(IOException.class,
        () -> RootImage.build(tree.resolve("nothing"), RootImage.bootDevices(), 2));
    String missingMessage = String.valueOf(missing.getMessage());
    assertTrue(missingMessage.contains("not a directory"), missingMessage);
  }

  private static String fsckMinix() {
    for (String dir : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
      Path candidate = Path.of(dir, "fsck.minix");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new AssertionError("fsck.minix not found: install util-linux");
  }
}

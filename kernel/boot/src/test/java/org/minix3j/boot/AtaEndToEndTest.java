package org.minix3j.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minix3j.boot.BootedSystem.expect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ATA disk end to end: an image file on the primary channel is {@code /dev/c0d0}, a block
 * special file VFS reads and writes through the ata driver (PIO, IRQ 14) in whole sectors. What
 * the shell writes there is in the host file once the machine is off; what the file holds is
 * what the shell reads; the size is the file's; without a disk the device answers ENXIO.
 */
class AtaEndToEndTest {
  private static final int IMAGE_BYTES = 64 * 1024;

  /** Runs {@code commandLine} with {@code image} attached: {@code output} and status 0. */
  private static BootedSystem.Run expectWithDisk(Path image, String commandLine, String output) {
    BootedSystem.Run run =
        BootedSystem.run(commandLine, BootedSystem.DEFAULT_LIMIT_NANOSECONDS, Optional.of(image));
    String context = "command line: " + commandLine + "\n" + run.describe();
    assertEquals(BootDriver.Ending.SHUTDOWN, run.ending(), context);
    assertEquals(output, run.commandOutput(), context);
    assertEquals(0, run.status(), context);
    return run;
  }

  private static Path image(Path folder, byte[] contents) throws IOException {
    Path image = folder.resolve("c0d0.img");
    Files.write(image, contents);
    return image;
  }

  @Test
  void aPatternWrittenFromTheShellReadsBackAndIsInTheImageAfterShutdown(@TempDir Path folder)
      throws IOException {
    Path image = image(folder, new byte[IMAGE_BYTES]);
    BootedSystem.Run run = expectWithDisk(image,
        "yes abc | head -n 1024 > /dev/c0d0; od -c /dev/c0d0 | head -1",
        "0000000   a   b   c  \\n   a   b   c  \\n   a   b   c  \\n   a   b   c  \\n\n");
    byte[] expected = new byte[IMAGE_BYTES];
    byte[] pattern = "abc\n".repeat(1024).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(pattern, 0, expected, 0, pattern.length);
    assertArrayEquals(expected, Files.readAllBytes(image), run.describe());
    assertTrue(run.diagnostics().contains("ata: c0d0 is 'minix3j ATA disk', 128 sectors"),
        run.describe());
  }

  @Test
  void theShellReadsWhatTheImageHoldsAndTheSizeIsTheImages(@TempDir Path folder)
      throws IOException {
    byte[] contents = new byte[IMAGE_BYTES];
    Arrays.fill(contents, (byte) 'z');
    byte[] text = "from the host\nsecond line\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(text, 0, contents, 0, text.length);
    Path image = image(folder, contents);
    expectWithDisk(image, "head -2 /dev/c0d0; wc -c < /dev/c0d0",
        "from the host\nsecond line\n" + IMAGE_BYTES + "\n");
    assertArrayEquals(contents, Files.readAllBytes(image), "reading changed the image");
  }

  @Test
  void aFileCopiedToTheDiskKeepsEveryByteAcrossSectors(@TempDir Path folder)
      throws IOException {
    Path image = image(folder, new byte[IMAGE_BYTES]);
    BootedSystem.Run run = expectWithDisk(image,
        "yes 0123456789 | head -n 150 > /tmp/f; cat /tmp/f > /dev/c0d0;"
            + " head -n 150 /dev/c0d0 > /tmp/back; cmp /tmp/f /tmp/back && echo same",
        "same\n");
    byte[] text = "0123456789\n".repeat(150).getBytes(StandardCharsets.US_ASCII);
    byte[] stored = Files.readAllBytes(image);
    assertArrayEquals(text, Arrays.copyOf(stored, text.length), run.describe());
    assertEquals(0, stored[text.length], run.describe());
  }

  @Test
  void theDiskStillAnswersAfterItsDriverWasRestarted(@TempDir Path folder)
      throws IOException {
    byte[] contents = new byte[IMAGE_BYTES];
    byte[] text = "kept\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(text, 0, contents, 0, text.length);
    BootedSystem.Run run =
        expectWithDisk(image(folder, contents), "service restart ata; head -1 /dev/c0d0", "kept\n");
    assertTrue(run.diagnostics().contains(
        "rs: restarted ata, endpoint 10.1 (refresh, restart 1, after 0 ms)"),
        run.describe());
  }

  @Test
  void withoutADiskTheDeviceIsNoSuchDevice() {
    expect("cat /dev/c0d0; echo $?; ls -l /dev/c0d0",
        """
        cat: /dev/c0d0: no such device or address
        1
        brw-------  1 root     root       3,   0 Jan  1  2026 /dev/c0d0
        """, 0);
  }
}

package org.minix3j.cli.boot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.boot.BootDriver;
import org.minix3j.boot.HostConsole;
import org.minix3j.boot.ProcessDump;
import org.minix3j.boot.RootImage;
import org.minix3j.boot.StandardImage;
import org.minix3j.boot.SystemBoot;
import org.minix3j.kernel.exec.Coroutines;
import org.minix3j.machine.elf.ElfFormatException;
import org.minix3j.servers.mfs.image.ImageException;

/**
 * One boot of the standard image from the host's side: finds (or builds) the root file system
 * image, boots, connects the console, runs to the end and says how it ended. Shared by {@code
 * boot}, {@code posix} and the benchmarks.
 */
public final class BootSession {
  /** Where the userland's image tree and the root image live, under the repository. */
  public static final String TREE = "userland/build/root";

  public static final String IMAGE = "userland/build/root.img";

  private BootSession() {}

  /** The repository the launcher runs from. */
  public static Path repository() {
    return Path.of(System.getProperty("minix3j.root", "."));
  }

  /**
   * The root image: {@code disk} if given, else the one built from the userland tree (rebuilt
   * if the tree changed).
   */
  public static byte[] rootImage(@Nullable Path disk) throws IOException {
    if (disk != null) {
      if (!Files.isRegularFile(disk)) {
        throw new IOException("no disk image at " + disk);
      }
      return Files.readAllBytes(disk);
    }
    Path tree = repository().resolve(TREE);
    if (!Files.isDirectory(tree)) {
      throw new IOException("no userland tree at " + tree
          + "; build it with 'make -C userland' (the launcher does this for you)");
    }
    try {
      return RootImage.ensure(tree, repository().resolve(IMAGE), RootImage.DEFAULT_MEBIBYTES);
    } catch (ImageException e) {
      throw new IOException("cannot make the root image: " + e.getMessage(), e);
    }
  }

  /**
   * Boots with {@code options} and runs with {@code console} until the end or {@code
   * limitNanoseconds} of simulated time; the kernel's log lines go to {@code log}.
   */
  public static BootDriver.Result run(StandardImage.Options options, HostConsole console,
      long limitNanoseconds, boolean paced, PrintStream log, String lineEnd)
      throws IOException, InterruptedException {
    try (SystemBoot system = StandardImage.boot(options)) {
      system.loop().setDiagnosticSink((name, line) -> {
        log.print(line + lineEnd);
        log.flush();
      });
      BootDriver.Result result = BootDriver.run(system, console, limitNanoseconds, paced);
      if (result.ending() == BootDriver.Ending.HUNG
          || result.ending() == BootDriver.Ending.TIME_LIMIT) {
        System.err.println("minix3j: the process table at the end:");
        for (String line : ProcessDump.lines(system)) {
          System.err.println("  " + line);
        }
      }
      return result;
    } catch (ElfFormatException e) {
      throw new IOException("init's bootstrap does not fit the boot area: " + e.getMessage(), e);
    }
  }

  /** The options of a boot with {@code initArguments} and the console going to {@code output}. */
  public static StandardImage.Options options(int memoryMebibytes, byte[] image,
      List<String> initArguments, ConsoleOutput output, long bootEpochSeconds) {
    return new StandardImage.Options(memoryMebibytes, image, initArguments, output,
        bootEpochSeconds, Coroutines.choose().kind());
  }

  /** A one-line description of how a run ended, for the user. */
  public static String describe(BootDriver.Result result) {
    double simulated = result.simulatedNanoseconds() / 1e9;
    return switch (result.ending()) {
      case SHUTDOWN -> String.format("the system shut down (status %d) after %.3f s of simulated time",
          result.status(), simulated);
      case LEFT -> String.format("left the console after %.3f s of simulated time", simulated);
      case HUNG -> String.format("the system hangs after %.3f s of simulated time: no process can run"
          + " and nothing is pending (a server waits for a reply that will not come)", simulated);
      case TIME_LIMIT -> String.format("stopped at the limit of %.3f s of simulated time", simulated);
    };
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}

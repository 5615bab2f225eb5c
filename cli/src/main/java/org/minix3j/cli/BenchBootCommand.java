package org.minix3j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.minix3j.boot.BootDriver;
import org.minix3j.boot.HostConsole;
import org.minix3j.boot.StandardImage;
import org.minix3j.boot.SystemBoot;
import org.minix3j.cli.boot.BootSession;
import org.minix3j.cli.boot.ConsoleOutput;
import org.minix3j.kernel.exec.Coroutines;
import org.minix3j.machine.devices.rtc.CmosRtc;
import org.minix3j.machine.devices.uart.SerialSink;
import org.minix3j.machine.elf.ElfFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minix3j bench boot}: the booted system's figures. Power-on to the shell's prompt
 * (simulated and host time, and host time since the JVM started); fork + exec + wait of
 * /bin/true per second and the getpid round trip, each from two runs of a program in
 * /usr/bench that differ only in the count, so that booting cancels out. Host time is read
 * here, outside the simulation, only to measure. Prints figures; it is not a test.
 */
@Command(
    name = "boot",
    mixinStandardHelpOptions = true,
    description = "Power-on to prompt, fork+exec+wait per second, getpid round trip.")
public final class BenchBootCommand implements Callable<Integer> {
  private static final String PROMPT = "\n# ";

  @Option(names = "--forks", paramLabel = "N", description = "fork+exec+wait rounds "
      + "(default ${DEFAULT-VALUE})")
  int forks = 200;

  @Option(names = "--getpids", paramLabel = "N", description = "getpid calls "
      + "(default ${DEFAULT-VALUE})")
  int getpids = 100_000;

  /** One measured boot: simulated and host nanoseconds, and the exit status. */
  record Run(long simulated, long host, int status) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    byte[] image = BootSession.rootImage(null);
    long[] prompt = toPrompt(image);
    long sinceJvm = System.currentTimeMillis() - jvmStart;
    System.out.printf("boot: power-on to the '# ' prompt: simulated %.1f ms, host %.1f ms "
        + "(%d ms since the JVM started; MINIX 3 in the paper: under 5 s)%n",
        prompt[0] / 1e6, prompt[1] / 1e6, sinceJvm);
    toPrompt(image); // the JIT warmed up: a second boot in the same JVM
    long[] again = toPrompt(image);
    System.out.printf("boot: again, in a warm JVM: simulated %.1f ms, host %.1f ms%n",
        again[0] / 1e6, again[1] / 1e6);

    Run noForks = command(image, "/usr/bench/forkexec 0");
    Run withForks = command(image, "/usr/bench/forkexec " + forks);
    report("fork+exec+wait of /bin/true", forks, noForks, withForks, "per second");
    Run noCalls = command(image, "/usr/bench/getpid 0");
    Run withCalls = command(image, "/usr/bench/getpid " + getpids);
    report("getpid round trip", getpids, noCalls, withCalls, "ns each");
    return noForks.status() | withForks.status() | noCalls.status() | withCalls.status();
  }

  private static void report(String what, int count, Run base, Run run, String unit) {
    double simulated = (run.simulated() - base.simulated()) / (double) count;
    double host = (run.host() - base.host()) / (double) count;
    if (unit.equals("per second")) {
      System.out.printf("%s: %d rounds: simulated %.0f %s, host %.0f %s (%.1f us host each)%n",
          what, count, 1e9 / simulated, unit, 1e9 / host, unit, host / 1e3);
    } else {
      System.out.printf("%s: %d calls: simulated %.0f %s, host %.0f %s%n",
          what, count, simulated, unit, host, unit);
    }
    if (run.status() != 0) {
      System.out.printf("%s: the program failed with status %d%n", what, run.status());
    }
  }

  /** Boots to the interactive shell's first prompt: {simulated, host} nanoseconds. */
  private static long[] toPrompt(byte[] image) throws IOException {
    StringBuilder seen = new StringBuilder();
    long hostStart = System.nanoTime();
    long[] at = {-1, -1};
    SystemBoot[] booted = new SystemBoot[1];
    SerialSink watcher = value -> {
      seen.append((char) value);
      if (at[0] < 0 && booted[0] != null && seen.length() >= PROMPT.length()
          && seen.substring(seen.length() - PROMPT.length()).equals(PROMPT)) {
        at[0] = booted[0].machine().clock().now();
        at[1] = System.nanoTime() - hostStart;
        booted[0].loop().requestStop();
      }
    };
    StandardImage.Options options = new StandardImage.Options(
        StandardImage.DEFAULT_MEMORY_MEBIBYTES, image, List.of("init"), watcher,
        CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS, Coroutines.choose().kind());
    try (SystemBoot system = StandardImage.boot(options)) {
      booted[0] = system;
      system.loop().run(60_000_000_000L);
    } catch (ElfFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
    if (at[0] < 0) {
      throw new IOException("the shell's prompt never came; the console said: " + seen);
    }
    return at;
  }

  private static Run command(byte[] image, String command)
      throws IOException, InterruptedException {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    ConsoleOutput output = new ConsoleOutput(captured, true);
    StandardImage.Options options = BootSession.options(StandardImage.DEFAULT_MEMORY_MEBIBYTES,
        image, List.of("init", "-c", command), output, CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    long hostStart = System.nanoTime();
    BootDriver.Result result =
        BootSession.run(options, HostConsole.NONE, 600_000_000_000L, false, quiet, "\n");
    long host = System.nanoTime() - hostStart;
    int status = result.ending() == BootDriver.Ending.SHUTDOWN ? result.status() : 1;
    return new Run(result.simulatedNanoseconds(), host, status);
  }
}

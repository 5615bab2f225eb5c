package org.minix3j.cli.recovery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.minix3j.boot.BootDriver;
import org.minix3j.boot.HostConsole;
import org.minix3j.boot.ServiceWrap;
import org.minix3j.boot.StandardImage;
import org.minix3j.boot.SystemBoot;
import org.minix3j.kernel.exec.Coroutines;
import org.minix3j.machine.devices.rtc.CmosRtc;
import org.minix3j.machine.elf.ElfFormatException;

/**
 * One boot of the standard image that runs a command line with some services wrapped, from
 * power-on to power-off, keeping the console and the kernel's log. Host time is read here,
 * outside the simulation, only to measure.
 */
final class MeasuredBoot {
  /** Simulated time a run may take before it is given up (a back-off can be long). */
  static final long LIMIT_NANOSECONDS = 100_000L * 1_000_000_000L;

  /**
   * How a run went.
   *
   * @param result how it ended, with its simulated time
   * @param hostNanoseconds its host time
   * @param console what it printed
   * @param log the kernel's log lines (RS's among them)
   */
  record Outcome(BootDriver.Result result, long hostNanoseconds, String console, List<String> log) {
    /** Whether the system shut down with status 0: the command line succeeded. */
    boolean succeeded() {
      return result.ending() == BootDriver.Ending.SHUTDOWN && result.status() == 0;
    }

    /** The log lines that contain {@code text}. */
    long logLines(String text) {
      return log.stream().filter(line -> line.contains(text)).count();
    }
  }

  private MeasuredBoot() {}

  /**
   * Boots {@code image} in {@code memoryMebibytes}, runs {@code command} under sh with {@code
   * wrap} and, if present, RS reading {@code policy}; {@code started} sees the system before it
   * runs.
   */
  static Outcome run(byte[] image, int memoryMebibytes, String command, ServiceWrap wrap,
      Optional<String> policy, Consumer<SystemBoot> started)
      throws IOException, InterruptedException {
    StringBuilder console = new StringBuilder();
    List<String> log = new ArrayList<>();
    StandardImage.Options options = new StandardImage.Options(memoryMebibytes, image,
        List.of("init", "-c", command), value -> console.append((char) value),
        CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS, Coroutines.choose().kind()).withServiceWrap(wrap);
    if (policy.isPresent()) {
      options = options.withPolicy(policy.get());
    }
    long hostStart = System.nanoTime();
    try (SystemBoot system = StandardImage.boot(options)) {
      system.loop().setDiagnosticSink((name, line) -> log.add(line));
      started.accept(system);
      BootDriver.Result result =
          BootDriver.run(system, HostConsole.NONE, LIMIT_NANOSECONDS, false);
      return new Outcome(result, System.nanoTime() - hostStart, console.toString(), log);
    } catch (ElfFormatException e) {
      throw new IOException("init's bootstrap does not fit the boot area: " + e.getMessage(), e);
    }
  }
}

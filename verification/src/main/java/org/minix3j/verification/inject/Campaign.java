package org.minix3j.verification.inject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.minix3j.boot.BootDriver;
import org.minix3j.boot.ProcessDump;
import org.minix3j.boot.ServiceWrap;
import org.minix3j.boot.StandardImage;
import org.minix3j.boot.SystemBoot;
import org.minix3j.kernel.exec.Coroutines;
import org.minix3j.kernel.run.RunLoop;
import org.minix3j.machine.devices.rtc.CmosRtc;
import org.minix3j.machine.devices.uart.SerialSink;
import org.minix3j.machine.elf.ElfFormatException;
import org.minix3j.verification.audit.LiveAudit;

/**
 * A fault-injection campaign: boots the standard image with an ATA disk and the targets'
 * instances wrapped ({@link FaultyService}), runs {@code /bin/faultload} (files on the root file
 * system, the raw disk /dev/c0d0, its lines on the console, then a print job on /dev/lp that
 * must come out exact: {@link PrintCheck}; once it is out, injection ends, whatever the
 * terminal lost) and, after
 * {@link #SETTLE_SECONDS}, {@code echo alive}, while the plan's faults fire at their seeded
 * points; boots again while faults are left. The kernel
 * audit ({@link LiveAudit}) watches every boot. The result is one {@link KindRow} per kind.
 *
 * <p>Deterministic: the plan comes from the seed, the boots are unpaced, the simulation runs on
 * one host thread; the same settings give the same table.
 */
public final class Campaign {
  /** Simulated time between two audits of the process table. */
  static final long SLICE_NANOSECONDS = 1_000_000L;

  /** Simulated time one boot may take. */
  static final long BOOT_LIMIT_NANOSECONDS = 300_000_000_000L;

  /** The size of the ATA disk's image. */
  static final int DISK_BYTES = 256 * 1024;

  /**
   * What the final command waits after the workload, so that a driver still in its back-off
   * (RS's longest is 10 s) is back before it answers.
   */
  static final int SETTLE_SECONDS = 12;

  /** The workload's print job, in bytes. */
  static final int JOB_BYTES = 2048;

  /** The raw disk the workload checks. */
  static final String DISK = "/dev/c0d0";

  /**
   * What a campaign does.
   *
   * @param targets labels of the services that take faults
   * @param faults how many faults in all
   * @param seed the seed of the plan and of the workload's data
   * @param kinds the kinds drawn from
   * @param rounds workload rounds per boot
   * @param fileBytes bytes per file and per disk slot
   * @param wrap what is done to the instances of services that are no target (a broken
   *     configuration, in a test), after the fault wrapper
   * @param trace whether the console's lines and the kernel's log go to the progress too
   */
  public record Settings(List<String> targets, int faults, long seed, List<FaultKind> kinds,
      int rounds, int fileBytes, ServiceWrap wrap, boolean trace) {
    public Settings {
      targets = List.copyOf(targets);
      kinds = List.copyOf(kinds);
    }

    /** Settings with the standard workload: 24 rounds of 8 KiB per boot. */
    public Settings(List<String> targets, int faults, long seed, List<FaultKind> kinds) {
      this(targets, faults, seed, kinds, 24, 8192, ServiceWrap.NONE, false);
    }

    /** These settings with the console and the kernel's log traced, or not. */
    public Settings traced(boolean on) {
      return new Settings(targets, faults, seed, kinds, rounds, fileBytes, wrap, on);
    }
  }

  /**
   * What a campaign found.
   *
   * @param rows one per kind of the settings
   * @param boots boots made
   * @param answered whether every boot's final command answered
   * @param checksPassed workload checks that came back right
   * @param unplannedFailures failures RS reported that no fault explains
   * @param auditEvaluations invariant evaluations of the kernel audit
   * @param violations the audit's violations, described (the first few)
   * @param problems other reasons for failure (a boot that did not shut down, ...)
   */
  public record Result(long seed, List<KindRow> rows, int boots, boolean answered,
      long checksPassed, long unplannedFailures, long auditEvaluations, List<String> violations,
      List<String> problems) {
    public Result {
      rows = List.copyOf(rows);
      violations = List.copyOf(violations);
      problems = List.copyOf(problems);
    }

    /** Whether a figure that must be zero is not, or the final command did not answer. */
    public boolean failed() {
      return !answered || !problems.isEmpty() || rows.stream().anyMatch(KindRow::failing);
    }
  }

  private Campaign() {}

  /** The options that replay {@code settings}' campaign. */
  public static String replay(Settings settings) {
    return "--seed " + settings.seed() + " --faults " + settings.faults() + " --target "
        + String.join(",", settings.targets()) + " --kinds "
        + String.join(",", settings.kinds().stream().map(FaultKind::word).toList());
  }

  /** Runs the campaign on {@code rootImage}; {@code progress} hears a line per boot. */
  public static Result run(Settings settings, byte[] rootImage, Consumer<String> progress)
      throws IOException, ElfFormatException {
    FaultPlan plan = new FaultPlan(settings.seed(), settings.faults(), settings.targets(),
        settings.kinds());
    FaultLedger ledger = new FaultLedger();
    if (settings.trace()) {
      ledger.traceTo(progress);
    }
    ServiceWrap faulty = FaultyService.wrapping(plan, ledger);
    ServiceWrap wrap = (label, instance) ->
        settings.wrap().wrap(label, faulty.wrap(label, instance));
    List<String> violations = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    boolean answered = true;
    long passed = 0;
    long evaluations = 0;
    int boots = 0;
    Path disk = Files.createTempFile("minix3j-inject", ".img");
    try {
      while (boots == 0 || plan.remaining() > 0) {
        int before = plan.remaining();
        long workloadSeed = settings.seed() + boots;
        Files.write(disk, new byte[DISK_BYTES]);
        WorkloadCheck check = new WorkloadCheck(workloadSeed, settings.rounds(),
            settings.fileBytes(), true, ledger);
        ledger.resume();
        PrintCheck job = new PrintCheck(workloadSeed, settings.rounds(), JOB_BYTES, ledger);
        String command = "faultload " + workloadSeed + " " + settings.rounds() + " "
            + settings.fileBytes() + " " + DISK + " " + DISK_BYTES / settings.fileBytes()
            + " /dev/lp " + JOB_BYTES + "; sleep " + SETTLE_SECONDS + "; echo "
            + WorkloadCheck.ALIVE;
        StandardImage.Options options = new StandardImage.Options(
            StandardImage.DEFAULT_MEMORY_MEBIBYTES, rootImage, List.of("init", "-c", command),
            console(check, settings.trace(), progress), CmosRtc.DEFAULT_BOOT_EPOCH_SECONDS,
            Coroutines.choose().kind())
            .withPrinter(job::accept)
            .withAtaImage(disk)
            .withServiceWrap(wrap);
        boolean shutDown;
        try (SystemBoot system = StandardImage.boot(options)) {
          system.loop().setDiagnosticSink((name, line) -> {
            ledger.logLine(line);
            if (settings.trace()) {
              progress.accept("log: " + line);
            }
          });
          LiveAudit audit = LiveAudit.attach(system.kernel());
          shutDown = runToEnd(system, audit, ledger, violations);
          if (settings.trace()) {
            progress.accept(String.format("boot %d ended after %.3f s simulated, %s", boots + 1,
                system.machine().clock().now() / 1e9, shutDown ? "shut down" : "hung"));
            ProcessDump.lines(system).forEach(line -> progress.accept("process: " + line));
          }
          evaluations += audit.evaluations();
        }
        check.finish();
        job.finish();
        plan.requeue(ledger.cutShort());
        plan.reclaim();
        boots++;
        passed += check.passed();
        if (!check.alive()) {
          answered = false;
        }
        if (!shutDown) {
          problems.add("boot " + boots + " did not shut down within "
              + BOOT_LIMIT_NANOSECONDS / 1_000_000_000L + " s of simulated time");
        }
        int fired = before - plan.remaining();
        progress.accept(String.format("inject: boot %d: %d faults, %d of %d injected, %d checks"
            + " passed", boots, fired, settings.faults() - plan.remaining(), settings.faults(),
            passed));
        if (!shutDown || !check.alive()) {
          break;
        }
        if (fired == 0 && plan.remaining() > 0) {
          problems.add("boot " + boots + " injected no fault: the targets were not reached");
          break;
        }
      }
    } finally {
      Files.deleteIfExists(disk);
    }
    return new Result(settings.seed(), ledger.rows(settings.kinds()), boots, answered, passed,
        ledger.unplannedFailures(), evaluations, violations, problems);
  }

  /** The console: every byte to the check, and with {@code trace} every line to progress. */
  private static SerialSink console(WorkloadCheck check, boolean trace,
      Consumer<String> progress) {
    StringBuilder line = new StringBuilder();
    return value -> {
      check.accept(value);
      if (trace && value == '\n') {
        progress.accept("console: " + line);
        line.setLength(0);
      } else if (trace && value != '\r') {
        line.append((char) value);
      }
    };
  }

  /** Runs one boot to its shutdown or the limit, auditing between slices. */
  private static boolean runToEnd(SystemBoot system, LiveAudit audit, FaultLedger ledger,
      List<String> violations) {
    RunLoop loop = system.loop();
    while (true) {
      long now = system.machine().clock().now();
      if (now >= BOOT_LIMIT_NANOSECONDS) {
        return false;
      }
      RunLoop.Outcome outcome =
          loop.run(Math.min(BOOT_LIMIT_NANOSECONDS, now + SLICE_NANOSECONDS), true);
      for (String violation : audit.check()) {
        ledger.violation();
        if (violations.size() < 10) {
          violations.add(violation);
        }
      }
      if (outcome == RunLoop.Outcome.SHUTDOWN) {
        // power-off: the UART finishes what is on the wire (the final command's answer)
        system.machine().clock().advanceTo(system.machine().clock().now()
            + BootDriver.POWER_OFF_NANOSECONDS);
        return true;
      }
      if (outcome == RunLoop.Outcome.IDLE) {
        return false;
      }
    }
  }
}

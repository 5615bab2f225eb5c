package org.minix3j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.cli.boot.BootSession;
import org.minix3j.machine.elf.ElfFormatException;
import org.minix3j.verification.inject.Campaign;
import org.minix3j.verification.inject.CampaignTable;
import org.minix3j.verification.inject.FaultKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minix3j inject}: a fault-injection campaign (see {@link Campaign}). Prints the table per
 * kind and, with {@code --json}, writes one JSON line per kind.
 *
 * <p>Exit status: 0 when every must-be-zero figure is zero and the final command answered; 1
 * otherwise, with the seed that replays it; 2 on a bad option or when the system cannot boot.
 */
@Command(
    name = "inject",
    mixinStandardHelpOptions = true,
    description = {
      "Boots with an ATA disk, runs a workload that checks its data (files on the RAM disk, the"
          + " raw disk /dev/c0d0, lines on the console) and injects seeded faults into the"
          + " target services; prints what was injected, detected, repaired and seen."
    })
public final class InjectCommand implements Callable<Integer> {

  @Option(names = "--target", paramLabel = "LABEL[,LABEL...]", split = ",",
      description = "services that take faults (default: memory,ata,tty,printer)")
  private List<String> targets = new ArrayList<>(List.of("memory", "ata", "tty", "printer"));

  @Option(names = "--faults", paramLabel = "N", description = "faults in all (default: ${DEFAULT-VALUE})")
  private int faults = 100;

  @Option(names = "--seed", paramLabel = "S", description = "the campaign's seed (default: ${DEFAULT-VALUE})")
  private long seed = 1;

  @Option(names = "--kinds", paramLabel = "k1,k2,...", split = ",",
      description = "fault kinds: crash, panic, hang, livelock, corrupt, illegal-port,"
          + " illegal-ipc, illegal-call, leak (default: all)")
  private @Nullable List<String> kinds;

  @Option(names = "--json", paramLabel = "FILE", description = "write the per-kind results as JSON lines")
  private @Nullable Path json;

  @Option(names = "--trace", description = "show the console's lines and the kernel's log")
  private boolean trace;

  private static final List<String> SERVICES = List.of("memory", "ata", "tty", "printer");

  @Override
  public Integer call() {
    PrintStream out = System.out;
    List<FaultKind> chosen = new ArrayList<>();
    for (String word : kinds == null ? allWords() : kinds) {
      FaultKind kind = FaultKind.ofWord(word.trim());
      if (kind == null) {
        System.err.println("minix3j inject: no fault kind '" + word + "'");
        return 2;
      }
      chosen.add(kind);
    }
    for (String target : targets) {
      if (!SERVICES.contains(target)) {
        System.err.println("minix3j inject: '" + target + "' is no driver that restarts; targets: "
            + String.join(", ", SERVICES));
        return 2;
      }
    }
    if (faults < 1) {
      System.err.println("minix3j inject: --faults must be at least 1");
      return 2;
    }
    out.println("inject: " + faults + " faults into " + String.join(",", targets) + ", seed "
        + seed);
    Campaign.Settings settings = new Campaign.Settings(targets, faults, seed, chosen).traced(trace);
    Campaign.Result result;
    long start = System.nanoTime();
    try {
      byte[] image = BootSession.rootImage(null);
      result = Campaign.run(settings, image,
          System.err::println);
      if (json != null) {
        Files.write(json, CampaignTable.jsonLines(seed, result.rows()), StandardCharsets.UTF_8);
      }
    } catch (IOException | ElfFormatException | IllegalArgumentException e) {
      System.err.println("minix3j inject: " + e.getMessage());
      return 2;
    }
    out.print(CampaignTable.table(result.rows()));
    out.printf("inject: %d boots, %d checks passed, %d audit evaluations, %.1f s host time%n",
        result.boots(), result.checksPassed(), result.auditEvaluations(),
        (System.nanoTime() - start) / 1e9);
    if (result.unplannedFailures() > 0) {
      out.println("inject: " + result.unplannedFailures() + " failures no fault explains");
    }
    for (String violation : result.violations()) {
      out.println("inject: VIOLATION " + violation);
    }
    for (String problem : result.problems()) {
      out.println("inject: " + problem);
    }
    out.println("inject: final command " + (result.answered() ? "answered" : "did NOT answer"));
    if (result.failed()) {
      out.println("inject: FAILED; replay with " + Campaign.replay(settings));
      return 1;
    }
    return 0;
  }

  private static List<String> allWords() {
    List<String> words = new ArrayList<>();
    for (FaultKind kind : FaultKind.values()) {
      words.add(kind.word());
    }
    return words;
  }
}

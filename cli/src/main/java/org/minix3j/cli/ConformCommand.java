package org.minix3j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minix3j.conformance.kernel.KernelConformance;
import org.minix3j.conformance.kernel.KernelSpec;
import org.minix3j.conformance.recovery.RecoveryConformance;
import org.minix3j.conformance.trace.ConformanceReport;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.verification.tlc.CheckSetupException;
import org.minix3j.verification.tlc.RepositoryRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minix3j conform}: behaviours generated from the Ipc and Privileges models replayed
 * against the kernel (see {@link KernelConformance}), and from the Recovery model against RS,
 * DS, the file server's recovery paths and puppet drivers (see {@link RecoveryConformance}); a
 * table of behaviours, steps, actions covered and divergences, and each divergence's trace.
 *
 * <p>Exit status: 0 when nothing diverged and every action was performed, 1 otherwise, 2 on a
 * bad option.
 */
@Command(
    name = "conform",
    mixinStandardHelpOptions = true,
    description = {
      "Replays behaviours generated from spec/Ipc.tla and spec/Privileges.tla against the kernel,"
          + " and from spec/Recovery.tla against RS, DS, the file server's recovery paths and"
          + " puppet drivers on the kernel, and compares the spec's state with the system's after"
          + " every step.",
      "Seeded random walks (the same seed gives the same walks), then for Ipc and Privileges"
          + " every behaviour of the CI model up to --enumerate steps; Recovery runs"
          + " --recovery-walks walks, each on a freshly built system."
    })
public final class ConformCommand implements Callable<Integer> {
  private static final int DIVERGED = 1;
  private static final int UNUSABLE = 2;

  @Option(names = {"--traces", "--walks"}, paramLabel = "N",
      description = "random walks per spec (default: ${DEFAULT-VALUE})")
  private int walks = 10_000;

  @Option(names = "--depth", paramLabel = "D", description = "steps per walk (default: ${DEFAULT-VALUE})")
  private int depth = 25;

  @Option(names = "--seed", paramLabel = "S", description = "seed of the first walk (default: ${DEFAULT-VALUE})")
  private long seed = 1;

  @Option(names = "--enumerate", paramLabel = "K",
      description = "also replay every behaviour of up to K steps of the CI model, 0 for none"
          + " (default: ${DEFAULT-VALUE})")
  private int enumerate = 4;

  @Option(names = "--mutant", paramLabel = "BUG",
      description = "switch on a known kernel bug, to see conformance catch it: ${COMPLETION-CANDIDATES}")
  private KernelMutant mutant = KernelMutant.NONE;

  @Option(names = "--recovery-walks", paramLabel = "N",
      description = "random walks of Recovery (default: ${DEFAULT-VALUE})")
  private int recoveryWalks = 1_000;

  @Option(names = "--recovery-mutant", paramLabel = "BUG",
      description = "switch on a known bug of RS or MFS for Recovery, to see conformance catch it:"
          + " ${COMPLETION-CANDIDATES}")
  private RecoveryConformance.Mutant recoveryMutant = RecoveryConformance.Mutant.NONE;

  @Parameters(paramLabel = "SPEC", arity = "0..*",
      description = "Ipc, Privileges, Recovery (default: all three)")
  private List<String> specs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintStream out = System.out;
    List<KernelSpec> chosen = new ArrayList<>();
    boolean recovery = specs.isEmpty();
    for (String name : specs) {
      if (name.equalsIgnoreCase("Recovery")) {
        recovery = true;
        continue;
      }
      KernelSpec spec = KernelSpec.named(name);
      if (spec == null) {
        System.err.println("minix3j conform: no spec " + name + " (Ipc, Privileges or Recovery)");
        return UNUSABLE;
      }
      chosen.add(spec);
    }
    if (specs.isEmpty()) {
      chosen.addAll(List.of(KernelSpec.values()));
    }
    if (recoveryWalks < 0) {
      System.err.println("minix3j conform: --recovery-walks must be >= 0");
      return UNUSABLE;
    }
    KernelConformance.Plan plan;
    Path root;
    try {
      plan = new KernelConformance.Plan(seed, walks, depth, enumerate);
      root = RepositoryRoot.find();
    } catch (IllegalArgumentException | CheckSetupException e) {
      System.err.println("minix3j conform: " + e.getMessage());
      return UNUSABLE;
    }
    List<String> plans = new ArrayList<>();
    if (!chosen.isEmpty()) {
      plans.add(walks + " walks of " + depth + " steps from seed " + seed
          + (enumerate > 0 ? ", then every behaviour of up to " + enumerate + " steps" : "")
          + (mutant == KernelMutant.NONE ? "" : ", kernel mutant " + mutant));
    }
    if (recovery) {
      plans.add("Recovery: " + recoveryWalks + " walks of " + depth + " steps from seed " + seed
          + (recoveryMutant == RecoveryConformance.Mutant.NONE ? "" : ", mutant " + recoveryMutant));
    }
    out.println("conform: " + String.join("; ", plans));
    boolean ok = true;
    List<ConformanceReport> reports = new ArrayList<>();
    for (KernelSpec spec : chosen) {
      ConformanceReport report =
          KernelConformance.run(root, spec, mutant, plan, line -> System.err.println("  " + line));
      reports.add(report);
      ok &= report.conforms() && report.coverage().complete();
    }
    if (recovery) {
      long started = System.nanoTime();
      ConformanceReport report = RecoveryConformance.run(root, recoveryMutant, seed, recoveryWalks,
          depth, line -> System.err.println("  " + line));
      out.println("Recovery: " + (System.nanoTime() - started) / 1_000_000 + " ms host time");
      reports.add(report);
      ok &= report.conforms() && report.coverage().complete();
    }
    out.println();
    for (ConformanceReport report : reports) {
      out.print(report.details());
    }
    out.println(ok ? "conform: no divergence" : "conform: FAILED");
    return ok ? 0 : DIVERGED;
  }
}

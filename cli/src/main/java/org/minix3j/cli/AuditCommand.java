package org.minix3j.cli;

import java.util.concurrent.Callable;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.verification.audit.KernelAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minix3j audit}: the invariants of spec/Ipc.tla and spec/Privileges.tla evaluated on a
 * live kernel after every kernel step of a seeded random workload (see {@link KernelAudit}).
 *
 * <p>Exit status: 0 when no invariant was violated, 1 on a violation (with the step, what broke
 * and the kernel state, and the seed that replays it), 2 on a bad option.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a seeded random workload of puppet processes on the kernel and evaluates every"
          + " invariant of Ipc and Privileges after every kernel step."
    })
public final class AuditCommand implements Callable<Integer> {

  @Option(names = "--steps", paramLabel = "N", description = "kernel steps (default: ${DEFAULT-VALUE})")
  private long steps = 100_000;

  @Option(names = "--seed", paramLabel = "S", description = "workload seed (default: ${DEFAULT-VALUE})")
  private long seed = 1;

  @Option(names = "--mutant", paramLabel = "BUG",
      description = "switch on a known kernel bug, to see the audit catch it: ${COMPLETION-CANDIDATES}")
  private KernelMutant mutant = KernelMutant.NONE;

  @Override
  public Integer call() {
    if (steps < 1) {
      System.err.println("minix3j audit: --steps must be at least 1");
      return 2;
    }
    System.out.println("audit: " + steps + " kernel steps, seed " + seed
        + (mutant == KernelMutant.NONE ? "" : ", kernel mutant " + mutant));
    KernelAudit.Result result = KernelAudit.run(seed, steps, mutant, System.err::println);
    System.out.print(result.table());
    String violation = result.violation();
    if (violation != null) {
      System.out.println("audit: VIOLATION at " + violation);
      System.out.println("audit: replay with --seed " + seed + (mutant == KernelMutant.NONE ? "" : " --mutant " + mutant));
      return 1;
    }
    System.out.println("audit: " + result.steps() + " steps, no violation");
    return 0;
  }
}

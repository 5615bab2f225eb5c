package org.minix3j.conformance.kernel;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.minix3j.conformance.trace.BoundedEnumeration;
import org.minix3j.conformance.trace.ConformanceReport;
import org.minix3j.conformance.trace.RandomWalks;
import org.minix3j.conformance.trace.Replayer;
import org.minix3j.conformance.trace.SpecModel;
import org.minix3j.kernel.KernelMutant;

/**
 * Conformance of the kernel to one spec: behaviours generated from the spec's models (seeded
 * random walks, then every short behaviour of the CI model up to a length, cut at states
 * already reached)
 * replayed against a kernel through the spec's binding, the state compared after every step.
 *
 * <p>Walks are generated and replayed in batches, so memory stays flat however many are asked
 * for. A walk that reaches a state where the spec enables no action (every process blocked
 * and the model's bounds spent) is a behaviour of the spec too: it is replayed and reported as
 * a dead end, and further seeds are drawn until the requested number of walks reached the full
 * depth. Seeds count up from {@code seed} and give the same behaviours on every machine.
 */
public final class KernelConformance {
  private static final int BATCH = 500;

  /**
   * What to run.
   *
   * @param walks random walks that reach {@code depth}, seeds {@code seed} on
   * @param depth steps per walk
   * @param enumerationLength longest behaviour of the bounded enumeration (0: none)
   */
  public record Plan(long seed, int walks, int depth, int enumerationLength) {
    public Plan {
      if (walks < 0 || depth < 1 || enumerationLength < 0) {
        throw new IllegalArgumentException("walks >= 0, depth >= 1, enumeration length >= 0");
      }
    }
  }

  private KernelConformance() {}

  /** Runs {@code plan} for {@code spec} against a kernel with {@code mutant}; reports progress. */
  public static ConformanceReport run(
      Path root, KernelSpec spec, KernelMutant mutant, Plan plan, Consumer<String> progress) {
    SpecModel model = SpecModel.load(root, spec.walkModel());
    Replayer replayer = Replayer.forModel(spec.specName(), model, spec.binding(mutant));
    RandomWalks walks = new RandomWalks(model);
    ConformanceReport report = null;
    long nextSeed = plan.seed();
    long fullDepth = 0;
    while (fullDepth < plan.walks()) {
      int count = (int) Math.min(BATCH, plan.walks() - fullDepth);
      ConformanceReport batch = replayer.replay(walks.walks(nextSeed, count, plan.depth()));
      nextSeed += count;
      fullDepth += batch.behaviours() - batch.deadEnds();
      report = report == null ? batch : report.plus(batch);
      progress.accept(report.line());
    }
    if (plan.enumerationLength() > 0) {
      SpecModel small = SpecModel.load(root, spec.enumerationModel());
      ConformanceReport enumerated = replayer.replay(new BoundedEnumeration(small)
          .behaviours(plan.enumerationLength(), BoundedEnumeration.Pruning.SEEN_STATES));
      report = report == null ? enumerated : report.plus(enumerated);
      progress.accept(report.line());
    }
    if (report == null) {
      report = replayer.replay(java.util.List.of());
    }
    return report;
  }
}

package org.minix3j.conformance.recovery;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.conformance.trace.ConformanceReport;
import org.minix3j.conformance.trace.RandomWalks;
import org.minix3j.conformance.trace.Replayer;
import org.minix3j.conformance.trace.SpecModel;
import org.minix3j.servers.mfs.MfsMutant;
import org.minix3j.servers.rs.RsMutant;

/**
 * Conformance of the recovery path (RS, DS, the file server's recovery code, puppet drivers on
 * the real kernel) to spec/Recovery.tla: seeded random walks of model/MCRecoveryConform
 * replayed through a {@link RecoveryBinding}, the state compared after every step the
 * implementation comes to rest at. Walks are drawn in batches; seeds count up from the plan's.
 */
public final class RecoveryConformance {
  /** The trace-generation model. */
  public static final String MODEL = "MCRecoveryConform";
  private static final int BATCH = 100;

  /** A known bug of the recovery path switched on, or none. */
  public enum Mutant {
    NONE(RsMutant.NONE, MfsMutant.NONE),
    /** RS does not publish a restarted driver's endpoint (spec Bug "NoPublish"). */
    NO_PUBLISH(RsMutant.NO_PUBLISH, MfsMutant.NONE),
    /** MFS drops the request in flight when the new instance appears ("ForgetPending"). */
    FORGET_PENDING(RsMutant.NONE, MfsMutant.FORGET_PENDING),
    /** RS restarts without its back-off ("NoBackoff"). */
    NO_BACKOFF(RsMutant.NO_BACKOFF, MfsMutant.NONE);

    final RsMutant rs;
    final MfsMutant mfs;

    Mutant(RsMutant rs, MfsMutant mfs) {
      this.rs = rs;
      this.mfs = mfs;
    }

    /** The mutant of this name (case and dashes aside), or null. */
    public static @Nullable Mutant named(String name) {
      for (Mutant mutant : values()) {
        if (mutant.name().replace("_", "").equalsIgnoreCase(name.replace("_", "").replace("-", ""))) {
          return mutant;
        }
      }
      return null;
    }
  }

  private RecoveryConformance() {}

  /** {@code walks} walks of {@code depth} steps from {@code seed}, against {@code mutant}. */
  public static ConformanceReport run(Path root, Mutant mutant, long seed, int walks, int depth,
      Consumer<String> progress) {
    SpecModel model = SpecModel.load(root, MODEL);
    Replayer replayer = Replayer.forModel("Recovery", model,
        new RecoveryBinding(mutant.rs, mutant.mfs));
    RandomWalks generator = new RandomWalks(model);
    ConformanceReport report = null;
    long nextSeed = seed;
    int done = 0;
    while (done < walks) {
      int count = Math.min(BATCH, walks - done);
      ConformanceReport batch = replayer.replay(generator.walks(nextSeed, count, depth));
      nextSeed += count;
      done += count;
      report = report == null ? batch : report.plus(batch);
      progress.accept(report.line());
    }
    return report == null ? replayer.replay(List.of()) : report;
  }
}

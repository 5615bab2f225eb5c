package org.minix3j.verification.tlc;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What one TLC run on one model reported: states generated, distinct states and depth ({@code
 * -1} when TLC did not get as far as reporting them), TLC's exit status (0 when nothing was
 * found), the seconds TLC ran, the first violation if any, and error messages when TLC could
 * not check the model at all (parse error, bad configuration, evaluation error).
 */
public record TlcReport(
    long generated,
    long distinct,
    long depth,
    int exitStatus,
    double seconds,
    @Nullable Violation violation,
    List<String> errors) {

  public TlcReport {
    errors = List.copyOf(errors);
  }

  /** True when TLC could not complete the check for a reason other than a violation. */
  public boolean failedToRun() {
    return violation == null && (exitStatus != 0 || !errors.isEmpty() || distinct < 0);
  }

  /** This report with more error messages appended. */
  public TlcReport withErrors(List<String> moreErrors) {
    List<String> all = new java.util.ArrayList<>(errors);
    all.addAll(moreErrors);
    return new TlcReport(generated, distinct, depth, exitStatus, seconds, violation, all);
  }
}

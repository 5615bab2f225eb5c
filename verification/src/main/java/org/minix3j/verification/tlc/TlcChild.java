package org.minix3j.verification.tlc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tlc2.TLC;
import tlc2.output.MP;
import tlc2.tool.impl.ModelConfig;
import tlc2.util.Vect;
import util.SimpleFilenameToStream;

/**
 * The entry point of the child JVM that runs TLC on exactly one model, in-process, and writes
 * a {@link TlcReport} for the parent ({@link TlcProcess}).
 *
 * <p>Why a child JVM per model rather than TLC in the caller's JVM: TLC keeps static state
 * between runs (TLCGlobals, the state class's variable table, the UniqueString intern table,
 * the message printer and its warning history, the ToolIO streams) and does not promise that
 * a second model in the same JVM starts clean; its own test suite runs each model in a fresh
 * JVM. Trials with TLC 2.18 (toy models and the Recovery models interleaved in one JVM) gave
 * the same counts as separate JVMs, but nothing guarantees it for every model, and a deep
 * model also wants a heap of its own. A fresh JVM per model makes every result independent of
 * which models ran before, for about half a second of start-up per model.
 *
 * <p>Arguments: the report file to write, the model's {@code .tla} file, its {@code .cfg}
 * file, the folder for TLC's states (its metadir), the number of worker threads. The system
 * property {@code TLA-Library} (set by the parent) points at the specification folder, so the
 * model's {@code EXTENDS} resolve. TLC's own tool-mode output (each message framed by its
 * message code) goes to standard output, which the parent keeps as a log; progress lines go
 * to standard error prefixed by {@link #PROGRESS_PREFIX}.
 */
public final class TlcChild {

  /** Marks a progress line on standard error. */
  public static final String PROGRESS_PREFIX = "progress\t";

  /** TLC's fingerprint polynomial, fixed so that every run of a model is the same run. */
  static final String FINGERPRINT_INDEX = "0";

  private TlcChild() {}

  public static void main(String[] args) {
    int status = run(args, System.err);
    System.out.flush();
    // TLC may leave non-daemon threads behind; the report is written, so leave now.
    Runtime.getRuntime().halt(status);
  }

  private static int run(String[] args, PrintStream progress) {
    if (args.length != 5) {
      progress.println("usage: TlcChild REPORT MODEL.tla MODEL.cfg METADIR WORKERS");
      return 2;
    }
    Path reportFile = Path.of(args[0]);
    String modelFile = args[1];
    String configFile = args[2];
    MessageCollector collector = new MessageCollector(progress);
    MP.setRecorder(collector);
    List<String> errors = new ArrayList<>();
    int exitStatus = -1;
    long start = System.nanoTime();
    try {
      TLC tlc = new TLC();
      String[] tlcArguments = {
        "-tool", "-workers", args[4], "-fp", FINGERPRINT_INDEX, "-metadir", args[3],
        "-config", configFile, modelFile
      };
      if (tlc.handleParameters(tlcArguments)) {
        exitStatus = tlc.process();
      } else {
        errors.add("TLC refused its arguments: " + String.join(" ", tlcArguments));
      }
    } catch (RuntimeException | Error e) {
      errors.add("TLC stopped with " + e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (collector.violationKind() == ViolationKind.TEMPORAL_PROPERTY) {
      collector.nameTemporalViolation(temporalPropertyName(configFile));
    }
    try {
      TlcReportFile.write(reportFile, collector.report(exitStatus, seconds, errors));
    } catch (IOException e) {
      progress.println("cannot write the TLC report " + reportFile + ": " + e);
      return 2;
    }
    return 0;
  }

  /**
   * TLC does not say which temporal property a liveness counterexample violates; when the
   * configuration lists exactly one, that one is named, otherwise all of them.
   */
  private static String temporalPropertyName(String configFile) {
    try {
      ModelConfig config = new ModelConfig(configFile, new SimpleFilenameToStream());
      config.parse();
      Vect<?> properties = config.getProperties();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < properties.size(); i++) {
        names.add(String.valueOf(properties.elementAt(i)));
      }
      return names.isEmpty() ? "TemporalProperty" : String.join("|", names);
    } catch (RuntimeException e) {
      return "TemporalProperty";
    }
  }
}

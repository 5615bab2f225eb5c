package org.minix3j.verification.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

  @Test
  void thePropertyNamesTheRoot(@TempDir Path folder) throws CheckSetupException {
    assertEquals(folder.toAbsolutePath().normalize(),
        RepositoryRoot.find(folder.toString(), Path.of("/")));
    CheckSetupException error = assertThrows(CheckSetupException.class,
        () -> RepositoryRoot.find(folder.resolve("missing").toString(), folder));
    assertTrue(String.valueOf(error.getMessage()).endsWith("is not a folder"),
        String.valueOf(error.getMessage()));
  }

  @Test
  void withoutThePropertyTheManifestIsLookedForUpwards(@TempDir Path folder) throws Exception {
    Files.createDirectories(folder.resolve("model"));
    Files.writeString(folder.resolve("model/manifest.tsv"), Manifest.HEADER + "\n");
    Path deep = Files.createDirectories(folder.resolve("kernel/src/main"));

    assertEquals(folder.toAbsolutePath(), RepositoryRoot.find(null, deep));
    assertEquals(folder.toAbsolutePath(), RepositoryRoot.find("", folder));
  }

  @Test
  void withoutPropertyOrManifestItSaysHowToNameTheRoot(@TempDir Path folder) {
    CheckSetupException error =
        assertThrows(CheckSetupException.class, () -> RepositoryRoot.find(null, folder));
    assertTrue(String.valueOf(error.getMessage()).contains("-Dminix3j.root=ROOT"),
        String.valueOf(error.getMessage()));
  }
}

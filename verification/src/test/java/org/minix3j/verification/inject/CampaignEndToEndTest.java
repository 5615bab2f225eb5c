package org.minix3j.verification.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minix3j.boot.RootImage;
import org.minix3j.boot.ServiceWrap;

/**
 * Small campaigns on the booted system: 20 faults of every kind in the RAM disk, ATA and tty
 * drivers leave the block figures at zero and the system answering; a broken ATA driver (one
 * that returns at once, every time it starts) makes the campaign fail, with the seed to replay.
 */
class CampaignEndToEndTest {
  private static byte[] image() throws Exception {
    String root = System.getProperty("minix3j.root");
    if (root == null) {
      throw new AssertionError("the system property minix3j.root does not name the repository");
    }
    Path tree = Path.of(root).resolve("userland/build/root");
    if (!Files.isDirectory(tree)) {
      throw new AssertionError("no userland tree at " + tree + "; build it with 'make -C userland'");
    }
    return RootImage.build(tree, RootImage.bootDevices(), RootImage.DEFAULT_MEBIBYTES);
  }

  @Test
  void twentyFaultsLeaveNoBlockErrorNoMismatchAndASystemThatAnswers() throws Exception {
    Campaign.Settings settings = new Campaign.Settings(List.of("memory", "ata", "tty"), 20, 11,
        List.of(FaultKind.values()));
    List<String> progress = new ArrayList<>();
    Campaign.Result result = Campaign.run(settings, image(), progress::add);
    String context = CampaignTable.table(result.rows()) + String.join("\n", progress)
        + "\n" + result.problems() + result.violations();
    long injected = result.rows().stream().mapToLong(KindRow::injected).sum();
    assertEquals(20, injected, context);
    for (KindRow row : result.rows()) {
      assertEquals(0, row.undetected(), context);
      assertEquals(0, row.notRefused(), context);
      assertEquals(0, row.blockErrors(), context);
      assertEquals(0, row.mismatches(), context);
      assertEquals(0, row.violations(), context);
    }
    assertTrue(result.answered(), context);
    assertFalse(result.failed(), context);
    assertTrue(result.checksPassed() > 0, context);
    assertTrue(result.auditEvaluations() > 0, context);
  }

  @Test
  void aDriverThatNeverStaysUpMakesTheCampaignFailAndNamesTheSeed() throws Exception {
    ServiceWrap broken = (label, instance) -> label.equals("ata") ? sys -> {} : instance;
    Campaign.Settings settings = new Campaign.Settings(List.of("memory"), 3, 5,
        List.of(FaultKind.CRASH), 4, 8192, broken, false);
    Campaign.Result result = Campaign.run(settings, image(), line -> {});
    String context = CampaignTable.table(result.rows()) + result.problems();
    assertTrue(result.failed(), context);
    assertTrue(Campaign.replay(settings).startsWith("--seed 5 --faults 3 --target memory"),
        Campaign.replay(settings));
  }
}

package org.minix3j.machine.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.minix3j.machine.bare.BareResult;
import org.minix3j.machine.bare.BareSession;
import org.minix3j.machine.bare.QemuReference;

/**
 * Differential test of the CPU against QEMU: jqwik generates batches of random instruction
 * sequences covering every {@link Family}; each batch becomes one static i386 program that
 * runs every sequence from its generated state and dumps registers, flags and the data area;
 * the program runs under qemu-i386-static (single-step mode) and on the bare minix3j machine,
 * and every dump must agree, flags compared where the SDM defines them.
 *
 * <p>Size: {@code -Dminix3j.diff.sequences=N} sequences (default 5,000) in {@link #BATCHES}
 * batches. At the end the per-family coverage is printed, and the run fails if a family was
 * never exercised. Without qemu-i386-static the test fails, saying how to install it.
 */
class DifferentialTest {
  static final int SEQUENCES = Integer.getInteger("minix3j.diff.sequences", 5000);
  static final int BATCHES = 10;
  private static final int BATCH_SIZE = Math.max(1, SEQUENCES / BATCHES);
  private static final long INSTRUCTION_LIMIT = 200_000_000L;
  private static final int MEMORY_BYTES = 16 << 20;
  private static final Map<Family, Integer> COVERAGE = new EnumMap<>(Family.class);
  private static int sequencesCompared;

  @Provide
  Arbitrary<List<GeneratedSequence>> batches() {
    return Arbitraries.randomValue(
        random -> {
          SequenceGenerator generator = new SequenceGenerator();
          List<GeneratedSequence> batch = new ArrayList<>();
          Random source = new Random(random.nextLong());
          for (int index = 0; index < BATCH_SIZE; index++) {
            batch.add(generator.generate(source, index));
          }
          return batch;
        });
  }

  @Property(tries = BATCHES, shrinking = ShrinkingMode.OFF)
  void machineAgreesWithQemu(@ForAll("batches") List<GeneratedSequence> batch) throws Exception {
    QemuReference.requireInstalled();
    Path directory = Files.createTempDirectory("minix3j-differential");
    try {
      Path program = BatchProgram.build(batch, directory, "batch");
      QemuReference.Result expected =
          new QemuReference(directory).run(program, List.of(), 300, true);
      assertEquals(0, expected.exitStatus(),
          "QEMU failed on the generated program: " + new String(expected.standardError(),
              java.nio.charset.StandardCharsets.UTF_8));
      List<DumpRecord> expectedRecords = DumpRecord.parseAll(expected.standardOutput());
      assertEquals(batch.size(), expectedRecords.size(), "QEMU dumps");

      ByteArrayOutputStream output = new ByteArrayOutputStream();
      BareResult actual;
      try (BareSession session =
          BareSession.load(Files.readAllBytes(program), List.of("batch"), List.of(),
              MEMORY_BYTES, output, new ByteArrayOutputStream())) {
        actual = session.run(INSTRUCTION_LIMIT);
      }
      List<DumpRecord> actualRecords = DumpRecord.parseAll(output.toByteArray());
      List<String> failures = new ArrayList<>();
      int common = Math.min(expectedRecords.size(), actualRecords.size());
      for (int index = 0; index < common && failures.size() < 5; index++) {
        GeneratedSequence sequence = batch.get(index);
        List<String> differences =
            DumpRecord.differences(expectedRecords.get(index), actualRecords.get(index),
                sequence.undefinedFlags());
        if (!differences.isEmpty()) {
          failures.add(report(sequence, String.join("\n  ", differences)));
        }
      }
      if (actualRecords.size() < batch.size() && failures.size() < 5) {
        failures.add(report(batch.get(actualRecords.size()),
            "the machine stopped here: " + actual.describe()));
      }
      synchronized (COVERAGE) {
        for (GeneratedSequence sequence : batch) {
          for (Family family : sequence.families()) {
            COVERAGE.merge(family, 1, Integer::sum);
          }
        }
        sequencesCompared += common;
      }
      if (!failures.isEmpty()) {
        fail("the machine disagrees with QEMU:\n" + String.join("\n", failures));
      }
      assertEquals(BareResult.Ending.EXITED, actual.ending(), actual.describe());
      assertEquals(0, actual.exitStatus());
    } finally {
      deleteTree(directory);
    }
  }

  @AfterContainer
  static void printAndCheckCoverage() {
    StringBuilder table = new StringBuilder("differential coverage (sequences per family, of "
        + sequencesCompared + " compared):\n");
    List<Family> missing = new ArrayList<>();
    for (Family family : Family.values()) {
      int count = COVERAGE.getOrDefault(family, 0);
      table.append(String.format("  %-22s %7d%n", family, count));
      if (count == 0) {
        missing.add(family);
      }
    }
    System.out.print(table);
    assertTrue(missing.isEmpty(), "families never exercised: " + missing);
    assertTrue(sequencesCompared >= BATCH_SIZE * BATCHES,
        "only " + sequencesCompared + " sequences compared");
  }

  private static String report(GeneratedSequence sequence, String what) {
    return "sequence " + sequence.index() + " (flags undefined at the dump: "
        + Flags.names(sequence.undefinedFlags()) + "):\n  " + what + "\n"
        + sequence.listing().indent(4);
  }

  private static void deleteTree(Path directory) throws java.io.IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}

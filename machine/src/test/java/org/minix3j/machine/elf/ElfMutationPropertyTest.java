package org.minix3j.machine.elf;

import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.minix3j.machine.bare.BareResult;
import org.minix3j.machine.bare.BareSession;

/**
 * Mutating a valid ELF's bytes never produces a host exception: the loader either rejects the
 * file with an {@link ElfFormatException} or loads it, and a loaded program then runs to an
 * exit, a fault or its instruction limit.
 */
class ElfMutationPropertyTest {
  record Mutation(int offset, byte value) {}

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    int length = MinimalElf.build(2).length;
    Arbitrary<Integer> offsets =
        Arbitraries.oneOf(Arbitraries.integers().between(0, 115),
            Arbitraries.integers().between(0, length - 1));
    Arbitrary<Byte> values =
        Arbitraries.oneOf(Arbitraries.bytes(), Arbitraries.of((byte) 0, (byte) 0xff, (byte) 1,
            (byte) 0x80, (byte) 0x10));
    return Combinators.combine(offsets, values).as(Mutation::new).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 2000)
  void mutatedElfIsRejectedOrRunsSafely(@ForAll("mutations") List<Mutation> mutations) {
    byte[] file = MinimalElf.build(2);
    for (Mutation mutation : mutations) {
      file[mutation.offset()] = mutation.value();
    }
    try (BareSession session = BareSession.load(file, List.of("mutant"), List.of(), 4 << 20,
        new ByteArrayOutputStream(), new ByteArrayOutputStream())) {
      BareResult result = session.run(10_000);
      Statistics.collect(result.ending());
      if (result.ending() == BareResult.Ending.EXITED && result.exitStatus() < 0) {
        throw new AssertionError("negative exit status");
      }
    } catch (ElfFormatException rejected) {
      Statistics.collect("rejected");
      if (rejected.getMessage() == null || rejected.getMessage().isBlank()) {
        throw new AssertionError("rejection without a message", rejected);
      }
    }
  }
}

package org.minix3j.verification.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tlc2.output.EC;

/** TLC's messages as TLC hands them to the recorder (code and string parameters). */
class MessageCollectorTest {

  private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
  private final MessageCollector collector =
      new MessageCollector(new PrintStream(progress, true, StandardCharsets.UTF_8));

  @Test
  void keepsTheStatisticsAndTheFirstViolation() {
    collector.record(EC.TLC_INVARIANT_VIOLATED_BEHAVIOR, "NoStaleDelivery");
    collector.record(EC.TLC_INVARIANT_VIOLATED_BEHAVIOR, "TypeOK");
    collector.record(EC.TLC_STATS, "1,234", "567", "0");
    collector.record(EC.TLC_SEARCH_DEPTH, "12");

    TlcReport report = collector.report(EC.TLC_INVARIANT_VIOLATED_BEHAVIOR, 2.0, List.of());

    assertEquals(1234, report.generated());
    assertEquals(567, report.distinct());
    assertEquals(12, report.depth());
    Violation violation = report.violation();
    assertEquals("NoStaleDelivery", violation == null ? null : violation.name());
  }

  @Test
  void forwardsProgressInBothOfTlcsForms() {
    // TLC's order: depth, generated, distinct, left on the queue, generated/min, distinct/min.
    collector.record(EC.TLC_PROGRESS_STATS, "25", "1,027,773", "249,410", "17,359", "179,703",
        "40,651");
    collector.record(EC.TLC_PROGRESS_STATS, "3", "100", "40", "7");
    // The last report, with nothing left on the queue, is not progress.
    collector.record(EC.TLC_PROGRESS_STATS, "9", "200", "80", "0");

    assertEquals(TlcChild.PROGRESS_PREFIX + "1,027,773 states generated, 249,410 distinct, "
            + "17,359 left on the queue, depth 25\n"
            + TlcChild.PROGRESS_PREFIX + "100 states generated, 40 distinct, 7 left on the queue,"
            + " depth 3\n",
        progress.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMessageItCannotDigestIsIgnored() {
    collector.record(EC.TLC_STATE_PRINT2, "not a state", "not a number");
    collector.record(EC.TLC_STATS);
    TlcReport report = collector.report(0, 1.0, List.of());
    assertEquals(-1, report.distinct());
    assertTrue(report.failedToRun());
  }
}

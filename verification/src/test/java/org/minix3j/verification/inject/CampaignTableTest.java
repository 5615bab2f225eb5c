package org.minix3j.verification.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table, the JSON lines and their merge; the workload's line check. */
class CampaignTableTest {
  private static KindRow row(FaultKind kind, long injected, long mismatches) {
    return new KindRow(kind, injected, injected, 0, 0, 0, injected, 1, 0, 0, 3, mismatches, 0);
  }

  @Test
  void jsonLinesOfTwoShardsMergeIntoTheirSum() {
    List<KindRow> first = List.of(row(FaultKind.CRASH, 5, 0), row(FaultKind.LEAK, 2, 0));
    List<KindRow> second = List.of(row(FaultKind.CRASH, 7, 1));
    List<String> lines = new ArrayList<>(CampaignTable.jsonLines(1, first));
    lines.addAll(CampaignTable.jsonLines(2, second));
    List<KindRow> merged = CampaignTable.merge(lines);
    assertEquals(List.of(row(FaultKind.CRASH, 5, 0).plus(row(FaultKind.CRASH, 7, 1)),
        row(FaultKind.LEAK, 2, 0)), merged);
    assertEquals(12, merged.get(0).injected());
    assertTrue(merged.get(0).failing(), "a mismatch must be zero");
    assertFalse(merged.get(1).failing());
  }

  @Test
  void theTableHasALinePerKindAndATotal() {
    String table = CampaignTable.table(List.of(row(FaultKind.HANG, 4, 0),
        row(FaultKind.ILLEGAL_PORT, 6, 0)));
    List<String> lines = table.lines().toList();
    assertEquals(4, lines.size(), table);
    assertTrue(lines.get(1).startsWith("hang                 4       4"), table);
    assertTrue(lines.get(2).startsWith("illegal-port         6"), table);
    assertTrue(lines.get(3).startsWith("total               10      10"), table);
  }

  @Test
  void theWorkloadsLinesAreCheckedAgainstTheSumsAndCountedByKind() {
    FaultLedger ledger = new FaultLedger();
    ledger.injected(new Fault(0, FaultKind.CRASH, "memory", 1, 1));
    WorkloadCheck check = new WorkloadCheck(5, 4, 64, true, ledger);
    String text = "file 0 " + WorkloadCheck.expectedSum(5, 0, 64) + "\n"
        + "disk 0 " + WorkloadCheck.expectedSum(5, 0, 64) + "\n"
        + "file 1 error 5\n" // a block error
        + "disk 1 mismatch 17\n" // a data mismatch
        + "file 2 0000beef\n" // garbled on the terminal
        + "file 3 " + WorkloadCheck.expectedSum(5, 3, 64) + "\n" // disk 2 is missing
        + "faultload: done\n" // disk 3 is missing
        + "alive\n";
    for (byte b : text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
      check.accept(b);
    }
    KindRow crash = ledger.rows(List.of(FaultKind.CRASH)).get(0);
    assertEquals(1, crash.blockErrors());
    assertEquals(1, crash.mismatches());
    assertEquals(3, crash.terminalErrors());
    assertEquals(3, check.passed());
    assertTrue(check.alive());
    assertFalse(ledger.active(), "the workload's end stops injection");
  }

  @Test
  void thePrintJobMustComeOutWholeAndExactAndItsEndStopsInjection() {
    byte[] job = WorkloadCheck.expectedBytes(9, 24, 300);
    FaultLedger exact = new FaultLedger();
    exact.injected(new Fault(0, FaultKind.HANG, "printer", 1, 1));
    PrintCheck whole = new PrintCheck(9, 24, 300, exact);
    for (byte b : job) {
      assertTrue(exact.active(), "injection goes on while the job prints");
      whole.accept(b & 0xff);
    }
    whole.finish();
    assertTrue(whole.exact());
    assertFalse(exact.active(), "the job's last byte stops injection");
    assertEquals(0, exact.rows(List.of(FaultKind.HANG)).get(0).mismatches());

    FaultLedger twice = new FaultLedger();
    twice.injected(new Fault(0, FaultKind.CRASH, "printer", 1, 1));
    PrintCheck repeated = new PrintCheck(9, 24, 300, twice);
    for (int i = 0; i < job.length; i++) {
      repeated.accept(job[i == 200 ? 199 : i] & 0xff); // byte 199 printed again, 200 lost
    }
    repeated.finish();
    assertFalse(repeated.exact());
    assertEquals(1, twice.rows(List.of(FaultKind.CRASH)).get(0).mismatches());

    FaultLedger shortJob = new FaultLedger();
    PrintCheck cut = new PrintCheck(9, 24, 300, shortJob);
    for (int i = 0; i < 100; i++) {
      cut.accept(job[i] & 0xff);
    }
    cut.finish();
    assertEquals(1, shortJob.rows(List.of(FaultKind.CRASH)).get(0).mismatches(),
        "a job not out when the boot ends is a mismatch, even before any fault fired");
  }
}

package org.minix3j.conformance.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * The outcome of replaying behaviours of one specification against an implementation: how
 * many behaviours and steps, which of the specification's actions they exercised, how many
 * diverged and the first few divergences in full. Reports of shards of the same run (disjoint
 * seed ranges) add up with {@link #plus}.
 *
 * @param spec the specification's name, e.g. {@code Ipc}
 * @param behaviours behaviours replayed
 * @param steps steps performed (a diverging behaviour counts the steps up to the divergence)
 * @param deadEnds behaviours that ended in a state where the specification enables no action
 * @param specActions the specification's actions
 * @param actionsSeen the actions performed at least once
 * @param divergences behaviours that diverged
 * @param firstDivergences the first of them (at most {@link #KEPT_DIVERGENCES})
 */
public record ConformanceReport(String spec, long behaviours, long steps, long deadEnds,
    List<String> specActions,
    List<String> actionsSeen, long divergences, List<Divergence> firstDivergences) {

  /** How many divergences a report keeps in full. */
  public static final int KEPT_DIVERGENCES = 5;

  public ConformanceReport {
    specActions = List.copyOf(specActions);
    actionsSeen = List.copyOf(actionsSeen);
    firstDivergences = List.copyOf(firstDivergences);
  }

  /** Coverage of the specification's actions by the steps performed. */
  public ActionCoverage coverage() {
    ActionCoverage coverage = new ActionCoverage(specActions);
    actionsSeen.forEach(coverage::record);
    return coverage;
  }

  public boolean conforms() {
    return divergences == 0;
  }

  /**
   * {@code Ipc         behaviours 10000  steps 250000  actions 6/6  divergences 0}, with
   * {@code  (3 dead ends)} after the steps when some behaviours ended where no action is enabled.
   */
  public String line() {
    ActionCoverage coverage = coverage();
    String ends = deadEnds == 0 ? "" : " (" + deadEnds + " dead ends)";
    return String.format("%-11s behaviours %d  steps %d%s  actions %d/%d  divergences %d", spec,
        behaviours, steps, ends, coverage.covered(), coverage.total(), divergences);
  }

  /** The line, then the actions never performed and the kept divergences, if any. */
  public String details() {
    StringBuilder text = new StringBuilder(line()).append('\n');
    List<String> neverSeen = coverage().neverSeen();
    if (!neverSeen.isEmpty()) {
      text.append("  actions never performed: ").append(String.join(", ", neverSeen))
          .append('\n');
    }
    for (Divergence divergence : firstDivergences) {
      text.append(divergence.report());
    }
    return text.toString();
  }

  /** The report of this shard and {@code other} (same specification) together. */
  public ConformanceReport plus(ConformanceReport other) {
    if (!spec.equals(other.spec)) {
      throw new IllegalArgumentException("cannot add reports of " + spec + " and " + other.spec);
    }
    SequencedSet<String> seen = new LinkedHashSet<>(actionsSeen);
    seen.addAll(other.actionsSeen);
    List<Divergence> kept = new ArrayList<>(firstDivergences);
    for (Divergence divergence : other.firstDivergences) {
      if (kept.size() < KEPT_DIVERGENCES) {
        kept.add(divergence);
      }
    }
    return new ConformanceReport(spec, behaviours + other.behaviours, steps + other.steps,
        deadEnds + other.deadEnds, specActions, List.copyOf(seen),
        divergences + other.divergences, kept);
  }

  /**
   * The counts as one JSON object on one line, for results merged across shards by adding:
   * {@code {"spec":"Ipc","behaviours":10000,"steps":250000,"deadEnds":0,"actionsCovered":6,
   * "actionsTotal":6,"actionsNeverSeen":[],"divergences":0}}.
   */
  public String toJsonLine() {
    ActionCoverage coverage = coverage();
    List<String> never = coverage.neverSeen().stream().map(ConformanceReport::jsonString).toList();
    return "{\"spec\":" + jsonString(spec) + ",\"behaviours\":" + behaviours + ",\"steps\":"
        + steps + ",\"deadEnds\":" + deadEnds + ",\"actionsCovered\":" + coverage.covered()
        + ",\"actionsTotal\":" + coverage.total() + ",\"actionsNeverSeen\":["
        + String.join(",", never)
        + "],\"divergences\":" + divergences + "}";
  }

  private static String jsonString(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  /** One line per report. */
  public static String table(List<ConformanceReport> reports) {
    StringBuilder text = new StringBuilder();
    for (ConformanceReport report : reports) {
      text.append(report.line()).append('\n');
    }
    return text.toString();
  }
}

package org.minix3j.cli.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The rows of Figure 3(b) (one per policy and kill interval) and what is written of them: a
 * table on the terminal, a CSV and a PNG plot of throughput relative to no kills over the kill
 * interval.
 */
final class Figure3b {
  /**
   * One row.
   *
   * @param policy the restart policy of the driver
   * @param intervalMillis how long each instance lived, in simulated ms; 0 for no kills
   * @param point what the run measured
   * @param relative throughput relative to the run without kills
   */
  record Row(Policies policy, long intervalMillis, ReadUnderKills.Point point, double relative) {}

  private static final int WIDTH = 800;
  private static final int HEIGHT = 500;

  private final int mebibytes;
  private final List<Row> rows = new ArrayList<>();

  Figure3b(int mebibytes) {
    this.mebibytes = mebibytes;
  }

  /** The table's heading. */
  static String heading() {
    return String.format(Locale.ROOT, "%-20s %10s %7s %9s %12s %10s %9s %9s", "policy",
        "kill every", "kills", "restarts", "read (sim)", "MiB/s", "relative", "host");
  }

  /** Adds {@code row}; returns its line of the table. */
  String add(Row row) {
    rows.add(row);
    ReadUnderKills.Point p = row.point();
    return String.format(Locale.ROOT, "%-20s %10s %7d %9d %10.1f ms %10.1f %8.1f%% %7.2f s",
        row.policy().description(),
        row.intervalMillis() == 0 ? "never" : row.intervalMillis() + " ms", p.kills(), p.restarts(),
        p.simulatedNanoseconds() / 1e6, throughput(p), 100 * row.relative(),
        p.hostNanoseconds() / 1e9);
  }

  /** MiB per simulated second of {@code point}'s read. */
  double throughput(ReadUnderKills.Point point) {
    return mebibytes / (point.simulatedNanoseconds() / 1e9);
  }

  /** Writes figure-3b.csv and figure-3b.png into {@code directory}; returns them. */
  List<Path> write(Path directory) throws IOException {
    Files.createDirectories(directory);
    StringBuilder csv = new StringBuilder("policy,kill_interval_ms,kills,restarts,"
        + "read_simulated_ms,mib_per_s,relative_throughput,host_s\n");
    for (Row row : rows) {
      ReadUnderKills.Point p = row.point();
      csv.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%.3f,%.3f,%.5f,%.3f%n",
          row.policy().name().toLowerCase(Locale.ROOT), row.intervalMillis(), p.kills(),
          p.restarts(), p.simulatedNanoseconds() / 1e6, throughput(p), row.relative(),
          p.hostNanoseconds() / 1e9));
    }
    Path csvFile = directory.resolve("figure-3b.csv");
    Files.writeString(csvFile, csv, StandardCharsets.UTF_8);
    Path pngFile = directory.resolve("figure-3b.png");
    ChartUtils.saveChartAsPNG(pngFile.toFile(), chart(), WIDTH, HEIGHT);
    return List.of(csvFile, pngFile);
  }

  private JFreeChart chart() {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Policies policy : Policies.values()) {
      XYSeries series = new XYSeries(policy.description());
      for (Row row : rows) {
        if (row.policy() == policy && row.intervalMillis() > 0) {
          series.add((double) row.intervalMillis(), 100 * row.relative());
        }
      }
      if (!series.isEmpty()) {
        data.addSeries(series);
      }
    }
    JFreeChart chart = ChartFactory.createXYLineChart(
        "Reading a " + mebibytes + " MiB file while the RAM disk driver is killed",
        "kill interval (simulated ms)", "throughput relative to no kills (%)", data,
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    LogarithmicAxis interval = new LogarithmicAxis("kill interval (simulated ms, log scale)");
    interval.setStrictValuesFlag(false);
    plot.setDomainAxis(interval);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setRange(0, 105);
    return chart;
  }
}

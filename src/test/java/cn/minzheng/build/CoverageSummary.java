package cn.minzheng.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints the build's total coverage from JaCoCo's CSV report, so the figure stands in the build
 * output of every {@code ./mvnw verify} (run by the exec plugin after {@code jacoco:report}). The
 * report counts the unit, module, web and browser tests together: surefire and failsafe append to
 * one execution file.
 */
public final class CoverageSummary {

  private final long linesCovered;
  private final long linesMissed;
  private final long branchesCovered;
  private final long branchesMissed;

  private CoverageSummary(
      long linesCovered, long linesMissed, long branchesCovered, long branchesMissed) {
    this.linesCovered = linesCovered;
    this.linesMissed = linesMissed;
    this.branchesCovered = branchesCovered;
    this.branchesMissed = branchesMissed;
  }

  public static void main(String[] args) throws IOException {
    Path report = Path.of(args.length > 0 ? args[0] : "target/site/jacoco/jacoco.csv");
    if (!Files.exists(report)) {
      // -DskipTests, or a run of a few tests that ended before the report: nothing to sum.
      System.out.println("Coverage: not measured (no " + report + ")");
      return;
    }
    System.out.println(of(Files.readAllLines(report, StandardCharsets.UTF_8)).line());
  }

  /** Sums the class rows of a JaCoCo CSV report (header row first, columns found by name). */
  static CoverageSummary of(List<String> csv) {
    List<String> header = Arrays.asList(csv.get(0).split(","));
    int lineMissed = column(header, "LINE_MISSED");
    int lineCovered = column(header, "LINE_COVERED");
    int branchMissed = column(header, "BRANCH_MISSED");
    int branchCovered = column(header, "BRANCH_COVERED");
    long[] sums = new long[4];
    for (String row : csv.subList(1, csv.size())) {
      if (row.isBlank()) {
        continue;
      }
      String[] cells = row.split(",");
      sums[0] += Long.parseLong(cells[lineCovered]);
      sums[1] += Long.parseLong(cells[lineMissed]);
      sums[2] += Long.parseLong(cells[branchCovered]);
      sums[3] += Long.parseLong(cells[branchMissed]);
    }
    return new CoverageSummary(sums[0], sums[1], sums[2], sums[3]);
  }

  private static int column(List<String> header, String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("JaCoCo CSV without a " + name + " column: " + header);
    }
    return index;
  }

  String line() {
    return String.format(
        Locale.ROOT,
        "Coverage: lines %.1f %%, branches %.1f %% (%,d of %,d lines, %,d of %,d branches)",
        percent(linesCovered, linesMissed),
        percent(branchesCovered, branchesMissed),
        linesCovered,
        linesCovered + linesMissed,
        branchesCovered,
        branchesCovered + branchesMissed);
  }

  private static double percent(long covered, long missed) {
    long total = covered + missed;
    return total == 0 ? 0 : 100.0 * covered / total;
  }
}

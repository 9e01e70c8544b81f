package cn.minzheng.bench;

import java.time.Duration;
import java.util.List;

/** The Markdown table {@code bench/run} prints and keeps in target/bench/results.md. */
final class ResultTable {

  private ResultTable() {}

  static String render(List<BenchResult> results, String header) {
    StringBuilder out = new StringBuilder(header).append("\n\n");
    out.append(
        "| benchmark | size | time | throughput | floor | ratio to floor | target | met |"
            + " peak heap | note |\n");
    out.append("|---|---:|---:|---:|---:|---:|---|---|---:|---|\n");
    for (BenchResult r : results) {
      out.append("| ")
          .append(r.benchmark())
          .append(" | ")
          .append(String.format("%,d", r.size()))
          .append(" | ")
          .append(format(r.time()))
          .append(" | ")
          .append(r.throughput())
          .append(" | ")
          .append(r.floor() == null ? "–" : format(r.floor()))
          .append(" | ")
          .append(r.ratio())
          .append(" | ")
          .append(r.target())
          .append(" | ")
          .append(r.met())
          .append(" | ")
          .append(r.peakHeapBytes() / (1024 * 1024))
          .append(" MiB | ")
          .append(r.note())
          .append(" |\n");
    }
    return out.toString();
  }

  static String format(Duration d) {
    long millis = d.toMillis();
    if (millis < 10_000) {
      return String.format("%.1f ms", d.toNanos() / 1e6);
    }
    return String.format("%.1f s", millis / 1000.0);
  }
}

package cn.minzheng.bench;

import java.time.Duration;

/**
 * One row of the table. {@code floor} is the cheapest thing PostgreSQL can do with the same rows in
 * the same run (null where a floor does not apply, e.g. latency percentiles).
 */
public record BenchResult(
    String benchmark,
    long size,
    Duration time,
    String throughput,
    Duration floor,
    String target,
    String met,
    long peakHeapBytes,
    String note) {

  public static String perSecond(long count, Duration time) {
    double seconds = Math.max(time.toNanos() / 1e9, 1e-9);
    return String.format("%,.0f/s", count / seconds);
  }

  public String ratio() {
    if (floor == null || floor.isZero()) {
      return "–";
    }
    return String.format("%.2f×", (double) time.toNanos() / floor.toNanos());
  }
}

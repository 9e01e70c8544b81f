package cn.minzheng.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles (nearest rank). */
public final class Latencies {

  private long[] samples;
  private int count;

  public Latencies(int capacity) {
    this.samples = new long[capacity];
  }

  /** Adds a sample; the store grows when a run answers more than expected. */
  public void add(long nanos) {
    if (count == samples.length) {
      samples = Arrays.copyOf(samples, Math.max(16, samples.length * 2));
    }
    samples[count++] = nanos;
  }

  public double percentileMillis(double p) {
    long[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  public String summary() {
    return String.format(
        "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms",
        percentileMillis(50), percentileMillis(95), percentileMillis(99));
  }
}

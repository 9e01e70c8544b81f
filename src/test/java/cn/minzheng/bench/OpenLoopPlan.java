package cn.minzheng.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An open-loop schedule: steps of constant arrival rates, each held for the same number of seconds.
 * Request {@code i} of a step is due at {@code i × 1 s / rate} after the step's start, whether or
 * not earlier requests have been answered; latency is measured from that due time, so a server that
 * falls behind shows its queue in the latencies instead of slowing the arrivals down (closed-loop
 * clients wait for their answer, and their latency is clients ÷ throughput by construction).
 */
record OpenLoopPlan(List<Integer> rates, int stepSeconds) {

  /** The rates: 250 to 2,000 bookings/s for 60 s each. */
  static final String DEFAULT_RATES = "250,500,1000,1500,2000";

  OpenLoopPlan {
    if (rates.isEmpty() || rates.stream().anyMatch(r -> r <= 0)) {
      throw new IllegalArgumentException("rates must be positive: " + rates);
    }
    if (stepSeconds <= 0) {
      throw new IllegalArgumentException("step length must be positive: " + stepSeconds);
    }
    rates = List.copyOf(rates);
  }

  /** "250,500,1000" and the seconds of each step. */
  static OpenLoopPlan parse(String rates, int stepSeconds) {
    return new OpenLoopPlan(
        Arrays.stream(rates.split(",")).map(String::strip).map(Integer::parseInt).toList(),
        stepSeconds);
  }

  /** Requests of one step. */
  long requests(int step) {
    return (long) rates.get(step) * stepSeconds;
  }

  /** Requests of the whole plan (one booking couple each). */
  long requests() {
    long n = 0;
    for (int s = 0; s < rates.size(); s++) {
      n += requests(s);
    }
    return n;
  }

  /** When request {@code i} of a step is due, in nanoseconds after the step's start. */
  long dueNanos(int step, long i) {
    return i * 1_000_000_000L / rates.get(step);
  }

  /** The steps' start offsets from the plan's start (steps follow each other without a pause). */
  List<Long> stepStartsNanos() {
    List<Long> starts = new ArrayList<>();
    long t = 0;
    for (int s = 0; s < rates.size(); s++) {
      starts.add(t);
      t += stepSeconds * 1_000_000_000L;
    }
    return starts;
  }
}

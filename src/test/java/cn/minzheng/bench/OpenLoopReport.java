package cn.minzheng.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an open-loop rush did per rate: achieved bookings per second, latency percentiles from the
 * due time, errors by kind; and the headline, the highest rate held with p99 under the target and
 * no error but "slot full" (a citizen told the slot is full was answered correctly).
 */
final class OpenLoopReport {

  /** The answer that is not an error: the slot (and the fallback) was full. */
  static final String SLOT_FULL = "422 slot full";

  static final String BOOKED = "booked";

  /** One arrival: its step, its due time from the plan's start, its latency, its answer. */
  record Arrival(int step, long dueNanos, long latencyNanos, String kind) {}

  /** One rate's figures. */
  record Step(
      int rate,
      long sent,
      long booked,
      double achievedPerSecond,
      double p50,
      double p95,
      double p99,
      Map<String, Integer> errors) {

    boolean held(double p99TargetMillis) {
      return p99 < p99TargetMillis && errors.isEmpty();
    }

    String line() {
      return String.format(
          "%,d/s: achieved %,.0f/s (%,d booked of %,d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
              + " errors %s",
          rate, achievedPerSecond, booked, sent, p50, p95, p99, errors.isEmpty() ? "none" : errors);
    }
  }

  private final List<Step> steps;
  private final double p99TargetMillis;

  private OpenLoopReport(List<Step> steps, double p99TargetMillis) {
    this.steps = steps;
    this.p99TargetMillis = p99TargetMillis;
  }

  static OpenLoopReport of(OpenLoopPlan plan, List<Arrival> arrivals, double p99TargetMillis) {
    List<Long> starts = plan.stepStartsNanos();
    List<Step> steps = new ArrayList<>();
    for (int s = 0; s < plan.rates().size(); s++) {
      int step = s;
      List<Arrival> mine = arrivals.stream().filter(a -> a.step() == step).toList();
      Latencies latencies = new Latencies(Math.max(1, mine.size()));
      Map<String, Integer> errors = new TreeMap<>();
      long booked = 0;
      long lastAnswer = starts.get(s);
      for (Arrival a : mine) {
        latencies.add(a.latencyNanos());
        lastAnswer = Math.max(lastAnswer, a.dueNanos() + a.latencyNanos());
        if (a.kind().equals(BOOKED)) {
          booked++;
        } else if (!a.kind().equals(SLOT_FULL)) {
          errors.merge(a.kind(), 1, Integer::sum);
        }
      }
      long unanswered = plan.requests(s) - mine.size();
      if (unanswered > 0) {
        errors.merge("not sent or not answered", (int) unanswered, Integer::sum);
      }
      // achieved: bookings over the time from the step's start to its last answer (at least the
      // step's own length: answering early does not raise the rate beyond the arrivals)
      double seconds =
          Math.max(lastAnswer - starts.get(s), plan.stepSeconds() * 1_000_000_000L) / 1e9;
      boolean any = !mine.isEmpty();
      steps.add(
          new Step(
              plan.rates().get(s),
              mine.size(),
              booked,
              booked / seconds,
              any ? latencies.percentileMillis(50) : Double.NaN,
              any ? latencies.percentileMillis(95) : Double.NaN,
              any ? latencies.percentileMillis(99) : Double.NaN,
              errors));
    }
    return new OpenLoopReport(List.copyOf(steps), p99TargetMillis);
  }

  List<Step> steps() {
    return steps;
  }

  /** The highest rate held (p99 under the target, no errors); 0 when none was. */
  int highestRateHeld() {
    return steps.stream().filter(s -> s.held(p99TargetMillis)).mapToInt(Step::rate).max().orElse(0);
  }

  /** The achieved bookings/s of the highest rate held; 0 when none was. */
  double achievedAtHighestRateHeld() {
    return steps.stream()
        .filter(s -> s.held(p99TargetMillis) && s.rate() == highestRateHeld())
        .mapToDouble(Step::achievedPerSecond)
        .findFirst()
        .orElse(0);
  }

  String summary() {
    StringBuilder b = new StringBuilder();
    for (Step s : steps) {
      b.append(s.line()).append("; ");
    }
    return b.append("highest rate held (p99 < ")
        .append(String.format("%.0f", p99TargetMillis))
        .append(" ms, no error but slot full): ")
        .append(String.format("%,d/s", highestRateHeld()))
        .toString();
  }
}

package cn.minzheng.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.bench.OpenLoopReport.Arrival;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The open-loop schedule and its report, without a server: the harness's arithmetic. */
class OpenLoopReportTest {

  private static final long MS = 1_000_000L;

  @Test
  void requestsAreDueOnScheduleWhateverTheAnswers() {
    OpenLoopPlan plan = OpenLoopPlan.parse("250, 1000", 60);

    assertThat(plan.requests(0)).isEqualTo(15_000);
    assertThat(plan.requests()).isEqualTo(75_000);
    assertThat(plan.dueNanos(0, 1)).isEqualTo(4 * MS);
    assertThat(plan.dueNanos(1, 1000)).isEqualTo(1_000 * MS);
    assertThat(plan.stepStartsNanos()).containsExactly(0L, 60_000 * MS);
    assertThatThrownBy(() -> OpenLoopPlan.parse("0", 60))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OpenLoopPlan.parse("100", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRateIsHeldWithP99UnderTheTargetAndNoErrorButSlotFull() {
    OpenLoopPlan plan = OpenLoopPlan.parse("100,200,300", 1);
    List<Arrival> arrivals = new ArrayList<>();
    // 100/s: every answer in 10 ms, a few told the slot is full (not an error)
    add(arrivals, plan, 0, 100, i -> 10 * MS, i -> i < 5 ? OpenLoopReport.SLOT_FULL : "booked");
    // 200/s: queueing: the last 2 % wait 250 ms (p99 over the target)
    add(arrivals, plan, 1, 200, i -> i >= 196 ? 250 * MS : 20 * MS, i -> "booked");
    // 300/s: fast but one server error
    add(arrivals, plan, 2, 300, i -> 5 * MS, i -> i == 7 ? "500" : "booked");

    OpenLoopReport report = OpenLoopReport.of(plan, arrivals, 200);

    assertThat(report.steps()).hasSize(3);
    OpenLoopReport.Step first = report.steps().get(0);
    assertThat(first.booked()).isEqualTo(95);
    assertThat(first.errors()).isEmpty();
    assertThat(first.p99()).isEqualTo(10.0);
    // 95 bookings over the step's one second (the last answer came before its end)
    assertThat(first.achievedPerSecond()).isEqualTo(95.0);
    assertThat(report.steps().get(1).p99()).isEqualTo(250.0);
    assertThat(report.steps().get(2).errors()).isEqualTo(Map.of("500", 1));
    assertThat(report.highestRateHeld()).isEqualTo(100);
    assertThat(report.achievedAtHighestRateHeld()).isEqualTo(95.0);
  }

  @Test
  void lateAnswersStretchTheAchievedRateAndMissingOnesAreErrors() {
    OpenLoopPlan plan = OpenLoopPlan.parse("10", 1);
    List<Arrival> arrivals = new ArrayList<>();
    // 8 of 10 arrivals answered; the last one 1.5 s after its due time (at 0.7 s): 2.2 s in all
    for (int i = 0; i < 8; i++) {
      arrivals.add(new Arrival(0, plan.dueNanos(0, i), i == 7 ? 1_500 * MS : MS, "booked"));
    }

    OpenLoopReport report = OpenLoopReport.of(plan, arrivals, 200);

    OpenLoopReport.Step step = report.steps().get(0);
    assertThat(step.achievedPerSecond())
        .isCloseTo(8 / 2.2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(step.errors()).isEqualTo(Map.of("not sent or not answered", 2));
    assertThat(report.highestRateHeld()).isZero();
    assertThat(report.summary()).contains("10/s: achieved 4/s").contains("highest rate held");
  }

  private static void add(
      List<Arrival> arrivals,
      OpenLoopPlan plan,
      int step,
      int n,
      java.util.function.IntToLongFunction latency,
      java.util.function.IntFunction<String> kind) {
    long start = plan.stepStartsNanos().get(step);
    for (int i = 0; i < n; i++) {
      arrivals.add(
          new Arrival(step, start + plan.dueNanos(step, i), latency.applyAsLong(i), kind.apply(i)));
    }
  }
}

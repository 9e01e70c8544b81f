package cn.minzheng.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobState;
import cn.minzheng.platform.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How far a run is, as the progress bar shows it: by rows, else by steps; 100 only once ended. */
class JobRunTest {

  private static final JobKind KIND =
      new JobKind("test.work", "测试任务", Set.of(Role.CITY_ADMIN), null);

  private static JobRun run(JobState state, Long total, long read, Integer done, Integer steps) {
    return new JobRun(
        1,
        KIND,
        "",
        "u",
        null,
        Instant.EPOCH,
        state == JobState.RUNNING ? null : Instant.EPOCH,
        state,
        total,
        read,
        read,
        0,
        done,
        steps,
        null,
        null,
        null);
  }

  @Test
  void aRunningRunIsAtItsShareOfRowsRoundedDown() {
    assertThat(run(JobState.RUNNING, 3L, 1, null, null).percent()).isEqualTo(33);
    assertThat(run(JobState.RUNNING, 200L, 199, null, null).percent()).isEqualTo(99);
  }

  @Test
  void aRunningRunThatHasReadEveryRowIsNotYetAtAHundred() {
    assertThat(run(JobState.RUNNING, 10L, 10, null, null).percent()).isEqualTo(99);
  }

  @Test
  void withoutARowTotalTheStepsCountAndWithNeitherTheBarStaysAtZero() {
    assertThat(run(JobState.RUNNING, null, 5000, 1, 2).percent()).isEqualTo(50);
    assertThat(run(JobState.RUNNING, null, 5000, 3, 3).percent()).isEqualTo(99);
    assertThat(run(JobState.RUNNING, null, 5000, null, null).percent()).isZero();
    assertThat(run(JobState.RUNNING, 0L, 0, null, null).percent()).isZero();
  }

  @Test
  void anEndedRunIsAtAHundredWhetherFinishedOrFailed() {
    assertThat(run(JobState.FINISHED, 10L, 4, null, null).percent()).isEqualTo(100);
    assertThat(run(JobState.FAILED, 10L, 4, null, null).percent()).isEqualTo(100);
    assertThat(run(JobState.FAILED, null, 0, null, null).percent()).isEqualTo(100);
  }
}

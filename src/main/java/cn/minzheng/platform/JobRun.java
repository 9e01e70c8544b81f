package cn.minzheng.platform;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One run of long work as recorded by {@link JobRuns}: who started it, when, for which region, its
 * state and counts.
 *
 * @param startedBy a staff member's username, or {@code system} for the scheduler's runs
 * @param regionCode the starter's region node; null for the scheduler's runs (the whole city)
 * @param total the rows expected, null while unknown
 * @param stepsTotal the steps of work measured in steps (a month run's programmes), else null
 */
@NamedInterface("jobs")
public record JobRun(
    long id,
    JobKind kind,
    String key,
    String startedBy,
    @Nullable String regionCode,
    Instant startedAt,
    @Nullable Instant finishedAt,
    JobState state,
    @Nullable Long total,
    long read,
    long accepted,
    long refused,
    @Nullable Integer stepsDone,
    @Nullable Integer stepsTotal,
    @Nullable String summary,
    @Nullable String failure,
    @Nullable String resultLink) {

  public boolean running() {
    return state == JobState.RUNNING;
  }

  /**
   * How far the run is, 0 to 100: 100 once it ended (finished or failed), never 100 while it runs;
   * by rows when their total is known, else by steps, else 0.
   */
  public int percent() {
    if (!running()) {
      return 100;
    }
    if (total != null && total > 0) {
      return (int) Math.min(99, read * 100 / total);
    }
    if (stepsTotal != null && stepsDone != null) {
      return Math.min(99, stepsDone * 100 / stepsTotal);
    }
    return 0;
  }
}

package cn.minzheng.platform;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The run history of long work (imports, month runs) and the way such work runs: every run is
 * recorded with its kind, who started it (the signed-in staff member, or {@code system} for the
 * scheduler), when, the starter's region, its state (running, finished, failed), its counts (rows
 * read, accepted, refused) and its first row errors. The record is written in transactions of its
 * own, so that a run whose work rolls back is still recorded, as failed.
 *
 * <p>A second start of the same job ({@link JobKind} and key) while one runs is refused with {@link
 * JobAlreadyRunning}, across application nodes (a unique index of the running runs).
 */
@NamedInterface("jobs")
public interface JobRuns {

  /**
   * Records a run and starts {@code work} on the task executor with the caller's identity and data
   * scope; answers at once with the running run, whose progress the page then polls.
   *
   * @throws JobAlreadyRunning when the same job runs
   */
  JobRun submit(JobKind kind, String key, Work work);

  /**
   * Records a run and does {@code work} on the calling thread (the scheduler's nightly runs, and
   * work a request must wait for); a failure is recorded and thrown on.
   *
   * @throws JobAlreadyRunning when the same job runs
   */
  JobRun runNow(JobKind kind, String key, Work work);

  /**
   * The run, when its kind is one the caller's roles see and its region lies inside the caller's
   * subtree (the scheduler's runs only for the city); empty otherwise, as for a run that does not
   * exist.
   */
  Optional<JobRun> find(long id);

  /** The work of a run: reports its progress and answers what it did. */
  @FunctionalInterface
  interface Work {
    JobOutcome run(JobProgress progress) throws Exception;
  }
}

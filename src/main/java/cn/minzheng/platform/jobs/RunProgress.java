package cn.minzheng.platform.jobs;

import cn.minzheng.platform.JobProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A run's progress as its work reports it: kept in memory, written through {@code writer} at most
 * every {@code interval} milliseconds (a page polls once a second; a million rows must not mean a
 * million updates). The first {@code keptErrors} row errors are kept for the run's record.
 */
final class RunProgress implements JobProgress {

  private final Consumer<RunProgress> writer;
  private final long intervalMillis;
  private final int keptErrors;
  private final List<JobError> errors = new ArrayList<>();
  private @Nullable Long total;
  private long read;
  private long accepted;
  private long refused;
  private @Nullable Integer stepsDone;
  private @Nullable Integer stepsTotal;
  private long lastWrite;

  RunProgress(Consumer<RunProgress> writer, long intervalMillis, int keptErrors) {
    this.writer = writer;
    this.intervalMillis = intervalMillis;
    this.keptErrors = keptErrors;
  }

  @Override
  public synchronized void total(long rows) {
    total = rows;
    writeIfDue(true);
  }

  @Override
  public synchronized void steps(int done, int total) {
    stepsDone = done;
    stepsTotal = total;
    writeIfDue(true);
  }

  @Override
  public synchronized void counts(long read, long accepted, long refused) {
    this.read = read;
    this.accepted = accepted;
    this.refused = refused;
    writeIfDue(false);
  }

  @Override
  public synchronized void error(@Nullable Long row, @Nullable String field, String message) {
    if (errors.size() < keptErrors) {
      errors.add(new JobError(row, field, message));
    }
  }

  /**
   * Writes counts at most every interval; a total or a step is written at once and leaves the
   * interval alone, so that the first counts after it are not held back.
   */
  private void writeIfDue(boolean now) {
    long time = System.currentTimeMillis();
    if (now) {
      writer.accept(this);
    } else if (time - lastWrite >= intervalMillis) {
      lastWrite = time;
      writer.accept(this);
    }
  }

  synchronized @Nullable Long total() {
    return total;
  }

  synchronized long read() {
    return read;
  }

  synchronized long accepted() {
    return accepted;
  }

  synchronized long refused() {
    return refused;
  }

  synchronized @Nullable Integer stepsDone() {
    return stepsDone;
  }

  synchronized @Nullable Integer stepsTotal() {
    return stepsTotal;
  }

  synchronized List<JobError> errors() {
    return List.copyOf(errors);
  }
}

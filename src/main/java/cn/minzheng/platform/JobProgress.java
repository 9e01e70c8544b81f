package cn.minzheng.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What a run of long work tells as it goes. Counts are absolute (not increments), so that a work
 * may report them from wherever it knows them; the progress bar reads them at most about once a
 * second, and only so often are they written.
 */
@NamedInterface("jobs")
public interface JobProgress {

  /** The rows the run expects in all, once known (a parsed file's row count). */
  void total(long rows);

  /**
   * For work measured in steps rather than rows (a month run, one step per programme): {@code done}
   * of {@code total} steps; the bar follows the steps while the rows' total is unknown.
   */
  void steps(int done, int total);

  /** Rows read so far, of which accepted and refused. */
  void counts(long read, long accepted, long refused);

  /**
   * One refused row: its number as the user sees it (a line of the file), the field at fault and
   * the reason in Chinese. The first errors are kept with the run; the count of all is {@code
   * refused}.
   */
  void error(@Nullable Long row, @Nullable String field, String message);
}

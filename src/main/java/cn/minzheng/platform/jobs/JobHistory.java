package cn.minzheng.platform.jobs;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobRuns;
import cn.minzheng.platform.JobState;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The run history as pages and the API read it: only staff whose roles see some kind of work, only
 * the kinds they see, only runs of their region's subtree (the scheduler's, the whole city's, for
 * city-level users only); one run outside that is not found.
 */
@Service
class JobHistory {

  static final int EXPORT_ROWS = 10_000;
  static final int SHOWN_ERRORS = JdbcJobRuns.KEPT_ERRORS;

  private final JobRunStore store;
  private final JobKinds kinds;
  private final JobRuns runs;
  private final CurrentUser currentUser;
  private final DataScope scope;

  JobHistory(
      JobRunStore store, JobKinds kinds, JobRuns runs, CurrentUser currentUser, DataScope scope) {
    this.store = store;
    this.kinds = kinds;
    this.runs = runs;
    this.currentUser = currentUser;
    this.scope = scope;
  }

  /** The caller, when some kind of work is theirs to see; 403 otherwise. */
  StaffUser requireViewer() {
    return currentUser
        .staff()
        .filter(u -> !kinds.visibleTo(u).isEmpty())
        .orElseThrow(() -> new AccessDeniedException("no kind of job to see"));
  }

  List<JobKind> visibleKinds() {
    return kinds.visibleTo(requireViewer());
  }

  /**
   * The filter of a history page: one kind (which the caller must see: else not found) or all the
   * caller sees.
   */
  JobFilter filter(
      @Nullable String kind,
      @Nullable JobState state,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    List<JobKind> visible = visibleKinds();
    List<String> codes;
    if (kind == null || kind.isBlank()) {
      codes = visible.stream().map(JobKind::code).toList();
    } else {
      codes =
          visible.stream()
              .map(JobKind::code)
              .filter(kind::equals)
              .findFirst()
              .map(List::of)
              .orElseThrow(() -> new RecordNotFoundException("no such kind of job"));
    }
    return new JobFilter(codes, state, from, to);
  }

  PageResult<JobRun> page(JobFilter filter, PageQuery page) {
    return store.page(filter, scope.current(), page);
  }

  List<JobRun> export(JobFilter filter) {
    return store.list(filter, scope.current(), EXPORT_ROWS);
  }

  JobRun run(long id) {
    requireViewer();
    return runs.find(id).orElseThrow(() -> new RecordNotFoundException("no such run"));
  }

  List<JobError> errors(JobRun run) {
    return store.errorsOf(run.id(), SHOWN_ERRORS);
  }
}

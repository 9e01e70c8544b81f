package cn.minzheng.platform.jobs;

import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobOutcome;
import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobState;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code platform.job_run} and {@code platform.job_run_error}. */
@Repository
class JobRunStore {

  /** Columns the history may be sorted by. */
  static final Set<String> SORTS = Set.of("started_at", "finished_at", "kind", "state");

  private static final String COLUMNS =
      """
      id, kind, job_key, started_by, region_code, started_at, finished_at, state, rows_total,
      rows_read, rows_accepted, rows_refused, steps_done, steps_total, summary, failure,
      result_link""";

  private final JdbcClient jdbc;
  private final JobKinds kinds;

  JobRunStore(JdbcClient jdbc, JobKinds kinds) {
    this.jdbc = jdbc;
    this.kinds = kinds;
  }

  /**
   * Ends as failed a running run of the same job that has reported nothing for {@code after}: its
   * node stopped (a crash, a restart) and would otherwise block the job for good.
   */
  void abandonStale(String kind, String key, Duration after) {
    jdbc.sql(
            """
            update platform.job_run
               set state = 'FAILED', finished_at = now(),
                   failure = '运行中断：长时间没有进展（应用可能已重启），已按失败记录'
             where kind = ? and job_key = ? and state = 'RUNNING' and updated_at < ?""")
        .params(kind, key, Timestamp.from(Instant.now().minus(after)))
        .update();
  }

  long insert(String kind, String key, String by, @Nullable String regionCode) {
    return jdbc.sql(
            """
            insert into platform.job_run (kind, job_key, started_by, region_code)
            values (?, ?, ?, ?) returning id""")
        .params(kind, key, by, regionCode)
        .query(Long.class)
        .single();
  }

  Optional<Long> running(String kind, String key) {
    return jdbc.sql(
            "select id from platform.job_run where kind = ? and job_key = ? and state = 'RUNNING'")
        .params(kind, key)
        .query(Long.class)
        .optional();
  }

  void progress(long id, RunProgress p) {
    jdbc.sql(
            """
            update platform.job_run
               set rows_total = ?, rows_read = ?, rows_accepted = ?, rows_refused = ?,
                   steps_done = ?, steps_total = ?, updated_at = now()
             where id = ? and state = 'RUNNING'""")
        .params(p.total(), p.read(), p.accepted(), p.refused(), p.stepsDone(), p.stepsTotal(), id)
        .update();
  }

  void finish(long id, JobOutcome outcome) {
    jdbc.sql(
            """
            update platform.job_run
               set state = 'FINISHED', finished_at = now(), updated_at = now(),
                   rows_read = ?, rows_accepted = ?, rows_refused = ?, summary = ?, result_link = ?
             where id = ?""")
        .params(
            outcome.read(),
            outcome.accepted(),
            outcome.refused(),
            outcome.summary(),
            outcome.resultLink(),
            id)
        .update();
  }

  void fail(long id, String failure, long read, long accepted, long refused) {
    jdbc.sql(
            """
            update platform.job_run
               set state = 'FAILED', finished_at = now(), updated_at = now(), failure = ?,
                   rows_read = ?, rows_accepted = ?, rows_refused = ?
             where id = ?""")
        .params(failure, read, accepted, refused, id)
        .update();
  }

  void errors(long id, List<JobError> errors) {
    int seq = 0;
    for (JobError e : errors) {
      jdbc.sql(
              """
              insert into platform.job_run_error (run_id, seq, row_number, field, message)
              values (?, ?, ?, ?, ?)""")
          .params(id, ++seq, e.row(), e.field(), e.message())
          .update();
    }
  }

  Optional<JobRun> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from platform.job_run where id = ?")
        .param(id)
        .query(this::run)
        .optional();
  }

  List<JobError> errorsOf(long id, int limit) {
    return jdbc.sql(
            """
            select row_number, field, message from platform.job_run_error
             where run_id = ? order by seq limit ?""")
        .params(id, limit)
        .query((rs, n) -> new JobError((Long) rs.getObject(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  PageResult<JobRun> page(JobFilter filter, RegionFilter scope, PageQuery page) {
    Object[] params = params(filter, scope);
    long total =
        jdbc.sql("select count(*) from platform.job_run " + WHERE)
            .params(params)
            .query(Long.class)
            .single();
    List<JobRun> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from platform.job_run "
                    + WHERE
                    + " order by "
                    + page.orderBy()
                    + " nulls last, id desc limit ? offset ?")
            .params(params)
            .param(page.size())
            .param(page.offset())
            .query(this::run)
            .list();
    return new PageResult<>(rows, page, total);
  }

  List<JobRun> list(JobFilter filter, RegionFilter scope, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from platform.job_run "
                + WHERE
                + " order by started_at desc, id desc limit ?")
        .params(params(filter, scope))
        .param(limit)
        .query(this::run)
        .list();
  }

  private static final String WHERE =
      """
       where kind = any(?)
         and (? or region_code = any(?))
         and (cast(? as text) is null or state = ?)
         and (cast(? as date) is null
              or started_at >= cast(? as date)::timestamp at time zone 'Asia/Shanghai')
         and (cast(? as date) is null
              or started_at < (cast(? as date) + 1)::timestamp at time zone 'Asia/Shanghai')""";

  private static Object[] params(JobFilter filter, RegionFilter scope) {
    String state = filter.state() == null ? null : filter.state().name();
    return new Object[] {
      filter.kinds().toArray(String[]::new),
      scope.unrestricted(),
      scope.codesArray(),
      state,
      state,
      filter.from(),
      filter.from(),
      filter.to(),
      filter.to()
    };
  }

  private JobRun run(ResultSet rs, int n) throws SQLException {
    JobKind kind = kinds.of(rs.getString("kind"));
    Timestamp finished = rs.getTimestamp("finished_at");
    return new JobRun(
        rs.getLong("id"),
        kind,
        rs.getString("job_key"),
        rs.getString("started_by"),
        rs.getString("region_code"),
        rs.getTimestamp("started_at").toInstant(),
        finished == null ? null : finished.toInstant(),
        JobState.valueOf(rs.getString("state")),
        (Long) rs.getObject("rows_total"),
        rs.getLong("rows_read"),
        rs.getLong("rows_accepted"),
        rs.getLong("rows_refused"),
        (Integer) rs.getObject("steps_done"),
        (Integer) rs.getObject("steps_total"),
        rs.getString("summary"),
        rs.getString("failure"),
        rs.getString("result_link"));
  }
}

package cn.minzheng.monitoring.warnings;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warnings inside the caller's scope and their lifecycle: new → assigned → handled (with a
 * disposal) → closed. Every step is a history row and an audit entry; a record outside the scope is
 * "not found".
 */
@Service
public class Warnings {

  public static final Set<String> DISPOSALS =
      Set.of("VISIT", "ASSISTANCE_STARTED", "BENEFIT_ADJUSTED", "FALSE_ALARM");

  static final String SELECT =
      """
      select w.id, w.rule_code, r.label, w.level, w.fact_id, w.evidence_fact_ids, w.person_id,
             w.household_id, w.region_code, w.assignee_region_code, w.state, w.assignee, w.disposal,
             w.disposal_note, w.deadline, w.escalations, w.raised_at
        from monitoring.warning w join monitoring.warning_rule r on r.code = w.rule_code""";

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final AuditLog audit;

  Warnings(JdbcClient jdbc, DataScope scope, AuditLog audit) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.audit = audit;
  }

  public List<Warning> list(String state, int limit) {
    RegionFilter filter = scope.current();
    return jdbc.sql(
            SELECT
                + "\n"
                + """
                 where (? or w.region_code = any(?)) and (?::text is null or w.state = ?::text)
                 order by (w.state = 'CLOSED'), w.deadline, w.id limit ?""")
        .params(filter.unrestricted(), filter.codesArray(), state, state, limit)
        .query(Warnings::map)
        .list();
  }

  /** The columns the list sorts by (the pager's whitelist). */
  public static final Set<String> SORTS = Set.of("deadline", "raised_at", "level", "id");

  /**
   * What the list is narrowed to: a state ({@code PENDING}: new or assigned, waiting for a
   * disposal), a level (RED, ORANGE, YELLOW), the office it waits at (its assignee node: 本级待处置),
   * each {@code null} for all.
   */
  public record Filter(
      @Nullable String state, @Nullable String level, @Nullable String assigneeRegionCode) {}

  /**
   * One page of the warnings in the caller's scope, open ones before closed ones, then by the
   * chosen column ({@link #SORTS}).
   */
  public PageResult<Warning> page(Filter filter, PageQuery query) {
    long total =
        jdbc.sql("select count(*) from monitoring.warning w" + FILTERED)
            .params(filterParams(filter))
            .query(Long.class)
            .single();
    String order =
        "level".equals(query.sort())
            ? "array_position(array['RED', 'ORANGE', 'YELLOW'], w.level) " + query.direction()
            : "w." + query.orderBy();
    return new PageResult<>(rows(filter, order, query.size(), query.offset()), query, total);
  }

  /** The filtered warnings for an export, open ones first, by deadline; at most {@code limit}. */
  public List<Warning> list(Filter filter, int limit) {
    return rows(filter, "w.deadline", limit, 0);
  }

  private static final String FILTERED =
      "\n"
          + """
       where (? or w.region_code = any(?))
         and (?::text is null or w.state = ?::text
              or (?::text = 'PENDING' and w.state in ('NEW', 'ASSIGNED')))
         and (?::text is null or w.level = ?::text)
         and (?::text is null or w.assignee_region_code = ?::text)""";

  private List<Object> filterParams(Filter filter) {
    RegionFilter scope = this.scope.current();
    return new java.util.ArrayList<>(
        java.util.Arrays.asList(
            scope.unrestricted(),
            scope.codesArray(),
            filter.state(),
            filter.state(),
            filter.state(),
            filter.level(),
            filter.level(),
            filter.assigneeRegionCode(),
            filter.assigneeRegionCode()));
  }

  /** {@code order}: built from a whitelisted column only. */
  private List<Warning> rows(Filter filter, String order, int limit, long offset) {
    List<Object> params = filterParams(filter);
    params.add(limit);
    params.add(offset);
    return jdbc.sql(
            SELECT
                + FILTERED
                + "\n order by (w.state = 'CLOSED'), "
                + order
                + ", w.id limit ? offset ?")
        .params(params)
        .query(Warnings::map)
        .list();
  }

  /** The warning, audited as an access to its evidence. */
  public Warning require(long id) {
    Warning w =
        jdbc.sql(SELECT + " where w.id = ?")
            .param(id)
            .query(Warnings::map)
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("no warning"));
    scope.requireInScope(w.regionCode());
    audit.record(
        AuditEvent.success("monitoring.warning.view", "warning", String.valueOf(id), null));
    return w;
  }

  @Transactional
  public void assign(long id, String user) {
    move(id, Set.of("NEW"), "ASSIGNED", user, "认领", "assignee = ?", user);
  }

  @Transactional
  public void handle(long id, String disposal, String note, String user) {
    if (!DISPOSALS.contains(disposal)) {
      throw new WarningRejectedException("请选择处置方式");
    }
    move(
        id,
        Set.of("NEW", "ASSIGNED"),
        "HANDLED",
        user,
        disposal + (note == null || note.isBlank() ? "" : "：" + note),
        "disposal = ?, disposal_note = ?, assignee = coalesce(assignee, ?)",
        disposal,
        note,
        user);
  }

  @Transactional
  public void close(long id, String user) {
    move(id, Set.of("HANDLED"), "CLOSED", user, "关闭", "closed_at = now()");
  }

  private void move(
      long id,
      Set<String> from,
      String to,
      String user,
      String note,
      String set,
      Object... values) {
    Warning w = require(id);
    if (!from.contains(w.state())) {
      throw new WarningRejectedException("预警当前状态为" + WarningStates.label(w.state()) + "，不能执行此操作");
    }
    List<Object> params = new java.util.ArrayList<>(List.of(values));
    params.add(0, to);
    params.add(id);
    params.add(w.state());
    int updated =
        jdbc.sql("update monitoring.warning set state = ?, " + set + " where id = ? and state = ?")
            .params(params)
            .update();
    if (updated == 0) {
      throw new WarningRejectedException("预警已被他人处理，请刷新页面");
    }
    jdbc.sql(
            "insert into monitoring.warning_history (warning_id, by_user, from_state, to_state, note)"
                + " values (?, ?, ?, ?, ?)")
        .params(id, user, w.state(), to, note)
        .update();
    audit.record(
        AuditEvent.success(
            "monitoring.warning." + to.toLowerCase(), "warning", String.valueOf(id), note));
  }

  public List<HistoryRow> history(long id) {
    return jdbc.sql(
            "select at, by_user, from_state, to_state, note from monitoring.warning_history"
                + " where warning_id = ? order by id")
        .param(id)
        .query(
            (rs, n) ->
                new HistoryRow(
                    rs.getObject(1, OffsetDateTime.class).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  public record HistoryRow(
      java.time.Instant at, String by, String fromState, String toState, String note) {}

  static Warning map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Warning(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        (Long[]) rs.getArray(6).getArray(),
        rs.getLong(7),
        (Long) rs.getObject(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        rs.getObject(15, java.time.LocalDate.class),
        rs.getInt(16),
        rs.getObject(17, OffsetDateTime.class).toInstant());
  }
}

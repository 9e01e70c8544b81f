package cn.minzheng.monitoring.visits;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 巡访关爱: visit records (a planned task, a warning, or on its own), task generation by risk tier,
 * counts by month. Recording a visit of a task closes the task; the next task follows from the
 * tier's frequency at the next generation.
 */
@Service
public class VisitRecords {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final DataScope dataScope;

  VisitRecords(JdbcClient jdbc, AuditLog audit, DataScope dataScope) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.dataScope = dataScope;
  }

  @Transactional
  public long record(Visit visit, String by) {
    if (visit.findings() == null || visit.findings().isBlank()) {
      throw new IllegalArgumentException("走访情况不能为空");
    }
    long id =
        jdbc.sql(
                """
                insert into monitoring.visit (person_id, household_id, region_code, visited_on,
                  visitor, findings, needs, follow_up, task_id, warning_id, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                visit.personId(),
                visit.householdId(),
                visit.regionCode(),
                visit.visitedOn(),
                visit.visitor(),
                visit.findings(),
                visit.needs(),
                visit.followUp(),
                visit.taskId(),
                visit.warningId(),
                by)
            .query(Long.class)
            .single();
    if (visit.taskId() != null) {
      jdbc.sql("update monitoring.visit_task set state = 'DONE' where id = ?")
          .param(visit.taskId())
          .update();
    }
    audit.record(AuditEvent.success("monitoring.visit.record", "visit", String.valueOf(id), null));
    return id;
  }

  /**
   * One open task per register person and tier: due a tier's frequency after the last visit (or
   * now, when never visited). Set-based; answers how many tasks were created.
   */
  @org.springframework.scheduling.annotation.Scheduled(
      cron = "${minzheng.monitoring.visits.generation:0 0 4 * * *}",
      zone = "Asia/Shanghai")
  @Transactional
  public int generateAllTasks() {
    return generateTasks(RegionFilter.all());
  }

  /**
   * As the nightly run, for the register entries inside {@code scope} only. Across regions
   * otherwise: the person's last visit counts wherever it was made (a person who moved into the
   * scope was visited in the former street).
   */
  @Transactional
  public int generateTasks(RegionFilter scope) {
    return dataScope.acrossRegions(() -> generateTasksIn(scope));
  }

  private int generateTasksIn(RegionFilter scope) {
    return jdbc.sql(
            """
            insert into monitoring.visit_task (person_id, household_id, region_code, category, due_date)
            select r.person_id, r.household_id, r.region_code, r.category,
                   coalesce((select max(v.visited_on) from monitoring.visit v
                              where v.person_id = r.person_id) + t.frequency_days,
                            (now() at time zone 'Asia/Shanghai')::date)
              from monitoring.register_entry r
              join monitoring.visit_tier t on t.category = r.category and t.active
             where r.until is null and (? or r.region_code = any(?))
            on conflict (person_id, category) where state = 'OPEN' do nothing""")
        .params(scope.unrestricted(), scope.codesArray())
        .update();
  }

  public List<VisitTask> openTasks(RegionFilter scope, int limit) {
    return jdbc.sql(
            "select "
                + TASK_COLUMNS
                + " from monitoring.visit_task t"
                + " where t.state = 'OPEN' and (? or t.region_code = any(?))"
                + " order by t.due_date, t.id limit ?")
        .params(scope.unrestricted(), scope.codesArray(), limit)
        .query(VisitRecords::task)
        .list();
  }

  /** Columns a page may sort the open tasks by. */
  public static final java.util.Set<String> TASK_SORTS =
      java.util.Set.of("due_date", "region_code", "category", "assignee");

  private static final String TASK_COLUMNS =
      "t.id, t.person_id, t.household_id, t.region_code, t.category, t.due_date, t.assignee";

  /**
   * One page of the open tasks in {@code scope}, narrowed by {@code filter}; ties of the sort
   * column are broken by id so that paging never repeats or skips a task.
   */
  public PageResult<VisitTask> openTasks(RegionFilter scope, TaskFilter filter, PageQuery page) {
    String where =
        """
         where t.state = 'OPEN' and (? or t.region_code = any(?))
           and (? or t.region_code = any(?))
           and (cast(? as text) is null or t.category = ?)
           and (cast(? as date) is null or t.due_date <= ?)
           and (cast(? as text) is null
                or (cast(? as text) = '-' and t.assignee is null) or t.assignee = ?)""";
    Object[] params = {
      scope.unrestricted(),
      scope.codesArray(),
      filter.regionCodes() == null,
      filter.regionCodes() == null ? new String[0] : filter.regionCodes().toArray(String[]::new),
      filter.category(),
      filter.category(),
      filter.dueBy(),
      filter.dueBy(),
      filter.assignee(),
      filter.assignee(),
      filter.assignee()
    };
    long total =
        jdbc.sql("select count(*) from monitoring.visit_task t " + where)
            .params(params)
            .query(Long.class)
            .single();
    List<VisitTask> rows =
        jdbc.sql(
                "select "
                    + TASK_COLUMNS
                    + " from monitoring.visit_task t "
                    + where
                    + " order by t."
                    + page.orderBy()
                    + ", t.id limit ? offset ?")
            .params(params)
            .param(page.size())
            .param(page.offset())
            .query(VisitRecords::task)
            .list();
    return new PageResult<>(rows, page, total);
  }

  /** The communities that have open tasks in {@code scope}: the choices of the page's filter. */
  public List<String> openTaskRegions(RegionFilter scope) {
    return jdbc.sql(
            """
            select distinct region_code from monitoring.visit_task
             where state = 'OPEN' and (? or region_code = any(?)) order by 1""")
        .params(scope.unrestricted(), scope.codesArray())
        .query(String.class)
        .list();
  }

  /**
   * What the task list is narrowed to.
   *
   * @param regionCodes the chosen community's or street's subtree, {@code null} for the whole scope
   * @param category a register category code, {@code null} for all
   * @param dueBy tasks due on or before this day, {@code null} for all
   * @param assignee the worker's username, a hyphen for tasks nobody is assigned, {@code null} for
   *     all
   */
  public record TaskFilter(
      java.util.@Nullable Set<String> regionCodes,
      @Nullable String category,
      @Nullable LocalDate dueBy,
      @Nullable String assignee) {}

  private static VisitTask task(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new VisitTask(
        rs.getLong(1),
        rs.getLong(2),
        (Long) rs.getObject(3),
        rs.getString(4),
        rs.getString(5),
        rs.getObject(6, LocalDate.class),
        rs.getString(7));
  }

  public java.util.Optional<VisitTask> openTask(long id) {
    return jdbc.sql(
            "select "
                + TASK_COLUMNS
                + " from monitoring.visit_task t where t.id = ? and t.state = 'OPEN'")
        .param(id)
        .query(VisitRecords::task)
        .optional();
  }

  /** Person-visits per month (yyyy-MM → count), newest first. */
  public List<MonthCount> countsByMonth(RegionFilter scope) {
    return jdbc.sql(
            """
            select to_char(visited_on, 'YYYY-MM') as month, count(*) from monitoring.visit
             where (? or region_code = any(?)) group by 1 order by 1 desc limit 24""")
        .params(scope.unrestricted(), scope.codesArray())
        .query((rs, n) -> new MonthCount(rs.getString(1), rs.getLong(2)))
        .list();
  }

  public record Visit(
      long personId,
      Long householdId,
      String regionCode,
      LocalDate visitedOn,
      String visitor,
      String findings,
      String needs,
      String followUp,
      Long taskId,
      Long warningId) {}

  /** An open task; {@code assignee}: the username of the worker it was handed to, or null. */
  public record VisitTask(
      long id,
      long personId,
      Long householdId,
      String regionCode,
      String category,
      LocalDate due,
      @Nullable String assignee) {

    public boolean overdue(LocalDate today) {
      return due.isBefore(today);
    }
  }

  public record MonthCount(String month, long count) {}
}

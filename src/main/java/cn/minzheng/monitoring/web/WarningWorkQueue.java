package cn.minzheng.monitoring.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办: open warnings assigned to a region in the user's subtree (overdue = past the deadline), open
 * visit tasks due within a week, and members' open disputes of a verification fact (overdue after
 * 15 days), each in the user's subtree.
 */
@Component
class WarningWorkQueue implements WorkQueueSource {

  private final JdbcClient jdbc;
  private final DataScope dataScope;

  WarningWorkQueue(JdbcClient jdbc, DataScope dataScope) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
  }

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    if (user.roles().stream().noneMatch(MonitoringAccess.CASE_STAFF::contains)) {
      return List.of();
    }
    RegionFilter filter = dataScope.of(user);
    boolean all = filter.unrestricted();
    String[] scope = filter.codesArray();
    List<WorkQueueEntry> entries = new ArrayList<>();
    Map<String, Object> w =
        jdbc.sql(
                """
                select count(*) as pending, count(*) filter (where deadline < %s and state in
                       ('NEW', 'ASSIGNED')) as overdue, min(raised_at) as oldest
                  from monitoring.warning
                 where state <> 'CLOSED' and (? or assignee_region_code = any(?))"""
                    .formatted(TODAY))
            .params(all, scope)
            .query()
            .singleRow();
    add(entries, "monitoring.warning", "待处置预警", w, "/monitoring/warnings");
    Map<String, Object> t =
        jdbc.sql(
                """
                select count(*) as pending, count(*) filter (where due_date < %s) as overdue,
                       min(created_at) as oldest
                  from monitoring.visit_task
                 where state = 'OPEN' and due_date <= %s + 7 and (? or region_code = any(?))"""
                    .formatted(TODAY, TODAY))
            .params(all, scope)
            .query()
            .singleRow();
    add(entries, "monitoring.visit", "待巡访", t, "/monitoring/visits");
    Map<String, Object> d =
        jdbc.sql(
                """
                select count(*) as pending, count(*) filter (where raised_at < now() - interval '15 days')
                       as overdue, min(raised_at) as oldest
                  from monitoring.dispute
                 where state = 'OPEN' and (? or region_code = any(?))""")
            .params(all, scope)
            .query()
            .singleRow();
    add(entries, "monitoring.dispute", "待核实核对异议", d, "/monitoring/verifications");
    return entries;
  }

  static final String TODAY = "(now() at time zone 'Asia/Shanghai')::date";

  private static void add(
      List<WorkQueueEntry> entries,
      String kind,
      String label,
      Map<String, Object> row,
      String link) {
    long pending = ((Number) row.get("pending")).longValue();
    if (pending == 0) {
      return;
    }
    Object oldest = row.get("oldest");
    entries.add(
        new WorkQueueEntry(
            kind,
            label,
            pending,
            ((Number) row.get("overdue")).longValue(),
            link,
            oldest instanceof java.sql.Timestamp ts
                ? ts.toInstant()
                : oldest instanceof OffsetDateTime odt ? odt.toInstant() : null));
  }
}

package cn.minzheng.monitoring.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办: open warnings assigned to a region in the user's subtree (overdue = past the deadline), open
 * visit tasks due within a week, and members' open disputes of a verification fact (overdue after
 * 15 days), each in the user's subtree.
 */
@Component
class WarningWorkQueue implements WorkQueueSource {

  private static final String TODAY = "(now() at time zone 'Asia/Shanghai')::date";

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
    RegionFilter scope = dataScope.of(user);
    return Stream.of(
            PendingWork.in(jdbc, scope)
                .rows("monitoring.warning", "state <> 'CLOSED'")
                .overdueWhen("deadline < " + TODAY + " and state in ('NEW', 'ASSIGNED')")
                .oldest("raised_at")
                .regionColumn("assignee_region_code")
                .card("monitoring.warning", "待处置预警", "/monitoring/warnings"),
            PendingWork.in(jdbc, scope)
                .rows("monitoring.visit_task", "state = 'OPEN' and due_date <= " + TODAY + " + 7")
                .overdueWhen("due_date < " + TODAY)
                .oldest("created_at")
                .card("monitoring.visit", "待巡访", "/monitoring/visits"),
            PendingWork.in(jdbc, scope)
                .rows("monitoring.dispute", "state = 'OPEN'")
                .overdueWhen("raised_at < now() - interval '15 days'")
                .oldest("raised_at")
                .card("monitoring.dispute", "待核实核对异议", "/monitoring/verifications"))
        .flatMap(Optional::stream)
        .toList();
  }
}

package cn.minzheng.monitoring.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffLevel;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of monitoring, each card the work of the office that acts on it: open warnings assigned to the
 * user's own node (a warning waits at one office and moves up when overdue, so the district does
 * not see its streets' warnings until they escalate), handled warnings waiting to be closed by the
 * office (the street closes those its communities handled; the community does not close), visit
 * tasks due within a week for those who visit (street and community, not the district), and
 * members' open disputes of a verification fact for the street office that verifies (overdue after
 * 15 days).
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
    boolean office = user.roles().stream().anyMatch(MonitoringAccess.OFFICES::contains);
    boolean visitor = user.has(Role.STREET_CASEWORKER) || user.has(Role.COMMUNITY_WORKER);
    RegionFilter scope = dataScope.of(user);
    // the street closes what it and its communities handled; the district and the city their own
    RegionFilter closing = user.level() == StaffLevel.STREET ? scope : user.ownNode();
    return Stream.of(
            PendingWork.in(jdbc, user.ownNode())
                .rows("monitoring.warning", "state in ('NEW', 'ASSIGNED')")
                .overdueWhen("deadline < " + TODAY)
                .oldest("raised_at")
                .regionColumn("assignee_region_code")
                .card(
                    "monitoring.warning", "待处置预警", "/monitoring/warnings?mine=true&state=PENDING"),
            office
                ? PendingWork.in(jdbc, closing)
                    .rows("monitoring.warning", "state = 'HANDLED'")
                    .oldest("raised_at")
                    .regionColumn("assignee_region_code")
                    .card(
                        "monitoring.warning.close",
                        "已处置预警待关闭",
                        "/monitoring/warnings?state=HANDLED")
                : Optional.<WorkQueueEntry>empty(),
            visitor
                ? PendingWork.in(jdbc, scope)
                    .rows(
                        "monitoring.visit_task", "state = 'OPEN' and due_date <= " + TODAY + " + 7")
                    .overdueWhen("due_date < " + TODAY)
                    .oldest("created_at")
                    .card("monitoring.visit", "待巡访", "/monitoring/visits")
                : Optional.<WorkQueueEntry>empty(),
            user.has(Role.STREET_CASEWORKER)
                ? PendingWork.in(jdbc, scope)
                    .rows("monitoring.dispute", "state = 'OPEN'")
                    .overdueWhen("raised_at < now() - interval '15 days'")
                    .oldest("raised_at")
                    .card("monitoring.dispute", "待核实核对异议", "/monitoring/verifications")
                : Optional.<WorkQueueEntry>empty())
        .flatMap(Optional::stream)
        .toList();
  }
}

package cn.minzheng.disability.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import cn.minzheng.platform.WorkQueueSource.WorkQueueEntry;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of the disability module: newly eligible persons of the two subsidies waiting for the street's
 * confirmation (overdue after 15 days: a month's list should be decided before the next month's
 * roster).
 */
@Component
class DisabilityWorkQueue implements WorkQueueSource {

  private final JdbcClient jdbc;
  private final DataScope dataScope;

  DisabilityWorkQueue(JdbcClient jdbc, DataScope dataScope) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
  }

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    if (user.roles().stream().noneMatch(DisabilityAccess.STREET::contains)) {
      return List.of();
    }
    return PendingWork.in(jdbc, dataScope.of(user))
        .rows("disability.recipient", "status = 'PENDING'")
        .overdueWhen("created_at < now() - interval '15 days'")
        .oldest("created_at")
        .card("disability.newly-eligible", "残疾人两项补贴新符合条件待确认", "/disability/subsidies")
        .stream()
        .toList();
  }
}

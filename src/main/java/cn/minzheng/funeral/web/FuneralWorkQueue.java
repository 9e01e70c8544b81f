package cn.minzheng.funeral.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of the funeral module: paid subsidies whose death was withdrawn, to be recovered from the
 * family by the district bureau that approved them (overdue after 30 days: the family was told on
 * the day of the withdrawal).
 */
@Component
class FuneralWorkQueue implements WorkQueueSource {

  private final JdbcClient jdbc;
  private final DataScope dataScope;

  FuneralWorkQueue(JdbcClient jdbc, DataScope dataScope) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
  }

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    if (user.roles().stream().noneMatch(FuneralAccess.CHECKER::contains)) {
      return List.of();
    }
    return PendingWork.in(jdbc, dataScope.of(user))
        .rows("funeral.subsidy_case", "recovery_due and recovered_on is null")
        .overdueWhen("withdrawn_at < now() - interval '30 days'")
        .oldest("withdrawn_at")
        .card("funeral.recovery", "惠民殡葬补贴待追回（死亡登记已撤销）", "/funeral/cases?recovery=due")
        .stream()
        .toList();
  }
}

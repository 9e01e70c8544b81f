package cn.minzheng.funeral.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of the funeral module: unidentified bodies whose public notice ended unclaimed, to be cremated
 * (overdue a week after the notice's end: the funeral home's storage is limited); paid subsidies
 * whose death was withdrawn, to be recovered from the family by the district bureau that approved
 * them (overdue after 30 days: the family was told on the day of the withdrawal). Each card goes to
 * the office that decides it only.
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
    List<WorkQueueEntry> cards = new ArrayList<>();
    if (user.roles().stream().anyMatch(FuneralAccess.UNIDENTIFIED::contains)) {
      // the bureau the funeral home reports to: a body waits at the home's own node (the district,
      // or the city for a city home), not at every office above it
      PendingWork.in(jdbc, user.ownNode())
          .rows(
              "funeral.unidentified_body",
              "state = 'NOTICE' and notice_until < (now() at time zone 'Asia/Shanghai')::date")
          .overdueWhen("notice_until < (now() at time zone 'Asia/Shanghai')::date - 7")
          .oldest("created_at")
          .card("funeral.unidentified", "无名遗体认尸公告期满待处理", "/funeral/unidentified?state=NOTICE")
          .ifPresent(cards::add);
    }
    if (user.roles().stream().anyMatch(FuneralAccess.CHECKER::contains)) {
      recoveries(user).ifPresent(cards::add);
    }
    return cards;
  }

  private java.util.Optional<WorkQueueEntry> recoveries(StaffUser user) {
    return PendingWork.in(jdbc, dataScope.of(user))
        .rows("funeral.subsidy_case", "recovery_due and recovered_on is null")
        .overdueWhen("withdrawn_at < now() - interval '30 days'")
        .oldest("withdrawn_at")
        .card("funeral.recovery", "惠民殡葬补贴待追回（死亡登记已撤销）", "/funeral/cases?recovery=due");
  }
}

package cn.minzheng.payments.web;

import cn.minzheng.payments.domain.HeldPayments;
import cn.minzheng.payments.domain.PaymentRoles;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.StaffLevel;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办: rosters waiting for approval in the user's scope, except those the user drafted (a maker
 * cannot approve them). Overdue: drafted more than 5 days ago (benefits are paid monthly; a draft
 * older than that delays the month's payment). And the payments held for want of a valid account,
 * waiting for someone to record the payee's account. Both wait at the office that drafted the
 * roster (the district, or the city for its own rosters), not at every office above it: the city's
 * 待办 does not list its districts' rosters.
 */
@Component
class RosterWorkQueue implements WorkQueueSource {

  private final JdbcClient jdbc;
  private final DataScope dataScope;

  RosterWorkQueue(JdbcClient jdbc, DataScope dataScope) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
  }

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    if (!PaymentRoles.mayHandleRosters(user)) {
      return List.of();
    }
    return Stream.concat(
            PendingWork.in(jdbc, user.ownNode())
                .rows("payments.roster", "state = 'DRAFT' and made_by_id <> ?", user.id())
                .overdueWhen("made_at < now() - interval '5 days'")
                .regionColumn("district_code")
                .card("payments.roster.approve", "待审核发放名册", RosterPages.LIST + "?state=DRAFT")
                .stream(),
            // the city keeps no payee's account: its districts' held lines are theirs
            user.level() == StaffLevel.CITY
                ? Stream.<WorkQueueEntry>empty()
                : PendingWork.in(jdbc, dataScope.of(user))
                    .rows(HeldPayments.WAITING_FROM, HeldPayments.WAITING_WHEN)
                    // a payee waiting more than a month since approval has missed a month's money
                    .overdueWhen("r.approved_at < now() - interval '30 days'")
                    .oldest("r.approved_at")
                    .regionColumn("l.region_code")
                    .card("payments.held", "暂缓发放（待登记收款账户）", HeldPages.LIST)
                    .stream())
        .toList();
  }
}

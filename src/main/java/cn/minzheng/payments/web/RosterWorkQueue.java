package cn.minzheng.payments.web;

import cn.minzheng.payments.domain.PaymentRoles;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办: rosters waiting for approval in the user's scope, except those the user drafted (a maker
 * cannot approve them). Overdue: drafted more than 5 days ago (benefits are paid monthly; a draft
 * older than that delays the month's payment).
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
    RegionFilter filter = dataScope.of(user);
    boolean all = filter.unrestricted();
    String[] scope = filter.codesArray();
    var row =
        jdbc.sql(
                """
                select count(*) as pending,
                       count(*) filter (where made_at < now() - interval '5 days') as overdue
                  from payments.roster
                 where state = 'DRAFT' and made_by_id <> ?
                   and (? or district_code = any(?))""")
            .params(user.id(), all, scope)
            .query()
            .singleRow();
    long pending = ((Number) row.get("pending")).longValue();
    if (pending == 0) {
      return List.of();
    }
    return List.of(
        new WorkQueueEntry(
            "payments.roster.approve",
            "待审核发放名册",
            pending,
            ((Number) row.get("overdue")).longValue(),
            RosterPages.LIST + "?state=DRAFT"));
  }
}

package cn.minzheng.children.web;

import cn.minzheng.children.protection.Visits;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of the children module: applications waiting for the street (overdue after 15 days) and the
 * county (after 15 days), reviews after a parent's situation ended, visits to children of the
 * allowance categories (overdue past the category's interval), open protection cases with referrals
 * past their deadline.
 */
@Component
class ChildrenWorkQueue implements WorkQueueSource {

  private final JdbcClient jdbc;
  private final DataScope dataScope;
  private final ChildrenRoles roles;

  ChildrenWorkQueue(JdbcClient jdbc, DataScope dataScope, ChildrenRoles roles) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
    this.roles = roles;
  }

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    RegionFilter scope = dataScope.of(user);
    List<WorkQueueEntry> cards = new ArrayList<>();
    if (roles.has(user, ChildrenRoles.STREET)) {
      PendingWork.in(jdbc, scope)
          .rows("children.allowance_case", "state = 'APPLIED'")
          .overdueWhen("filed_at < now() - interval '15 days'")
          .oldest("filed_at")
          .card("children.street", "儿童保障申请待街道审核", "/children/cases?state=APPLIED")
          .ifPresent(cards::add);
      PendingWork.in(jdbc, scope)
          .rows("children.allowance_case", "review_due")
          .card("children.review", "儿童保障个案待复核", "/children/cases")
          .ifPresent(cards::add);
    }
    if (roles.has(user, ChildrenRoles.COUNTY)) {
      PendingWork.in(jdbc, scope)
          .rows("children.allowance_case", "state = 'PROPOSED'")
          .overdueWhen("proposed_at < now() - interval '15 days'")
          .oldest("proposed_at")
          .card("children.county", "儿童保障申请待区县审批", "/children/cases?state=PROPOSED")
          .ifPresent(cards::add);
    }
    if (roles.has(user, ChildrenRoles.VISITORS)) {
      PendingWork.in(jdbc, scope)
          .rows("children.allowance_case c", Visits.DUE_SOON)
          .overdueWhen(Visits.OVERDUE)
          .regionColumn("c.region_code")
          .card("children.visits", "困境儿童定期走访", "/children/visits")
          .ifPresent(cards::add);
    }
    if (roles.has(user, ChildrenRoles.PROTECTION_WRITERS)) {
      PendingWork.in(jdbc, scope)
          .rows("children.protection_case c", "c.stage <> 'CLOSED'")
          .overdueWhen(
              "exists (select 1 from children.referral r where r.case_id = c.id"
                  + " and r.answered_on is null and r.deadline < current_date)")
          .regionColumn("c.region_code")
          .card("children.protection", "未成年人保护个案办理中", "/children/protection")
          .ifPresent(cards::add);
    }
    return cards;
  }
}

package cn.minzheng.assistance.web;

import cn.minzheng.assistance.cases.PublicityPeriod;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffLevel;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of social assistance, each step for the office that takes it ({@code CaseAction}): the street
 * sees the cases waiting for a street step and the periodic reviews, the community the cases
 * waiting for its home visit (入户调查), the county approver the cases ready for county confirmation
 * (not the city, which does not confirm its districts' cases); overdue = past the 30-working-day
 * limit.
 */
@Component
class CaseWorkQueue implements WorkQueueSource {

  private static final String CASES = "assistance.assistance_case";

  private final JdbcClient jdbc;
  private final DataScope dataScope;

  CaseWorkQueue(JdbcClient jdbc, DataScope dataScope) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
  }

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    List<WorkQueueEntry> entries = new ArrayList<>();
    RegionFilter scope = dataScope.of(user);
    LocalDate today = ChinaTime.today();
    if (user.has(Role.COMMUNITY_WORKER) && !user.has(Role.STREET_CASEWORKER)) {
      PendingWork.in(jdbc, scope)
          .rows(CASES, "state = 'VERIFIED'")
          .overdueWhen("deadline < ?", today)
          .oldest("created_at")
          .card("assistance.visit", "救助案件待入户调查", CaseListPage.PATH + "?state=VERIFIED")
          .ifPresent(entries::add);
    }
    if (user.has(Role.STREET_CASEWORKER)) {
      PendingWork.in(jdbc, scope)
          .rows(CASES, "state in ('APPLIED', 'ACCEPTED', 'VERIFIED', 'INVESTIGATED', 'OBJECTED')")
          .overdueWhen("deadline < ?", today)
          .oldest("created_at")
          .card(
              "assistance.street",
              "救助案件待经办",
              CaseListPage.PATH
                  + "?state=APPLIED&state=ACCEPTED&state=VERIFIED&state=INVESTIGATED&state=OBJECTED")
          .ifPresent(entries::add);
      // periodic reviews due within 30 days; overdue once past their date
      PendingWork.in(jdbc, scope)
          .rows(
              "assistance.review r join " + CASES + " c on c.id = r.case_id",
              "r.outcome is null and c.state = 'CONFIRMED' and r.due_on <= ?",
              today.plusDays(30))
          .overdueWhen("r.due_on < ?", today)
          .regionColumn("c.region_code")
          .card("assistance.review", "救助家庭待定期复核", ReviewsPage.PATH)
          .ifPresent(entries::add);
    }
    if (user.has(Role.DISTRICT_APPROVER) && user.level() == StaffLevel.DISTRICT) {
      // the approver's own proposals are not theirs to confirm (maker-checker)
      PendingWork.in(jdbc, scope)
          .rows(
              CASES,
              "(state = 'TOWNSHIP_APPROVED' or "
                  + PublicityPeriod.ENDED_BEFORE_SQL
                  + ") and coalesce(proposed_by_id, -1) <> ?",
              today,
              user.id())
          .overdueWhen("deadline < ?", today)
          .oldest("created_at")
          .card(
              "assistance.confirm",
              "救助案件待县级确认",
              CaseListPage.PATH + "?state=PUBLICITY&state=TOWNSHIP_APPROVED")
          .ifPresent(entries::add);
    }
    return entries;
  }
}

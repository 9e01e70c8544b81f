package cn.minzheng.assistance.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import cn.minzheng.shared.ChinaTime;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of social assistance: street staff see the cases waiting for a street step, approvers the
 * cases ready for county confirmation; overdue = past the 30-working-day limit.
 */
@Component
class CaseWorkQueue implements WorkQueueSource {

  private final JdbcClient jdbc;
  private final DataScope dataScope;

  CaseWorkQueue(JdbcClient jdbc, DataScope dataScope) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
  }

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    List<WorkQueueEntry> entries = new ArrayList<>();
    if (user.has(Role.STREET_CASEWORKER) || user.has(Role.COMMUNITY_WORKER)) {
      entry(
              user,
              "assistance.street",
              "救助案件待经办",
              "state in ('APPLIED', 'ACCEPTED', 'VERIFIED', 'INVESTIGATED', 'OBJECTED')",
              "state=APPLIED&state=ACCEPTED&state=VERIFIED&state=INVESTIGATED&state=OBJECTED")
          .ifPresent(entries::add);
    }
    if (user.has(Role.STREET_CASEWORKER) || user.has(Role.COMMUNITY_WORKER)) {
      reviewsDue(user).ifPresent(entries::add);
    }
    if (user.has(Role.DISTRICT_APPROVER) || user.has(Role.CITY_ADMIN)) {
      entry(
              user,
              "assistance.confirm",
              "救助案件待县级确认",
              "(state = 'TOWNSHIP_APPROVED' or (state = 'PUBLICITY' and publicity_to < ?::date))"
                  + " and coalesce(proposed_by_id, -1) <> "
                  + user.id(),
              "state=PUBLICITY&state=TOWNSHIP_APPROVED")
          .ifPresent(entries::add);
    }
    return entries;
  }

  /** Periodic reviews due within 30 days; overdue once past their date. */
  private java.util.Optional<WorkQueueEntry> reviewsDue(StaffUser user) {
    RegionFilter filter = dataScope.of(user);
    boolean all = filter.unrestricted();
    String[] scope = filter.codesArray();
    var today = ChinaTime.today();
    Map<String, Object> row =
        jdbc.sql(
                """
                select count(*) as pending, count(*) filter (where r.due_on < ?) as overdue
                  from assistance.review r join assistance.assistance_case c on c.id = r.case_id
                 where r.outcome is null and c.state = 'CONFIRMED' and r.due_on <= ?
                   and (? or c.region_code = any(?))""")
            .params(today, today.plusDays(30), all, scope)
            .query()
            .singleRow();
    long pending = ((Number) row.get("pending")).longValue();
    return pending == 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new WorkQueueEntry(
                "assistance.review",
                "救助家庭待定期复核",
                pending,
                ((Number) row.get("overdue")).longValue(),
                ReviewsPage.PATH));
  }

  private java.util.Optional<WorkQueueEntry> entry(
      StaffUser user, String kind, String label, String condition, String filter) {
    RegionFilter region = dataScope.of(user);
    boolean all = region.unrestricted();
    String[] scope = region.codesArray();
    List<Object> params = new ArrayList<>();
    params.add(ChinaTime.today());
    if (condition.contains("?::date")) {
      params.add(ChinaTime.today());
    }
    if (condition.contains("?::bigint")) {
      // the approver's own proposals are not theirs to confirm (maker-checker)
      params.add(user.id());
    }
    params.add(all);
    params.add(scope);
    Map<String, Object> row =
        jdbc.sql(
                "select count(*) as pending, count(*) filter (where deadline < ?) as overdue,"
                    + " min(created_at) as oldest from assistance.assistance_case where "
                    + condition
                    + " and (? or region_code = any(?))")
            .params(params)
            .query()
            .singleRow();
    long pending = ((Number) row.get("pending")).longValue();
    if (pending == 0) {
      return java.util.Optional.empty();
    }
    Timestamp oldest = (Timestamp) row.get("oldest");
    return java.util.Optional.of(
        new WorkQueueEntry(
            kind,
            label,
            pending,
            ((Number) row.get("overdue")).longValue(),
            CaseListPage.PATH + "?" + filter,
            oldest == null ? null : oldest.toInstant()));
  }
}

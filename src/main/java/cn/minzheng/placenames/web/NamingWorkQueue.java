package cn.minzheng.placenames.web;

import cn.minzheng.placenames.naming.PlaceCategory;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of the approvers: naming applications in the user's subtree ready for a decision — submitted,
 * and either of a category without consultation, or with its consultation's closing day passed, or
 * assessed as infeasible (to be refused); building filings awaiting the bureau's opinion; for the
 * applicant roles, inspection findings to rectify (overdue ones counted).
 */
@Component
class NamingWorkQueue implements WorkQueueSource {

  private static final String TODAY = "(now() at time zone 'Asia/Shanghai')::date";

  private static final String SIGNIFICANT =
      java.util.Arrays.stream(PlaceCategory.values())
          .filter(c -> c.significant)
          .map(c -> "'" + c.name() + "'")
          .collect(java.util.stream.Collectors.joining(", "));

  private final JdbcClient jdbc;
  private final DataScope dataScope;
  private final PlacenamesRoles roles;

  NamingWorkQueue(JdbcClient jdbc, DataScope dataScope, PlacenamesRoles roles) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
    this.roles = roles;
  }

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    List<WorkQueueEntry> cards = new ArrayList<>();
    if (roles.mayApprove(user)) {
      PendingWork.in(jdbc, dataScope.of(user))
          .rows(
              "placenames.application",
              "status = 'SUBMITTED' and (category not in ("
                  + SIGNIFICANT
                  + ") or consultation_closes_on < "
                  + TODAY
                  + " or exists (select 1 from placenames.assessment s where s.application_id = id"
                  + " and s.conclusion = 'INFEASIBLE'))")
          .oldest("submitted_at")
          .card("placenames.application", "地名命名申请待审批", "/placenames/applications?status=SUBMITTED")
          .ifPresent(cards::add);
      PendingWork.in(jdbc, dataScope.of(user))
          .rows("placenames.building_filing", "status = 'SUBMITTED'")
          .oldest("submitted_at")
          .card(
              "placenames.building", "楼宇名称备案待出具意见", "/placenames/building-filings?status=SUBMITTED")
          .ifPresent(cards::add);
    }
    if (roles.mayApply(user)) {
      PendingWork.in(jdbc, dataScope.of(user))
          .rows(
              "placenames.inspection_finding f join placenames.inspection_plan p on p.id = f.plan_id",
              "f.rectify_by is not null and f.rectified_on is null")
          .regionColumn("p.region_code")
          .overdueWhen("f.rectify_by < " + TODAY)
          .oldest("f.found_on")
          .card("placenames.inspection", "地名标志、界桩待整改", "/placenames/inspections?overdue=true")
          .ifPresent(cards::add);
    }
    return cards;
  }
}

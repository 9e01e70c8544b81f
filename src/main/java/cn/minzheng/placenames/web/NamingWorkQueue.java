package cn.minzheng.placenames.web;

import cn.minzheng.placenames.naming.PlaceCategory;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PendingWork;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 of the approvers: naming applications in the user's subtree ready for a decision — submitted,
 * and either of a category without consultation, or with its consultation's closing day passed, or
 * assessed as infeasible (to be refused).
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
    if (!roles.mayApprove(user)) {
      return List.of();
    }
    return PendingWork.in(jdbc, dataScope.of(user))
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
        .stream()
        .toList();
  }
}

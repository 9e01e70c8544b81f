package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.visits.VisitAssignments;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 巡访任务批量分派 as an API for the offices, the same rule as the list's batch action ({@link
 * VisitPages#assign}): all the tasks or none, a task outside the caller's region is not found.
 * Assigning again to the same worker changes nothing, so no Idempotency-Key is needed.
 */
@RestController
class VisitAssignmentApi {

  private final VisitAssignments assignments;
  private final DataScope scope;
  private final MonitoringAccess access;

  VisitAssignmentApi(VisitAssignments assignments, DataScope scope, MonitoringAccess access) {
    this.assignments = assignments;
    this.scope = scope;
    this.access = access;
  }

  @Schema(description = "批量分派请求")
  record AssignmentRequest(
      @Schema(description = "巡访任务编号（1至500个）") @Nullable List<Long> taskIds,
      @Schema(description = "承办工作人员的用户名（辖区内的社区或街道工作人员）") @Nullable String worker) {}

  @Operation(
      summary = "批量分派巡访任务",
      description =
          "将多条未完成的巡访任务分派给一名社区或街道工作人员，在同一事务中全部分派或全部不分派："
              + "有一条不在调用方辖区内（404）、已完成走访或不在该工作人员辖区内（422）则整批不分派。")
  @PostMapping("/api/v1/monitoring/visit-tasks/assignments")
  VisitAssignments.Assigned assign(@RequestBody AssignmentRequest body) {
    StaffUser user = access.requireOffice();
    return assignments.assign(
        body.taskIds() == null ? List.of() : body.taskIds(),
        body.worker() == null ? "" : body.worker(),
        scope.current(),
        user.username());
  }
}

package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.monitoring.register.RegisterEntry;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.platform.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The low-income register and visiting care as reads for the case staff, as the pages show them
 * ({@link RegisterPages}, {@link VisitPages}): only the caller's region subtree.
 */
@RestController
class MonitoringRegisterApi {

  private final LowIncomeRegister register;
  private final VisitRecords visits;
  private final DataScope scope;
  private final MonitoringAccess access;

  MonitoringRegisterApi(
      LowIncomeRegister register, VisitRecords visits, DataScope scope, MonitoringAccess access) {
    this.register = register;
    this.visits = visits;
    this.scope = scope;
    this.access = access;
  }

  @Operation(summary = "低收入人口名册", description = "辖区内当前在册人员，可按类别筛选；最多 limit 条（1 至 1000，默认 500）。")
  @GetMapping("/api/v1/monitoring/register")
  List<RegisterEntry> register(
      @Parameter(description = "类别") @RequestParam(required = false)
          @Nullable RegisterCategory category,
      @Parameter(description = "最多条数") @RequestParam(defaultValue = "500") int limit) {
    access.requireCaseStaff();
    return register.current(scope.current(), category, Math.max(1, Math.min(limit, 1000)));
  }

  @Operation(summary = "待巡访任务", description = "辖区内未完成的巡访关爱任务及其到期日（due 早于今天即逾期）；最多 300 条。")
  @GetMapping("/api/v1/monitoring/visits/tasks")
  List<VisitRecords.VisitTask> openTasks() {
    access.requireCaseStaff();
    return visits.openTasks(scope.current(), 300);
  }

  @Operation(summary = "巡访次数按月统计", description = "辖区内每月完成的巡访次数。")
  @GetMapping("/api/v1/monitoring/visits/months")
  List<VisitRecords.MonthCount> months() {
    access.requireCaseStaff();
    return visits.countsByMonth(scope.current());
  }
}

package cn.minzheng.funeral.web;

import cn.minzheng.funeral.cases.CaseState;
import cn.minzheng.funeral.cases.SubsidyCase;
import cn.minzheng.funeral.cases.SubsidyCases;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.statistics.FuneralStatistics;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The funeral API for staff, with the pages' role rules and region scope: a case outside the
 * caller's subtree answers 404 (problem details).
 */
@RestController
class FuneralApi {

  private final SubsidyCases cases;
  private final Facilities facilities;
  private final FuneralAccess access;
  private final DataScope scope;
  private final AuditLog audit;
  private final FuneralStatistics statisticsService;

  FuneralApi(
      SubsidyCases cases,
      Facilities facilities,
      FuneralAccess access,
      DataScope scope,
      AuditLog audit,
      FuneralStatistics statisticsService) {
    this.statisticsService = statisticsService;
    this.cases = cases;
    this.facilities = facilities;
    this.access = access;
    this.scope = scope;
    this.audit = audit;
  }

  @Operation(summary = "分页查询惠民殡葬补贴案件")
  @GetMapping("/api/v1/funeral/cases")
  PageResult<SubsidyCase> cases(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(FuneralAccess.STAFF);
    CaseState filter =
        Arrays.stream(CaseState.values())
            .filter(s -> s.name().equals(state))
            .findFirst()
            .orElse(null);
    return cases.list(
        scope.current(),
        filter,
        PageQuery.of(page, size, null, "desc", SubsidyCasePages.SORTS, "date_of_death"));
  }

  @Operation(summary = "读取惠民殡葬补贴案件")
  @GetMapping("/api/v1/funeral/cases/{id}")
  SubsidyCase caseDetail(@PathVariable long id) {
    access.require(FuneralAccess.STAFF);
    SubsidyCase c =
        cases
            .find(id)
            .filter(found -> scope.permits(found.regionCode()))
            .orElseThrow(() -> new RecordNotFoundException("funeral case " + id));
    audit.record(
        AuditEvent.success("funeral.case.read", "funeral_case", String.valueOf(id), "api"));
    return c;
  }

  /** Families and money per month, group and district; hall use; of the caller's region. */
  @Operation(summary = "殡葬统计")
  @GetMapping("/api/v1/funeral/statistics")
  Map<String, Object> statistics(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    access.require(FuneralAccess.STATISTICS);
    YearMonth last = FuneralStatisticsPage.month(to, YearMonth.from(ChinaTime.today()));
    YearMonth first = FuneralStatisticsPage.month(from, last.minusMonths(5));
    return Map.of(
        "from", first.toString(),
        "to", last.toString(),
        "totals", statisticsService.totals(scope.current(), first, last),
        "subsidies", statisticsService.subsidies(scope.current(), first, last),
        "hallUse", statisticsService.hallUse(scope.current(), first, last));
  }

  @Operation(summary = "查询殡仪馆与公墓")
  @GetMapping("/api/v1/funeral/facilities")
  List<Facilities.Facility> facilities() {
    access.require(FuneralAccess.STAFF);
    return facilities.list(RegionFilter.all());
  }
}

package cn.minzheng.disability.web;

import cn.minzheng.disability.device.DeviceCatalogue;
import cn.minzheng.disability.rehab.RehabStatistics;
import cn.minzheng.disability.statistics.DisabilityStatistics;
import cn.minzheng.disability.statistics.DisabilityStatistics.Filter;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statistics and the device stock in the API, with the pages' role rules and the caller's
 * region: the subsidies' month totals and groups and the device utilisation (line roles and the
 * auditor), the stock per item and point (line roles), the rehab statistics (精神康复专员 only).
 */
@RestController
class DisabilityStatisticsApi {

  private final DisabilityStatistics statistics;
  private final RehabStatistics rehab;
  private final DeviceCatalogue catalogue;
  private final DisabilityAccess access;
  private final DataScope scope;

  DisabilityStatisticsApi(
      DisabilityStatistics statistics,
      RehabStatistics rehab,
      DeviceCatalogue catalogue,
      DisabilityAccess access,
      DataScope scope) {
    this.statistics = statistics;
    this.rehab = rehab;
    this.catalogue = catalogue;
    this.access = access;
    this.scope = scope;
  }

  record Statistics(
      String from,
      String to,
      List<DisabilityStatistics.MonthTotal> totals,
      List<DisabilityStatistics.SubsidyRow> subsidies,
      List<DisabilityStatistics.Utilisation> utilisation) {}

  /** Months {@code from}..{@code to} (yyyy-MM; the last six months by default). */
  @Operation(summary = "残疾人两项补贴统计")
  @GetMapping("/api/v1/disability/statistics")
  Statistics statistics(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    access.require(DisabilityAccess.STATISTICS);
    StatisticsPeriod period = StatisticsPeriod.of(from, to);
    Filter filter = new Filter(period.from(), period.to(), null, null);
    RegionFilter region = scope.current();
    return new Statistics(
        period.from().toString(),
        period.to().toString(),
        statistics.monthTotals(region, filter),
        statistics.allSubsidies(region, filter),
        statistics.utilisation(region, period.from().atDay(1), period.to().atEndOfMonth()));
  }

  @Operation(summary = "辅具租赁库存")
  @GetMapping("/api/v1/disability/devices/stock")
  List<DeviceCatalogue.Stock> stock() {
    access.require(DisabilityAccess.STAFF);
    return catalogue.stock(scope.current());
  }

  @Operation(summary = "精神障碍社区康复统计")
  @GetMapping("/api/v1/disability/rehab/statistics")
  List<RehabStatistics.Row> rehabStatistics(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    access.require(DisabilityAccess.MENTAL);
    StatisticsPeriod period = StatisticsPeriod.of(from, to);
    return rehab.rows(scope.current(), period.from(), period.to());
  }
}

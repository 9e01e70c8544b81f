package cn.minzheng.rescue.web;

import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.rescue.statistics.RescueStatistics;
import cn.minzheng.rescue.statistics.RescueStatistics.ExitRow;
import cn.minzheng.rescue.statistics.RescueStatistics.MonthRow;
import cn.minzheng.rescue.statistics.RescueStatistics.UnitRow;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The statistics of a period as page, Excel and API show them: district codes named by the region
 * tree. Default period: the last six months up to this one.
 */
@Component
class RescueReport {

  private final RescueStatistics statistics;
  private final RegionQuery regions;

  RescueReport(RescueStatistics statistics, RegionQuery regions) {
    this.statistics = statistics;
    this.regions = regions;
  }

  record Report(
      String from,
      String to,
      long total,
      List<MonthRow> months,
      List<UnitRow> stations,
      List<UnitRow> districts,
      List<ExitRow> exits) {}

  Report of(RegionFilter scope, String fromText, String toText) {
    YearMonth last = month(toText, YearMonth.from(ChinaTime.today()));
    YearMonth first = month(fromText, last.minusMonths(5));
    if (first.isAfter(last)) {
      first = last;
    }
    List<UnitRow> districts =
        statistics.districts(scope, first, last).stream()
            .map(
                d ->
                    new UnitRow(
                        d.code(),
                        regions.find(d.code()).map(RegionNode::name).orElse(d.code()),
                        d.personTimes(),
                        d.returnedHome(),
                        d.placed(),
                        d.left(),
                        d.died(),
                        d.open()))
            .toList();
    return new Report(
        first.toString(),
        last.toString(),
        statistics.total(scope, first, last),
        statistics.months(scope, first, last),
        statistics.stations(scope, first, last),
        districts,
        statistics.exits(scope, first, last));
  }

  private static YearMonth month(String text, YearMonth fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      // an absurd month (year 0001, 9999) is read as no month, like an unreadable one
      return PlausibleDate.parseMonth(text, Span.ANY, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      return fallback;
    }
  }
}

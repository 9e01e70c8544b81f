package cn.minzheng.funeral.web;

import cn.minzheng.funeral.statistics.FuneralStatistics;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 殡葬统计: subsidies per month, group and district; memorial hall use. Aggregates only. */
@Controller
class FuneralStatisticsPage {

  private final FuneralStatistics statistics;
  private final FuneralAccess access;
  private final DataScope scope;

  FuneralStatisticsPage(FuneralStatistics statistics, FuneralAccess access, DataScope scope) {
    this.statistics = statistics;
    this.access = access;
    this.scope = scope;
  }

  @GetMapping("/funeral/statistics")
  String show(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    access.require(FuneralAccess.STATISTICS);
    YearMonth last = month(to, YearMonth.from(ChinaTime.today()));
    YearMonth first = month(from, last.minusMonths(5));
    if (first.isAfter(last)) {
      first = last;
    }
    model.addAttribute("from", first.toString());
    model.addAttribute("to", last.toString());
    model.addAttribute("totals", statistics.totals(scope.current(), first, last));
    model.addAttribute("rows", statistics.subsidies(scope.current(), first, last));
    model.addAttribute("halls", statistics.hallUse(scope.current(), first, last));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("殡葬管理"), Breadcrumb.here("殡葬统计")));
    return "funeral/statistics";
  }

  static YearMonth month(String text, YearMonth fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }
}

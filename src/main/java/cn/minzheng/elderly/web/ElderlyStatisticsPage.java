package cn.minzheng.elderly.web;

import cn.minzheng.elderly.allowance.AllowanceSettings;
import cn.minzheng.elderly.allowance.AllowanceStatistics;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.Pivot;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 养老统计: allowance by month, district and band; check status; (more sections per feature). */
@Controller
class ElderlyStatisticsPage {

  private final AllowanceStatistics allowance;
  private final AllowanceSettings settings;
  private final ElderlyStatisticsSections sections;
  private final DataScope scope;
  private final RegionHierarchy regions;
  private final ElderlyAccess access;

  ElderlyStatisticsPage(
      AllowanceStatistics allowance,
      AllowanceSettings settings,
      ElderlyStatisticsSections sections,
      DataScope scope,
      RegionHierarchy regions,
      ElderlyAccess access) {
    this.allowance = allowance;
    this.settings = settings;
    this.sections = sections;
    this.scope = scope;
    this.regions = regions;
    this.access = access;
  }

  /**
   * The months {@code from} to {@code to} (年-月; by default the last twelve and the next, which the
   * monthly run may have computed already).
   */
  @GetMapping("/elderly/statistics")
  String show(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    access.require(ElderlyMenu.STAFF);
    RegionFilter filter = scope.current();
    YearMonth now = YearMonth.from(ChinaTime.today());
    YearMonth last = month(to, now.plusMonths(1));
    YearMonth first = month(from, now.minusMonths(11));
    if (first.isAfter(last)) {
      first = last;
    }
    List<AllowanceStatistics.MonthRow> rows = allowance.byMonthDistrictBand(filter, first, last);
    model.addAttribute("from", first);
    model.addAttribute("to", last);
    model.addAttribute("allowance", rows);
    // district × age band, the districts in code order as the rows come
    List<AllowanceStatistics.MonthRow> byDistrict =
        rows.stream()
            .sorted(java.util.Comparator.comparing(AllowanceStatistics.MonthRow::districtCode))
            .toList();
    model.addAttribute(
        "allowancePivot",
        Pivot.of(
            byDistrict,
            r -> regions.nameOf(r.districtCode()),
            null,
            AllowanceStatistics.MonthRow::band,
            AllowanceStatistics.MonthRow::amount));
    model.addAttribute("checks", allowance.checks(filter, settings.verificationIntervalMonths()));
    model.addAttribute("regions", regions);
    sections.addTo(model, filter);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("养老服务"), Breadcrumb.here("养老统计")));
    return "elderly/statistics";
  }

  private static YearMonth month(String value, YearMonth fallback) {
    try {
      return value == null || value.isBlank() ? fallback : YearMonth.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return fallback;
    }
  }
}

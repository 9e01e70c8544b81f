package cn.minzheng.elderly.web;

import cn.minzheng.elderly.allowance.AllowanceSettings;
import cn.minzheng.elderly.allowance.AllowanceStatistics;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

  @GetMapping("/elderly/statistics")
  String show(Model model) {
    access.require(ElderlyMenu.STAFF);
    RegionFilter filter = scope.current();
    YearMonth now = YearMonth.from(ChinaTime.today());
    model.addAttribute(
        "allowance", allowance.byMonthDistrictBand(filter, now.minusMonths(11), now.plusMonths(1)));
    model.addAttribute("checks", allowance.checks(filter, settings.verificationIntervalMonths()));
    model.addAttribute("regions", regions);
    sections.addTo(model, filter);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("养老服务"), Breadcrumb.here("养老统计")));
    return "elderly/statistics";
  }
}
